package extract

import (
	"errors"
	"strings"
	"testing"
)

func FuzzText(f *testing.F) {
	f.Add([]byte(article))
	f.Add([]byte("top of page\n\nTitle\n\nby A B\n\nBody sentence here that is long enough to count.\n"))
	f.Add([]byte("# Heading\n\n- item **bold** [link](http://x)\n\n> quote\n\n---\n"))
	f.Add([]byte("\xef\xbb\xbf\r\nA\r\n\r\n1. x\n2. y\nComments are closed."))
	f.Add([]byte("\"Quote that is long enough here.\" - Some Person\n\nSIGN UP NOW"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := Text("fuzz.txt", raw)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrInvalidUTF8) && !errors.Is(err, ErrNoArticle) {
				t.Fatalf("Text: unexpected error kind %v", err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("Text: multi-line error %q", err)
			}
			return
		}
		checkDoc(t, doc)
		// Form feeds and vertical tabs break lines too.
		lines := strings.Count(string(raw), "\n") + strings.Count(string(raw), "\r") +
			strings.Count(string(raw), "\f") + strings.Count(string(raw), "\v") + 1
		for _, d := range doc.Dropped {
			if d.Line < 0 || d.Line > lines {
				t.Fatalf("dropped %+v: line outside 1..%d", d, lines)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(htmlArticle))
	f.Add([]byte("<html><body><p>x</p></body></html>"))
	f.Add([]byte("<p>unclosed <div><table><tr><td>cell"))
	f.Add([]byte("<meta charset=\"shift_jis\"><p>\x82\xa0</p>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := HTML("fuzz.html", raw, "")
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

func BenchmarkText(b *testing.B) {
	raw := []byte(benchArticle())
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Text("bench.txt", raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTML(b *testing.B) {
	raw := []byte(htmlArticle)
	for b.Loop() {
		if _, err := HTML("bench.html", raw, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// benchArticle is an invented plain-text article of about 2,000 words with
// the usual header and trailer furniture.
func benchArticle() string {
	paras := []string{
		"Taiwan's defence ministry said on Tuesday it had tracked 34 Chinese military aircraft and nine navy vessels around the island over the previous 24 hours, the largest such deployment since the drills that followed the inauguration of President Lai Ching-te in May.",
		"The ministry said some of the aircraft crossed the median line of the Taiwan Strait, an unofficial buffer that Beijing says it does not recognise. Taipei scrambled jets and activated missile systems to monitor the activity, it said in a statement.",
		"China's Eastern Theatre Command said the exercises were a stern warning to separatist forces and tested the joint combat readiness of its troops. It did not say how long they would last or whether live fire was involved.",
		"Analysts in Taipei said the timing suggested a response to a transit by Lai through the United States last week. “Beijing is signalling that every contact with Washington has a price,” said one researcher at a government-funded institute.",
		"The U.S. State Department urged restraint and said it was monitoring the situation closely. Washington is Taiwan's most important backer and arms supplier despite the absence of formal diplomatic ties.",
	}
	var b strings.Builder
	b.WriteString("Asia-Pacific\n\nChina sends warplanes and ships around Taiwan after Lai transit\n\nBy Lin Mei-hua and James Carter\n\nAugust 20, 2024 • 7:45 am ET\n\nShare this article\n\n")
	n := 0
	for n < 2000 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
			n += len(strings.Fields(p))
		}
	}
	b.WriteString("SIGN UP FOR OUR ASIA BRIEFING NEWSLETTER\n\nLin Mei-hua is a senior correspondent at a Taipei newspaper and a fellow of the Asia Journalism Forum.\n\nRelated\n\nWhat the median line means\n")
	return b.String()
}
