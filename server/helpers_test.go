package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"bluf"
	"bluf/store/memory"
	"bluf/text"
)

// fakeIngester analyses text without the real stages: it splits the
// sentences and writes a report whose every section cites them, so that
// the pages can be tested whatever state the analysis stages are in.
type fakeIngester struct {
	// fetch, when set, answers URL submissions.
	fetch func(ctx context.Context, url string) ([]byte, error)
	// panics makes Ingest panic, to test recovery.
	panics bool
}

func (f *fakeIngester) Ingest(ctx context.Context, sub Submission) (*bluf.Report, error) {
	if f.panics {
		panic("stage exploded")
	}
	raw := sub.Raw
	if sub.URL != "" {
		if f.fetch == nil {
			return nil, fmt.Errorf("%w: no fetcher", ErrBadSubmission)
		}
		var err error
		if raw, err = f.fetch(ctx, sub.URL); err != nil {
			return nil, err
		}
	}
	r := fakeReport(string(raw))
	r.Source = sub.label()
	return r, nil
}

// fakeReport builds a full report on body: title from the first line,
// the rest analysed with fixed, cited sections.
func fakeReport(raw string) *bluf.Report {
	title, body, _ := strings.Cut(strings.TrimSpace(raw), "\n")
	body = strings.TrimSpace(body)
	sum := sha256.Sum256([]byte(body))
	paras := text.Paragraphs(body)
	sents := text.Sentences(body, paras)
	cite := func(i int) []string {
		if len(sents) == 0 {
			return []string{"s1"}
		}
		return []string{sents[i%len(sents)].ID}
	}
	pub := "The Example Herald"
	date := "2025-03-14"
	lang := "en"
	item := func(t string, i int) bluf.Item { return bluf.Item{Text: t, Citations: cite(i)} }
	r := &bluf.Report{
		Schema: bluf.SchemaID, ID: hex.EncodeToString(sum[:])[:16], Title: title,
		Publisher: &pub, Published: &date, Language: &lang, Authors: []string{"A. Writer"},
		Body: body, Sentences: sents, Dropped: []bluf.Dropped{{Text: "Subscribe to our newsletter", Reason: "newsletter"}},
		BLUF: bluf.BLUF{Item: item("The junta is likely to deepen its break with Paris.", 0), Hypothesis: "H1", Likelihood: "likely",
			Action: item("Monitor the alliance's joint exercises.", 2)},
		Confidence: bluf.Confidence{Level: "low", Item: item("One undated source, uncorroborated.", 1),
			Factors: bluf.ConfidenceFactors{Sources: 1, IndependentSources: 1, Evidence: 3, DiagnosticEvidence: 2, Margin: 1.5}},
		Hypotheses: []bluf.Hypothesis{
			{ID: "H1", Item: item("The break with Paris deepens.", 0), Score: 0.5, Rank: 1, Likelihood: "likely"},
			{ID: "H2", Item: item("Relations are restored.", 3), Score: 2, Rank: 2, Likelihood: "unlikely"},
		},
		ACH: bluf.ACH{Hypotheses: []string{"H1", "H2"}, Scores: map[string]float64{"H1": 0.5, "H2": 2}, Method: "weighted inconsistency",
			Evidence: []bluf.ACHEvidence{
				{ID: "E1", Item: item("Ambassador expelled", 0), Credibility: "high", Relevance: "high", Ratings: map[string]string{"H1": "CC", "H2": "II"}, Diagnosticity: 2},
				{ID: "E2", Item: item("Joint exercises announced", 2), Credibility: "medium", Relevance: "medium", Ratings: map[string]string{"H1": "C", "H2": "I"}, Diagnosticity: 1},
				{ID: "E3", Item: item("Aid may be suspended", 3), Credibility: "medium", Relevance: "low", Ratings: map[string]string{"H1": "N", "H2": "N"}, Diagnosticity: 0},
			}},
		Assumptions: []bluf.Assumption{{Item: item("The junta stays in power.", 1), Rating: "caveats", Stated: false, Basis: "Not stated; needed by H1."}},
		RedFlags:    []bluf.RedFlag{{Item: item("Casualty figure from one security source.", 4), Kind: "unverified_source"}},
		Risks: []bluf.Risk{{Domain: "security", Item: item("Attacks on army posts continue.", 4)},
			{Domain: "economic", Item: item("Development aid is suspended.", 3)}},
		Recommendations: []bluf.Recommendation{{Item: item("Watch for Russian instructors.", 5), Origin: "article"}},
		Indicators:      []bluf.Indicator{{Item: item("Russian instructors arrive.", 5), Scenario: "worst"}},
		Scenarios: bluf.Scenarios{
			Best:       bluf.Scenario{Item: item("Elections are scheduled.", 3), Signposts: []bluf.Item{item("An election date is set.", 3)}},
			Worst:      bluf.Scenario{Item: item("Aid is cut and attacks rise.", 4), Signposts: []bluf.Item{}},
			MostLikely: bluf.Scenario{Item: item("The junta holds its course.", 1), Hypothesis: "H1", Signposts: []bluf.Item{}},
		},
		Entities: []bluf.Entity{
			{ID: "NER", Name: "Niger", Type: bluf.State, Mentions: 3, Salience: 0.9, Sentences: cite(0)},
			{ID: "FRA", Name: "France", Type: bluf.State, Mentions: 2, Salience: 0.7, Sentences: cite(0)},
			{ID: "EU", Name: "European Union", Type: bluf.Organization, Mentions: 1, Salience: 0.3, Sentences: cite(3)},
		},
		Events: []bluf.Event{
			{ID: "ev1", Source: bluf.ActorRef{Entity: "NER", Name: "Niger"}, Target: bluf.ActorRef{Entity: "FRA", Name: "France"}, Code: "1246", Root: "12",
				Label: "expel ambassador", QuadClass: 3, Goldstein: -5, Modality: "asserted", Sentence: cite(0)[0], Date: "2025-03-11", DateBasis: "relative"},
			{ID: "ev2", Source: bluf.ActorRef{Entity: "EU", Name: "European Union"}, Target: bluf.ActorRef{Entity: "NER", Name: "Niger"}, Code: "138", Root: "13",
				Label: "threaten to suspend aid", QuadClass: 3, Goldstein: -5.6, Modality: "threatened", Sentence: cite(3)[0], Date: "2025-03-14", DateBasis: "article"},
			{ID: "ev4", Source: bluf.ActorRef{Entity: "NER", Name: "Niger"}, Target: bluf.ActorRef{Entity: "FRA", Name: "France"}, Code: "111", Root: "11",
				Label: "criticize or denounce", QuadClass: 3, Goldstein: -2, Modality: "asserted", Sentence: cite(1)[0], Date: "2025-03-13", DateBasis: "explicit"},
			{ID: "ev3", Source: bluf.ActorRef{Name: "jihadist fighters"}, Target: bluf.ActorRef{Entity: "NER", Name: "Niger"}, Code: "190", Root: "19",
				Label: "use conventional military force", QuadClass: 4, Goldstein: -10, Modality: "asserted", Sentence: cite(4)[0], DateBasis: "undated"},
		},
		Tags: []bluf.Tag{{Name: "France-Niger relations", Kind: "dyad", Citations: cite(0)}, {Name: "Sahel", Kind: "region", Citations: []string{}}},
		Gaps: []bluf.Gap{{Section: "recommendations", Text: "The text prescribes little."}},
	}
	return r
}

// testServer is a server on an in-memory store with the fake ingester.
type testServer struct {
	*Server
	store *memory.Store
	ing   *fakeIngester
}

func newTestServer(t testing.TB, mod func(*Config)) *testServer {
	t.Helper()
	st := memory.New()
	ing := &fakeIngester{}
	cfg := Config{Store: st, Ingest: ing, Now: func() time.Time { return time.Date(2025, 3, 15, 9, 0, 0, 0, time.UTC) }}
	if mod != nil {
		mod(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return &testServer{Server: s, store: st, ing: ing}
}

// do sends a request to the handler and returns the response and body.
func (ts *testServer) do(t testing.TB, req *http.Request) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	ts.Handler().ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func (ts *testServer) get(t testing.TB, path string) (*http.Response, string) {
	t.Helper()
	return ts.do(t, httptest.NewRequest("GET", path, nil))
}

// example returns a testdata article.
func example(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// multipartRequest builds a multipart form post with one field (a file
// when filename is set).
func multipartRequest(t testing.TB, path, field, filename, content string) *http.Request {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if filename != "" {
		w, err := mw.CreateFormFile(field, filename)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	} else {
		mw.WriteField(field, content)
	}
	mw.Close()
	req := httptest.NewRequest("POST", path, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return req
}

func htmlUnescape(s string) string { return html.UnescapeString(s) }

// fakeBrief builds a brief on req: the fixed sections of fakeReport on
// the first document, every citation pointing into it as DOC:sN, and
// the first two sentences of every document as further evidence.
func fakeBrief(req BriefRequest) *bluf.Report {
	first := req.Reports[0]
	b := fakeReport(first.Title + "\n" + first.Body)
	b.Title = "Brief on the Sahel"
	prefixCitations(reflect.ValueOf(b).Elem(), first.ID+":")
	b.Sentences = nil
	seen := map[string]bool{}
	addSentence := func(r *bluf.Report, s bluf.Sentence) string {
		id := r.ID + ":" + s.ID
		if !seen[id] {
			seen[id] = true
			b.Sentences = append(b.Sentences, bluf.Sentence{ID: id, Text: s.Text})
		}
		return id
	}
	for _, s := range first.Sentences {
		addSentence(first, s)
	}
	var cites []string
	for _, r := range req.Reports {
		for _, s := range r.Sentences[:min(2, len(r.Sentences))] {
			cites = append(cites, addSentence(r, s))
		}
		b.Documents = append(b.Documents, bluf.DocRef{ID: r.ID, Title: r.Title, Publisher: deref(r.Publisher), Published: deref(r.Published),
			DateBasis: "published", Weight: 1, Story: req.Stories[r.ID]})
	}
	b.Agreements = []bluf.Item{{Text: "The sources agree.", Citations: cites}}
	return b
}

// prefixCitations prefixes every sentence reference under v: the
// Citations of items, the Sentence of events, the Sentences of entities.
func prefixCitations(v reflect.Value, prefix string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			prefixCitations(v.Elem(), prefix)
		}
	case reflect.Slice:
		for i := range v.Len() {
			prefixCitations(v.Index(i), prefix)
		}
	case reflect.Map:
		// Ratings and scores hold no sentence references.
	case reflect.Struct:
		for i := range v.NumField() {
			f, name := v.Field(i), v.Type().Field(i).Name
			switch {
			case name == "Sentences" && f.Type() == reflect.TypeOf([]bluf.Sentence(nil)):
				// The report's own sentences are set by the caller.
			case (name == "Citations" || name == "Sentences") && f.Type() == reflect.TypeOf([]string(nil)):
				for j := range f.Len() {
					f.Index(j).SetString(prefix + f.Index(j).String())
				}
			case name == "Sentence" && f.Kind() == reflect.String && f.String() != "":
				f.SetString(prefix + f.String())
			default:
				prefixCitations(f, prefix)
			}
		}
	}
}
