package actor

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"bluf"
	"bluf/text"
)

// sharedDir returns ../shared relative to the repository root, found by
// walking up from the test's working directory to go.mod.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
}

type re3dDoc struct {
	ID   string `json:"_id"`
	Text string `json:"text"`
}

type re3dEntity struct {
	DocumentID string  `json:"documentId"`
	Type       string  `json:"type"`
	Value      string  `json:"value"`
	Confidence float64 `json:"confidence"`
}

// readLines decodes a mongoexport file: one JSON object per line.
func readLines[T any](t testing.TB, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("re3d data not available: %v", err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("%s:%d: %v", path, ln, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// re3dName normalises a name for matching: lower case, without a leading
// "the" or a possessive 's. ok is false when the value is not a name (it
// does not start with a capital after an optional "the").
func re3dName(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) > 4 && strings.EqualFold(v[:4], "the ") {
		v = strings.TrimSpace(v[4:])
	}
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsUpper(r) || pronouns[strings.ToLower(v)] {
		return "", false
	}
	v = strings.TrimSuffix(strings.TrimSuffix(v, "'s"), "’s")
	return strings.ToLower(v), true
}

// pronouns are not names even when a sentence opens with one ("We",
// "He"): the protocol leaves pronouns out.
var pronouns = map[string]bool{}

func init() {
	for _, p := range strings.Fields("i we he she it they you me us him her them my our his its their your mine ours hers theirs yours") {
		pronouns[p] = true
	}
}

// re3dType maps an entity type onto re3d's, "" when not scored.
func re3dType(t bluf.EntityType) string {
	switch t.Coarse() {
	case bluf.Person:
		return "Person"
	case bluf.Organization:
		return "Organisation"
	case bluf.Location:
		return "Location"
	}
	return ""
}

type prf struct{ tp, fp, fn int }

func (s prf) scores() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (s *prf) add(gold, pred map[string]bool) {
	for k := range pred {
		if gold[k] {
			s.tp++
		} else {
			s.fp++
		}
	}
	for k := range gold {
		if !pred[k] {
			s.fn++
		}
	}
}

// re3dFloor is just under the measured typed F1, so that a regression
// fails the test.
const re3dFloor = 0.77

// TestRe3d scores Find against the CENTCOM and US State Department parts
// of Dstl's re3d gold standard: gold entries with confidence >= 0.5 whose
// value is a name; each distinct (type, name) per document counts once; a
// match ignores case, a leading "the" and a possessive 's; pronouns are
// not names.
func TestRe3d(t *testing.T) {
	kb := testKB(t)
	root := filepath.Join(sharedDir(t), "data", "re3d-dev")
	var typed, untyped prf
	perType := map[string]*prf{"Person": {}, "Organisation": {}, "Location": {}}
	var misses, extras []string
	for _, part := range []string{"CENTCOM", "US-State-Department"} {
		docs := readLines[re3dDoc](t, filepath.Join(root, part, "documents.json"))
		ents := readLines[re3dEntity](t, filepath.Join(root, part, "entities.json"))
		gold := map[string]map[string]bool{}
		for _, e := range ents {
			if e.Confidence < 0.5 || perType[e.Type] == nil {
				continue
			}
			n, ok := re3dName(e.Value)
			if !ok {
				continue
			}
			if gold[e.DocumentID] == nil {
				gold[e.DocumentID] = map[string]bool{}
			}
			gold[e.DocumentID][e.Type+"\t"+n] = true
		}
		for _, d := range docs {
			doc := &bluf.Document{Body: d.Text}
			doc.Paragraphs = text.Paragraphs(doc.Body)
			doc.Sentences = text.Sentences(doc.Body, doc.Paragraphs)
			ms, _ := kb.Find(doc)
			pred := map[string]bool{}
			for _, m := range ms {
				ty := re3dType(m.Type)
				if ty == "" {
					continue
				}
				if n, ok := re3dName(m.Text); ok {
					pred[ty+"\t"+n] = true
				}
			}
			g := gold[d.ID]
			typed.add(g, pred)
			untyped.add(untype(g), untype(pred))
			for ty, s := range perType {
				s.add(only(g, ty), only(pred, ty))
			}
			for k := range g {
				if !pred[k] {
					misses = append(misses, k)
				}
			}
			for k := range pred {
				if !g[k] {
					extras = append(extras, k)
				}
			}
		}
	}
	p, r, f := typed.scores()
	up, ur, uf := untyped.scores()
	t.Logf("re3d typed:   P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p, r, f, typed.tp, typed.fp, typed.fn)
	t.Logf("re3d untyped: P %.3f R %.3f F1 %.3f", up, ur, uf)
	for _, ty := range []string{"Person", "Organisation", "Location"} {
		a, b, c := perType[ty].scores()
		t.Logf("re3d %-12s P %.3f R %.3f F1 %.3f", ty, a, b, c)
	}
	if os.Getenv("RE3D_VERBOSE") != "" {
		sort.Strings(misses)
		sort.Strings(extras)
		fmt.Println("MISSES:\n" + strings.Join(misses, "\n"))
		fmt.Println("EXTRAS:\n" + strings.Join(extras, "\n"))
	}
	if f < re3dFloor {
		t.Errorf("re3d typed F1 = %.3f, want >= %.2f", f, re3dFloor)
	}
}

func untype(m map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		_, n, _ := strings.Cut(k, "\t")
		out[n] = true
	}
	return out
}

func only(m map[string]bool, ty string) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		if strings.HasPrefix(k, ty+"\t") {
			out[k] = true
		}
	}
	return out
}
