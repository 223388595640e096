package event_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"bluf"
	"bluf/actor"
	"bluf/event"
	"bluf/extract"
	"bluf/text"
)

// seedEvents reads seed prefix (e.g. "001") as the pipeline does (extract,
// sentences, actors) and returns its events.
func seedEvents(t *testing.T, prefix string) []bluf.Event {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared", "seeds")
	ms, _ := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if len(ms) != 1 {
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("seeds not found: %v", err)
		}
		t.Fatalf("seed %s: %d files", prefix, len(ms))
	}
	// The stages the coder needs, without the later ones (assess,
	// report), so that this test does not wait on them.
	doc, err := extract.Read(context.Background(), ms[0], extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Paragraphs == nil {
		doc.Paragraphs = text.Paragraphs(doc.Body)
	}
	if doc.Sentences == nil {
		doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
	}
	kb, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := event.Default()
	if err != nil {
		t.Fatal(err)
	}
	mentions, entities := kb.Find(doc)
	return c.Code(doc, mentions, entities)
}

// seedWant describes one event a seed must yield.
type seedWant struct {
	name     string
	src, tgt string // code prefixes ("" = any)
	quad     []int  // allowed quad classes
	root     string // "" = any
	date     string // prefix of Date ("" = any)
	sentence string // a word the sentence must hold
	mod      string // "" = asserted
}

func (w seedWant) match(e bluf.Event) bool {
	if !strings.HasPrefix(e.Source.Code, w.src) || !strings.HasPrefix(e.Target.Code, w.tgt) {
		return false
	}
	if w.src != "" && e.Source.Code == "" || w.tgt != "" && e.Target.Code == "" {
		return false
	}
	okQuad := len(w.quad) == 0
	for _, q := range w.quad {
		okQuad = okQuad || e.QuadClass == q
	}
	mod := w.mod
	if mod == "" {
		mod = "asserted"
	}
	return okQuad && (w.root == "" || e.Root == w.root) && strings.HasPrefix(e.Date, w.date) &&
		strings.Contains(e.Text, w.sentence) && e.Modality == mod
}

func TestSeeds(t *testing.T) {
	tests := map[string][]seedWant{
		"001": {
			{name: "Iraqi militias attack US service members in Jordan", src: "IRQ", tgt: "USA", quad: []int{4}, sentence: "Jordan"},
			{name: "US strikes in Baghdad", src: "USA", tgt: "IRQ", quad: []int{4}, sentence: "Baghdad"},
		},
		"002": {
			{name: "al-Sudani visits the United States", src: "IRQ", tgt: "USA", root: "04", date: "2024-04"},
			{name: "agreements with US oil companies", src: "IRQ", tgt: "USA", quad: []int{1, 2}, sentence: "oil companies"},
			{name: "gas deal with Turkmenistan", src: "IRQ", tgt: "TKM", quad: []int{1, 2}},
			{name: "gas deal with Qatar", src: "IRQ", tgt: "QAT", quad: []int{1, 2}},
			{name: "gas deal with Oman", src: "IRQ", tgt: "OMN", quad: []int{1, 2}},
			{name: "2019 storming of the US embassy", tgt: "USA", quad: []int{3, 4}, date: "2019", sentence: "embassy"},
		},
		"004": {
			{name: "US troop withdrawal from Iraq in 2011", src: "USA", root: "08", date: "2011"},
		},
	}
	for _, seed := range []string{"001", "002", "004"} {
		evs := seedEvents(t, seed)
		for _, w := range tests[seed] {
			found := false
			for _, e := range evs {
				found = found || w.match(e)
			}
			if !found {
				var got []string
				for _, e := range evs {
					got = append(got, e.Source.Code+" "+e.Code+" "+e.Target.Code+" "+e.Modality+" "+e.Date)
				}
				t.Errorf("seed %s: no event for %q among %q", seed, w.name, got)
			}
		}
	}
}
