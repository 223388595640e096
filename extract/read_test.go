package extract

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// article is an invented wire story used where a plain article is needed.
const article = `World

Sudanese army says it retook bridge in Omdurman

By Amina Yusuf and Tom Hale

March 3, 2025 • 10:12 am GMT

KHARTOUM, March 3 (Reuters) - Sudan's army said on Monday it had retaken a strategic bridge linking Omdurman with the capital, after weeks of fighting with the paramilitary Rapid Support Forces (RSF).

The RSF did not immediately comment. Residents reported heavy shelling overnight near the bridge and said several families had fled south toward the White Nile.

Share this article

The U.N. has warned that famine is spreading in Darfur. Gen. Abdel Fattah al-Burhan visited troops in Omdurman on Sunday, state media said.

Image: Smoke rises over Khartoum, Sudan, March 2, 2025. REUTERS/Staff

Reporting by Amina Yusuf; Editing by Tom Hale

Related

Sudan's war: what you need to know
`

func TestReadText(t *testing.T) {
	doc, err := Text("wire.txt", []byte(article))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Sudanese army says it retook bridge in Omdurman"; doc.Title != want {
		t.Errorf("Title = %q, want %q", doc.Title, want)
	}
	if want := []string{"Amina Yusuf", "Tom Hale"}; strings.Join(doc.Authors, "|") != strings.Join(want, "|") {
		t.Errorf("Authors = %q, want %q", doc.Authors, want)
	}
	if want := "2025-03-03T10:12:00Z"; doc.Published != want {
		t.Errorf("Published = %q, want %q", doc.Published, want)
	}
	if want := "Reuters"; doc.Publisher != want {
		t.Errorf("Publisher = %q, want %q", doc.Publisher, want)
	}
	if !strings.HasPrefix(doc.Body, "Sudan's army said on Monday") {
		t.Errorf("body starts %q, want the wire dateline stripped", doc.Body[:40])
	}
	for _, s := range []string{"Share this", "REUTERS/", "Related", "what you need to know", "World"} {
		if strings.Contains(doc.Body, s) {
			t.Errorf("body contains furniture %q", s)
		}
	}
	for _, d := range [][2]string{{"section", "World"}, {"navigation", "Share this article"}, {"caption", "Smoke rises"}, {"further_reading", "Related"}, {"dateline", "KHARTOUM"}} {
		if !droppedAs(doc, d[0], d[1]) {
			t.Errorf("%q not dropped as %s; dropped %+v", d[1], d[0], doc.Dropped)
		}
	}
	checkDoc(t, doc)
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		path string
		want error
		msg  string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), os.ErrNotExist, "nope.txt"},
		{"empty", write("empty.txt", nil), ErrEmpty, "empty.txt"},
		{"whitespace", write("ws.txt", []byte(" \n\t\r\n  \n")), ErrEmpty, "ws.txt"},
		{"nul", write("bin.dat", []byte("PK\x03\x04\x00\x00garbage")), ErrBinary, "NUL byte at 4"},
		{"control", write("ctl.txt", bytes.Repeat([]byte("a\x01\x02\x03"), 100)), ErrBinary, "control bytes"},
		{"utf8", write("bad.txt", []byte("Valid text then \xff\xfe broken bytes.")), ErrInvalidUTF8, "at byte 16"},
		{"noarticle html", write("empty.html", []byte("<html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>")), ErrNoArticle, "empty.html"},
		{"only furniture", write("furn.txt", []byte("top of page\n\nShare\n\nbottom of page\n")), ErrNoArticle, "furn.txt"},
		{"directory", dir, nil, "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(context.Background(), tt.path, Options{})
			if err == nil {
				t.Fatalf("Read(%s) = %v, want error", tt.path, doc)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("Read(%s) error = %v, want %v", tt.path, err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Read(%s) error = %q, want it to mention %q", tt.path, err, tt.msg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q spans lines", err)
			}
		})
	}
}

// TestReadTooLarge refuses a 100 MB sparse file from its size alone.
func TestReadTooLarge(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = Read(context.Background(), p, Options{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Read(100 MB) error = %v, want ErrTooLarge", err)
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// endless yields letters forever.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadStdinLimit(t *testing.T) {
	cr := &countingReader{r: endless{}}
	_, err := Read(context.Background(), "-", Options{Stdin: cr, MaxBytes: 1 << 20})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Read(-) error = %v, want ErrTooLarge", err)
	}
	if cr.n > 1<<20+64<<10 {
		t.Errorf("read %d bytes of an endless stdin, want about the 1 MiB limit", cr.n)
	}
}

func TestTextTooManyParagraphs(t *testing.T) {
	raw := strings.Repeat("x\n", MaxParagraphs+1)
	_, err := Text("lines.txt", []byte(raw))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "paragraphs") {
		t.Errorf("Text(%d lines) error = %v, want ErrTooLarge naming paragraphs", MaxParagraphs+1, err)
	}
}

func TestReadStdin(t *testing.T) {
	doc, err := Read(context.Background(), "-", Options{Stdin: strings.NewReader(article)})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != "-" || doc.Title == "" {
		t.Errorf("Read(-) = source %q title %q, want source - and a title", doc.Source, doc.Title)
	}
	if _, err := Read(context.Background(), "-", Options{}); err == nil {
		t.Errorf("Read(-) without Stdin: no error")
	}
}

func TestReadUTF16(t *testing.T) {
	text := "Floods displace thousands in Borno\n\nHeavy rains caused the Alau dam to overflow on Tuesday, flooding large parts of Maiduguri and forcing thousands of residents from their homes.\n"
	var le []byte
	le = append(le, 0xFF, 0xFE)
	for _, r := range text {
		le = append(le, byte(r), byte(r>>8))
	}
	p := filepath.Join(t.TempDir(), "utf16.txt")
	if err := os.WriteFile(p, le, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := Read(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Floods displace thousands in Borno" || !strings.HasPrefix(doc.Body, "Heavy rains") {
		t.Errorf("Read(UTF-16) = title %q, body %.30q", doc.Title, doc.Body)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want kind
	}{
		{"<!DOCTYPE html><html>", kindHTML},
		{"\ufeff  <html lang=en>", kindHTML},
		{"<p>Hello</p>", kindHTML},
		{"# Heading\n\nText", kindText},
		{"Plain text <b>with</b> a tag later", kindText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestReadSniffsHTMLWithoutExtension(t *testing.T) {
	p := filepath.Join(t.TempDir(), "page")
	if err := os.WriteFile(p, []byte(htmlArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := Read(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Body, "<p>") || !strings.Contains(doc.Body, "Niamey") {
		t.Errorf("Read(no extension HTML) body = %q, want extracted text", doc.Body)
	}
}

// TestTextListOnly keeps a document of short lines: only the top may be
// taken for header furniture.
func TestTextListOnly(t *testing.T) {
	var b strings.Builder
	b.WriteString("Checkpoints reported closed\n\n")
	for _, s := range []string{"Kassala road at Wad Sharifey", "El Obeid southern gate", "Kosti bridge approach", "Sennar junction market", "Gedaref airport road", "Atbara rail crossing", "Dongola river port", "Nyala central market"} {
		b.WriteString("- " + s + "\n")
	}
	doc, err := Text("list.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Checkpoints reported closed" {
		t.Errorf("Title = %q", doc.Title)
	}
	if len(doc.Paragraphs) != 8 {
		t.Errorf("kept %d paragraphs, want the 8 list items; dropped %+v", len(doc.Paragraphs), doc.Dropped)
	}
}

func TestTextBylineWithDate(t *testing.T) {
	tests := []struct {
		line, author, date string
	}{
		{"Posted by Nguyen Van An on March 4, 2025", "Nguyen Van An", "2025-03-04"},
		{"June 3, 2025 | By Grace Wanjiru", "Grace Wanjiru", "2025-06-03"},
		{"By Ana Souza • 12 May 2024", "Ana Souza", "2024-05-12"},
	}
	for _, tt := range tests {
		raw := "Cholera spreads in flooded districts\n\n" + tt.line + "\n\nHealth officials reported hundreds of new cases on Monday as floodwater contaminated wells across the region.\n"
		doc, err := Text("t.txt", []byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Authors) != 1 || doc.Authors[0] != tt.author || doc.Published != tt.date {
			t.Errorf("Text(%q) = authors %q, published %q; want [%q], %q", tt.line, doc.Authors, doc.Published, tt.author, tt.date)
		}
	}
}

func TestLineUnit(t *testing.T) {
	tests := []struct {
		in, want     string
		item, number bool
		heading      bool
	}{
		{"-5 degrees overnight in Kabul", "-5 degrees overnight in Kabul", false, false, false},
		{"- Larger drills", "Larger drills", true, false, false},
		{"• Gray-zone pressure", "Gray-zone pressure", true, false, false},
		{"– Ali Larijani", "Ali Larijani", true, false, false},
		{"1. BLUF (Bottom Line Up Front)", "1. BLUF (Bottom Line Up Front)", true, true, false},
		{"## Three trends ##", "Three trends", false, false, true},
		{"#Sudan trends on social media", "#Sudan trends on social media", false, false, false},
		{"**Assumptions**: It is assumed", "Assumptions: It is assumed", false, false, false},
		{"See [the report](https://example.org/r(1)) for details", "See the report for details", false, false, false},
		{"the snake_case name stays", "the snake_case name stays", false, false, false},
	}
	for _, tt := range tests {
		u := lineUnit(tt.in, 1)
		if u.text != tt.want || u.item != tt.item || u.number != tt.number || u.heading != tt.heading {
			t.Errorf("lineUnit(%q) = %q item=%v number=%v heading=%v; want %q %v %v %v", tt.in, u.text, u.item, u.number, u.heading, tt.want, tt.item, tt.number, tt.heading)
		}
	}
}

func TestWireDateline(t *testing.T) {
	tests := []struct{ in, prefix, body string }{
		{"KHARTOUM, March 3 (Reuters) - Sudan's army said on Monday it had retaken the bridge.", "KHARTOUM, March 3 (Reuters) -", "Sudan's army said"},
		{"BAMAKO, Mali (AP) — Gunmen killed at least 40 civilians in central Mali, officials said.", "BAMAKO, Mali (AP) —", "Gunmen killed"},
		{"BAGHDAD — Iraq's parliament failed again on Tuesday to elect a speaker, lawmakers said.", "BAGHDAD —", "Iraq's parliament"},
		{"PORT-AU-PRINCE, Haiti — Gangs attacked two police stations overnight, officials said.", "PORT-AU-PRINCE, Haiti —", "Gangs attacked"},
		{"NATO — the alliance, that is — has not said whether it will send more troops to the region.", "", "NATO — the alliance"},
		{"The U.S. — and its allies — have not said whether they will send more troops to the region.", "", "The U.S."},
	}
	for _, tt := range tests {
		doc, err := Text("w.txt", []byte(tt.in+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, d := range doc.Dropped {
			if d.Reason == "dateline" {
				got = d.Text
			}
		}
		if got != tt.prefix || !strings.HasPrefix(doc.Body, tt.body) {
			t.Errorf("Text(%q) dropped dateline %q, body %.25q; want %q, %q", tt.in, got, doc.Body, tt.prefix, tt.body)
		}
	}
}

func TestTextOtherScripts(t *testing.T) {
	tests := []struct {
		name, raw, title, lang, body string
	}{
		{"arabic", "الجيش السوداني يستعيد جسراً استراتيجياً في أم درمان\n\nقال الجيش السوداني يوم الاثنين إنه استعاد السيطرة على جسر استراتيجي يربط أم درمان بالعاصمة بعد أسابيع من القتال العنيف مع قوات الدعم السريع.\n\nولم تعلق قوات الدعم السريع على الفور.\n",
			"الجيش السوداني يستعيد جسراً استراتيجياً في أم درمان", "ar", "قال الجيش"},
		{"chinese", "台湾国防部称发现解放军军机\n\n台湾国防部星期二表示，过去二十四小时内在台湾周边发现三十四架中国军机和九艘军舰，这是今年规模最大的一次行动。国防部已派出战机监视。\n",
			"台湾国防部称发现解放军军机", "zh", "台湾国防部星期二"},
	}
	for _, tt := range tests {
		doc, err := Text(tt.name, []byte(tt.raw))
		if err != nil {
			t.Fatalf("Text(%s): %v", tt.name, err)
		}
		if doc.Title != tt.title || doc.Language != tt.lang || !strings.HasPrefix(doc.Body, tt.body) {
			t.Errorf("Text(%s) = title %q, language %q, body %.40q; want %q, %q, %q", tt.name, doc.Title, doc.Language, doc.Body, tt.title, tt.lang, tt.body)
		}
	}
}

func TestTextPressReleaseAbout(t *testing.T) {
	raw := `Port authority signs deal on new container terminal

MOMBASA, 4 June 2025 - The Kenya Ports Authority signed an agreement on Wednesday with a consortium of regional investors to build and operate a new container terminal at the port of Mombasa.

The terminal is expected to raise the port's capacity by a third when it opens in 2028, the authority said in a statement.

About the Kenya Ports Authority

The Kenya Ports Authority is a state corporation responsible for the maintenance and operation of the country's seaports.
`
	doc, err := Text("release.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Published != "2025-06-04" || !strings.HasPrefix(doc.Body, "The Kenya Ports Authority signed") {
		t.Errorf("Text(press release) = published %q, body %.40q; want the dateline taken", doc.Published, doc.Body)
	}
	if strings.Contains(doc.Body, "state corporation") || !strings.Contains(doc.Body, "by a third") {
		t.Errorf("Text(press release) body = %q; want the boilerplate under 'About ...' dropped", doc.Body)
	}
}

// TestTextKeepsTimeline keeps an article's own timeline of dates, which
// looks like a list of teasers but carries no bylines.
func TestTextKeepsTimeline(t *testing.T) {
	raw := `How the siege of El Fasher unfolded

By Amal Osman

The paramilitary Rapid Support Forces tightened their grip on El Fasher over the past year, cutting the last supply roads into the city and shelling the camps around it, according to residents and aid groups.

The army and allied armed groups held the city centre, but food and medicine ran short as the siege went on, and hundreds of thousands of people fled to camps further west.

Aid agencies said repeated attempts to negotiate a humanitarian corridor had failed, and the United Nations warned of famine in the surrounding camps.

Timeline

May 10, 2024

Fighting breaks out on the eastern edge of the city.

June 8, 2024

The last functioning hospital is shelled.

August 1, 2024

Famine is declared in Zamzam camp.
`
	doc, err := Text("timeline.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"June 8, 2024", "Famine is declared in Zamzam camp."} {
		if !strings.Contains(doc.Body, s) {
			t.Errorf("Text(article with timeline) lost %q; dropped %+v", s, doc.Dropped)
		}
	}
	if doc.Published != "" {
		t.Errorf("Published = %q from a timeline date, want empty", doc.Published)
	}
}

// TestTextKeepsSourceIntroduction keeps a paragraph that introduces a
// source in a bio-like way when it is not at the very end.
func TestTextKeepsSourceIntroduction(t *testing.T) {
	raw := `Ethiopia and Eritrea trade accusations over border build-up

By Selam Tesfaye

Ethiopia accused Eritrea on Friday of massing troops near the border town of Zalambessa, a charge Asmara denied, raising fears of a return to the war the two countries fought a generation ago.

Hailu Bekele is a senior fellow at the Institute for Peace and Security Studies in Addis Ababa and a former adviser to the foreign ministry. He said both governments were using the dispute to rally support at home.

Diplomats in Nairobi said regional mediators had been asked to intervene.

The African Union called on both sides to show restraint and to return to the Algiers agreement.

Analysts said a miscalculation on either side could quickly escalate into open conflict.
`
	doc, err := Text("horn.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Body, "Hailu Bekele is a senior fellow") {
		t.Errorf("Text dropped a source's introduction; dropped %+v", doc.Dropped)
	}
}
