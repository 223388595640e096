package extract

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// htmlArticle is an invented news page with the usual furniture.
const htmlArticle = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Niger junta expels foreign monitors | Sahel Daily</title>
<meta property="og:title" content="Niger junta expels foreign monitors">
<meta property="og:site_name" content="Sahel Daily">
<meta name="author" content="Moussa Diallo">
<meta property="article:published_time" content="2024-08-14T09:30:00+01:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sahel">Sahel</a></nav></header>
<main><article>
<h1>Niger junta expels foreign monitors</h1>
<p class="byline">By Moussa Diallo</p>
<p>NIAMEY, Aug 14 (Reuters) - Niger's military government ordered foreign election monitors to leave the country within 72 hours, the interior ministry said on Wednesday, in the latest move by the junta to curb outside scrutiny since it seized power last year.</p>
<p>The order affects observers from two regional bodies and several non-governmental groups, according to a statement read on state television in Niamey. The ministry accused unnamed monitors of "interference in internal affairs" without giving details.</p>
<figure><img src="/a.jpg"><figcaption>Soldiers stand guard outside the parliament in Niamey, Niger, August 10, 2024. REUTERS/Staff</figcaption></figure>
<p>Regional diplomats said the decision would complicate efforts to negotiate a timetable for a return to civilian rule. The Economic Community of West African States has suspended Niger from its decision-making bodies.</p>
<p>Niger, Mali and Burkina Faso have all expelled French forces and turned to Russia for security assistance since their coups, while the United States withdrew its troops from a drone base near Agadez.</p>
<p>SIGN UP FOR OUR SAHEL BRIEFING NEWSLETTER</p>
<p>Analysts said the move signalled that the junta felt secure enough to ignore Western criticism, with jihadist violence in the tri-border area still rising despite the change of partners.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/x">Mali junta dissolves parties</a></li></ul></aside>
</main>
<footer><p>© 2024 Sahel Daily. All rights reserved.</p></footer>
</body></html>`

func TestHTML(t *testing.T) {
	doc, err := HTML("page.html", []byte(htmlArticle), "https://saheldaily.example/niger")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Niger junta expels foreign monitors"; doc.Title != want {
		t.Errorf("Title = %q, want %q", doc.Title, want)
	}
	if want := "Moussa Diallo"; len(doc.Authors) != 1 || doc.Authors[0] != want {
		t.Errorf("Authors = %q, want [%q]", doc.Authors, want)
	}
	if want := "2024-08-14T09:30:00+01:00"; doc.Published != want {
		t.Errorf("Published = %q, want %q", doc.Published, want)
	}
	if want := "Sahel Daily"; doc.Publisher != want {
		t.Errorf("Publisher = %q, want %q", doc.Publisher, want)
	}
	if doc.Language != "en" {
		t.Errorf("Language = %q, want en", doc.Language)
	}
	if !strings.HasPrefix(doc.Body, "Niger's military government ordered") {
		t.Errorf("Body starts %q", doc.Body[:min(60, len(doc.Body))])
	}
	for _, s := range []string{"SIGN UP", "REUTERS/", "All rights reserved", "Mali junta dissolves", "By Moussa"} {
		if strings.Contains(doc.Body, s) {
			t.Errorf("body contains furniture %q:\n%s", s, doc.Body)
		}
	}
	for _, s := range []string{"drone base near Agadez", "tri-border area"} {
		if !strings.Contains(doc.Body, s) {
			t.Errorf("body lacks %q:\n%s", s, doc.Body)
		}
	}
	for _, d := range doc.Dropped {
		if d.Line != 0 {
			t.Errorf("HTML drop %+v has a line number", d)
		}
	}
	checkDoc(t, doc)
}

func TestHTMLCharset(t *testing.T) {
	// Windows-1252 page: 0x92 is a right single quote.
	page := "<html><head><meta charset=\"windows-1252\"><title>Test</title></head><body><article>" +
		"<p>The minister\x92s statement on the border talks was read out on state radio in Addis Ababa on Tuesday evening.</p>" +
		"<p>Officials from both delegations said a further round would follow in Nairobi next month, without naming a date.</p>" +
		"<p>Neither side commented on reports of troop movements along the disputed stretch of the frontier.</p>" +
		"</article></body></html>"
	doc, err := HTML("cp1252.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Body, "minister’s statement") {
		t.Errorf("body = %q, want the windows-1252 quote decoded", doc.Body)
	}
}

func TestHTMLTooManyElements(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><script>var x = '<p>';</script><article>")
	for i := 0; i <= MaxElements/2; i++ {
		b.WriteString("<p>Convoy <b>reached</b> the camp.</p>")
	}
	b.WriteString("</article></body></html>")
	_, err := HTML("huge.html", []byte(b.String()), "")
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "elements") {
		t.Errorf("HTML(%d elements) error = %v, want ErrTooLarge naming the element count", MaxElements+2, err)
	}
}

func TestPrune(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<html><head><script>x</script><style>y</style></head><body><!-- c --><svg><path/></svg><form><p>kept</p><input></form></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	// html, head, body, form, p remain.
	if n := prune(root); n != 5 {
		t.Errorf("prune left %d elements, want 5", n)
	}
	root, err = html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">{}</script><script>x</script></head><body></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	// html, head, the JSON-LD script, body remain.
	if n := prune(root); n != 4 {
		t.Errorf("prune left %d elements, want 4 (JSON-LD kept)", n)
	}
}

func TestPageTimestamp(t *testing.T) {
	tests := []struct {
		page, want string
	}{
		{`<html><head><meta property="article:published_time" content="2024-08-14T09:30:00+01:00"></head></html>`, "2024-08-14T09:30:00+01:00"},
		{`<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-02T03:04:05Z"}</script></head></html>`, "2025-01-02T03:04:05Z"},
		{`<html><head><meta name="date" content="2024-08-14"></head></html>`, ""},
		{`<html><head><meta name="description" content="2024-08-14T09:30:00Z"></head></html>`, ""},
	}
	for _, tt := range tests {
		root, err := html.Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := pageTimestamp(root); got != tt.want {
			t.Errorf("pageTimestamp(%q) = %q, want %q", tt.page, got, tt.want)
		}
	}
}
