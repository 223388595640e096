// Package storetest is the one test suite every store.Store
// implementation must pass: run it with Run from the implementation's
// tests.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"bluf"
	"bluf/store"
)

// Example articles, written for these tests.
const (
	sudanBody = `Fighting between the Sudanese army and the Rapid Support Forces spread to the outskirts of El Fasher on Tuesday, forcing thousands of families to flee toward the Chadian border.

Aid agencies said the last functioning hospital in the city had been shelled twice in a week. The World Food Programme warned that its convoys could not reach the displacement camps while the road from Tawila remained closed.

The army said it had repelled an assault on its garrison and accused the paramilitary force of using drones supplied from abroad. The Rapid Support Forces denied targeting civilians and said the army had used the hospital as a base.

Diplomats in Jeddah said talks on a humanitarian truce had stalled over the sequencing of a withdrawal from residential areas. Neither side has sent a delegation since last month.`

	sudanOtherBody = `Residents of El Fasher described a night of heavy shelling as the Rapid Support Forces pressed their siege of the city and the Sudanese army answered with air strikes on Tuesday.

The paramilitary force said it controlled two eastern districts, a claim the army rejected. Medical workers said the hospital had taken another hit and that wounded civilians were being treated in a school.

United Nations officials called for a humanitarian truce so that food convoys stuck near Tawila could reach displacement camps, where famine conditions have been confirmed. Talks in Jeddah remain suspended.`

	taiwanBody = `Taiwan's coast guard shadowed four Chinese vessels that entered restricted waters off Kinmen on Sunday, the second such incursion this month.

The island's Mainland Affairs Council said Beijing was trying to normalise its presence near the outlying islands, while the Chinese coast guard described the patrol as routine law enforcement.

Fishermen in Kinmen told local television that their boats had been turned back twice. Analysts in Taipei said the patrols were calibrated to stay below the threshold that would trigger a military response.`

	sahelBody = `Mali's transitional authorities announced that gold mining permits held by foreign companies would be reviewed under the new mining code, weeks after a dispute over unpaid taxes led to the seizure of gold stocks at a mine in the west of the country.

Officials in Bamako said the review would raise the state's share of revenue and fund the army's campaign against armed groups in the centre and north. Company executives said they were seeking clarity and had not been told when the review would end.`
)

func sudan() *bluf.Report {
	return NewReport("Fighting reaches El Fasher outskirts", "Nile Post", "2024-05-14", sudanBody, "SDN", "Sudan", "RSF", "Rapid Support Forces", "TCD", "Chad")
}

// sudanCopy is the Sudan story republished with another headline, a new
// first line and page furniture.
func sudanCopy() *bluf.Report {
	body := "Share this story\n\nEL FASHER (Wire) —\n\n" + sudanBody + "\n\nSign up for our Africa newsletter.\nRead more: Sudan crisis explained."
	return NewReport("Sudan: families flee as battle nears El Fasher", "Delta Times", "2024-05-15", body, "SDN", "Sudan", "RSF", "Rapid Support Forces")
}

func sudanOther() *bluf.Report {
	return NewReport("Siege of El Fasher tightens", "Gulf Observer", "2024-05-15", sudanOtherBody, "SDN", "Sudan", "RSF", "Rapid Support Forces", "UN", "United Nations")
}

func taiwan() *bluf.Report {
	return NewReport("Chinese coast guard returns to Kinmen waters", "Straits Review", "2024-03-03", taiwanBody, "TWN", "Taiwan", "CHN", "China")
}

func sahel() *bluf.Report {
	return NewReport("Mali to review foreign mining permits", "", "", sahelBody, "MLI", "Mali")
}

// Run runs the suite against fresh, empty stores from open.
func Run(t *testing.T, open func(t testing.TB) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Duplicates", testDuplicates},
		{"NearDuplicate", testNearDuplicate},
		{"Cluster", testCluster},
		{"List", testList},
		{"Search", testSearch},
		{"Reports", testReports},
		{"Concurrent", testConcurrent},
		{"Generated", testGenerated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

var fetched = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)

func add(t *testing.T, s store.Store, r *bluf.Report, url string) store.AddResult {
	t.Helper()
	pub := ""
	if r.Publisher != nil {
		pub = *r.Publisher
	}
	r.Source = url
	res, err := s.Add(context.Background(), r, store.Source{URL: url, Publisher: pub, Fetched: fetched})
	if err != nil {
		t.Fatalf("Add(%s): %v", url, err)
	}
	return res
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	in := sudan()
	in.Events = []bluf.Event{{ID: "e1", Code: "190", Root: "19", Sentence: "s1", Date: "2024-05-14", DateBasis: "article",
		Source: bluf.ActorRef{Entity: "RSF", Name: "Rapid Support Forces"}, Target: bluf.ActorRef{Entity: "SDN", Name: "Sudan"}}}
	in.Tags = []bluf.Tag{{Name: "armed-conflict", Kind: "theme", Citations: []string{"s1"}}}
	res := add(t, s, in, "https://example.org/sudan")
	if res.Status != store.Added || res.ID != in.ID || res.Story != in.ID {
		t.Fatalf("Add = %+v, want added %s in its own story", res, in.ID)
	}
	got, err := s.Get(ctx, in.ID)
	if err != nil {
		t.Fatalf("Get(%s): %v", in.ID, err)
	}
	if !reflect.DeepEqual(got, in) {
		t.Errorf("Get(%s) differs from the stored report:\ngot  %+v\nwant %+v", in.ID, got, in)
	}
	if _, err := s.Get(ctx, "0000000000000000"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(missing) error = %v, want ErrNotFound", err)
	}
	if id, err := s.Known(ctx, "https://example.org/sudan", ""); err != nil || id != in.ID {
		t.Errorf("Known(url) = %q, %v; want %q", id, err, in.ID)
	}
	if id, err := s.Known(ctx, "", in.ID); err != nil || id != in.ID {
		t.Errorf("Known(id) = %q, %v; want %q", id, err, in.ID)
	}
	if _, err := s.Known(ctx, "https://example.org/other", "ffff"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Known(unknown) error = %v, want ErrNotFound", err)
	}
	if n, err := s.Count(ctx); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1", n, err)
	}
	srcs, err := s.Sources(ctx, in.ID)
	if err != nil || len(srcs) != 1 || srcs[0].URL != "https://example.org/sudan" || srcs[0].Kind != "original" || !srcs[0].Fetched.Equal(fetched) {
		t.Errorf("Sources = %+v, %v; want the one original", srcs, err)
	}
	if _, err := s.Sources(ctx, "0000000000000000"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Sources(missing) error = %v, want ErrNotFound", err)
	}
}

func testDuplicates(t *testing.T, s store.Store) {
	ctx := context.Background()
	first := add(t, s, sudan(), "https://example.org/a")
	if r := add(t, s, sudan(), "https://example.org/a"); r.Status != store.Duplicate || r.ID != first.ID {
		t.Errorf("Add(same URL) = %+v, want duplicate of %s", r, first.ID)
	}
	if r := add(t, s, sudan(), "https://mirror.example.net/a"); r.Status != store.Duplicate || r.ID != first.ID {
		t.Errorf("Add(same text, other URL) = %+v, want duplicate of %s", r, first.ID)
	}
	// Stdin has no URL: the text alone decides.
	if r := add(t, s, sudan(), "-"); r.Status != store.Duplicate {
		t.Errorf("Add(same text from stdin) = %+v, want duplicate", r)
	}
	if r := add(t, s, sudan(), "-"); r.Status != store.Duplicate {
		t.Errorf("Add(same text from stdin again) = %+v, want duplicate", r)
	}
	if n, _ := s.Count(ctx); n != 1 {
		t.Errorf("Count = %d after duplicates, want 1", n)
	}
	srcs, err := s.Sources(ctx, first.ID)
	if err != nil || len(srcs) != 4 {
		t.Fatalf("Sources = %+v, %v; want 4 (original, mirror, two stdin)", srcs, err)
	}
	if srcs[0].Kind != "original" || srcs[1].Kind != store.Duplicate {
		t.Errorf("Sources kinds = %q, %q; want original, duplicate", srcs[0].Kind, srcs[1].Kind)
	}
}

func testNearDuplicate(t *testing.T, s store.Store) {
	ctx := context.Background()
	orig := add(t, s, sudan(), "https://example.org/a")
	cp := sudanCopy()
	r := add(t, s, cp, "https://wire.example.com/b")
	if r.Status != store.NearDuplicate || r.ID != orig.ID || r.Story != orig.Story {
		t.Fatalf("Add(copy with new headline and furniture) = %+v, want near_duplicate of %s", r, orig.ID)
	}
	if _, err := s.Get(ctx, cp.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("near duplicate %s was stored as a document (err %v)", cp.ID, err)
	}
	srcs, _ := s.Sources(ctx, orig.ID)
	if len(srcs) != 2 || srcs[1].Kind != store.NearDuplicate || srcs[1].Publisher != "Delta Times" || srcs[1].Title != cp.Title {
		t.Errorf("Sources = %+v, want original and the near duplicate from Delta Times", srcs)
	}
	ls, _ := s.List(ctx, store.Filter{})
	if len(ls) != 1 || ls[0].Sources != 2 {
		t.Errorf("List = %+v, want one story with 2 sources", ls)
	}
	// Unrelated articles are not near duplicates.
	if r := add(t, s, taiwan(), "https://example.org/t"); r.Status != store.Added {
		t.Errorf("Add(unrelated) = %+v, want added", r)
	}
}

func testCluster(t *testing.T, s store.Store) {
	a := add(t, s, sudan(), "https://example.org/a")
	b := add(t, s, sudanOther(), "https://other.example/b")
	if b.Status != store.Added || b.ID == a.ID {
		t.Fatalf("Add(same event, other publisher) = %+v, want a separate document", b)
	}
	if b.Story != a.Story {
		t.Errorf("Add(same event, other publisher) story = %s, want %s (clustered)", b.Story, a.Story)
	}
	c := add(t, s, taiwan(), "https://example.org/t")
	if c.Story == a.Story {
		t.Errorf("unrelated story clustered with %s", a.Story)
	}
	d := add(t, s, sahel(), "https://example.org/m")
	if d.Story != d.ID {
		t.Errorf("undated story = %s, want its own %s", d.Story, d.ID)
	}
}

func addAll(t *testing.T, s store.Store) map[string]string {
	ids := map[string]string{}
	for name, r := range map[string]*bluf.Report{"sudan": sudan(), "other": sudanOther(), "taiwan": taiwan(), "sahel": sahel()} {
		ids[name] = add(t, s, r, "https://example.org/"+name).ID
	}
	return ids
}

func ids(ss []store.Summary) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.ID)
	}
	return out
}

func testList(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := addAll(t, s)
	tests := []struct {
		f    store.Filter
		want []string
	}{
		{store.Filter{}, []string{id["other"], id["sudan"], id["taiwan"], id["sahel"]}},
		{store.Filter{Limit: 2}, []string{id["other"], id["sudan"]}},
		{store.Filter{Since: "2024-05-01"}, []string{id["other"], id["sudan"]}},
		{store.Filter{Until: "2024-05-14"}, []string{id["sudan"], id["taiwan"]}},
		{store.Filter{Since: "2024-05-14", Until: "2024-05-14"}, []string{id["sudan"]}},
		{store.Filter{Publisher: "straits review"}, []string{id["taiwan"]}},
		{store.Filter{Entity: "CHN"}, []string{id["taiwan"]}},
		{store.Filter{Entity: "rapid support forces"}, []string{id["other"], id["sudan"]}},
		{store.Filter{Topic: "Kinmen"}, []string{id["taiwan"]}},
		{store.Filter{Topic: "gold OR Kinmen"}, []string{id["taiwan"], id["sahel"]}},
		{store.Filter{Topic: `"!!"`}, nil},
	}
	for _, tt := range tests {
		got, err := s.List(ctx, tt.f)
		if err != nil {
			t.Errorf("List(%+v): %v", tt.f, err)
			continue
		}
		if g := ids(got); !reflect.DeepEqual(g, tt.want) {
			t.Errorf("List(%+v) = %q, want %q", tt.f, g, tt.want)
		}
	}
	got, _ := s.List(ctx, store.Filter{Publisher: "Nile Post"})
	if len(got) != 1 || got[0].Title != "Fighting reaches El Fasher outskirts" || got[0].Published != "2024-05-14" || got[0].Sources != 1 || got[0].Story == "" || got[0].Tags == nil {
		t.Errorf("List(Nile Post) = %+v, want the Sudan summary", got)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := addAll(t, s)
	hits, err := s.Search(ctx, "hospital truce", store.Filter{})
	if err != nil {
		t.Fatalf("Search: %v", err)
	}
	if len(hits) != 2 {
		t.Fatalf("Search(hospital truce) = %d hits, want 2", len(hits))
	}
	for _, h := range hits {
		if h.ID != id["sudan"] && h.ID != id["other"] {
			t.Errorf("Search(hospital truce) hit %s, want a Sudan story", h.ID)
		}
		if !strings.Contains(strings.ToLower(h.Snippet), "hospital") {
			t.Errorf("snippet %q does not show the match", h.Snippet)
		}
	}
	if hits[0].Score < hits[1].Score {
		t.Errorf("hits not best first: %v < %v", hits[0].Score, hits[1].Score)
	}
	// The title weighs more than the body.
	hits, _ = s.Search(ctx, "Kinmen", store.Filter{})
	if len(hits) != 1 || hits[0].ID != id["taiwan"] {
		t.Errorf("Search(Kinmen) = %+v, want the Taiwan story", hits)
	}
	hits, _ = s.Search(ctx, "El Fasher", store.Filter{Publisher: "Gulf Observer"})
	if len(hits) != 1 || hits[0].ID != id["other"] {
		t.Errorf("Search(El Fasher, publisher) = %+v, want the Gulf Observer story", hits)
	}
	hits, _ = s.Search(ctx, "El Fasher", store.Filter{Until: "2024-05-14"})
	if len(hits) != 1 || hits[0].ID != id["sudan"] {
		t.Errorf("Search(El Fasher, until) = %+v, want the first Sudan story", hits)
	}
	for _, q := range []string{`"unbalanced`, `AND OR NOT (`, `U.S.-led`, `*`, `near/3`, ``} {
		if _, err := s.Search(ctx, q, store.Filter{}); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	if hits, _ := s.Search(ctx, "Bamako mining", store.Filter{Entity: "MLI"}); len(hits) != 1 {
		t.Errorf("Search(Bamako mining, entity MLI) = %d hits, want 1", len(hits))
	}
}

func testReports(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := addAll(t, s)
	rs, err := s.Reports(ctx, store.Filter{Topic: "El Fasher"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rs {
		got = append(got, r.ID)
		if r.Body == "" || len(r.Sentences) == 0 || r.Sentences[0].Text == "" {
			t.Errorf("report %s lost its body or sentences", r.ID)
		}
	}
	if want := []string{id["other"], id["sudan"]}; !reflect.DeepEqual(got, want) {
		t.Errorf("Reports(El Fasher) = %q, want %q", got, want)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	const workers, docs = 8, 12
	var wg sync.WaitGroup
	errs := make(chan error, workers*docs)
	statuses := make(chan string, workers*docs)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < docs; i++ {
				r := Generate(i).Report()
				res, err := s.Add(ctx, r, store.Source{URL: fmt.Sprintf("https://w%d.example/%d", w, i)})
				if err != nil {
					errs <- err
					return
				}
				statuses <- res.Status
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	close(statuses)
	for err := range errs {
		t.Fatalf("concurrent Add: %v", err)
	}
	count := map[string]int{}
	for st := range statuses {
		count[st]++
	}
	if count[store.Added] != docs || count[store.Duplicate] != docs*(workers-1) {
		t.Errorf("concurrent statuses = %v, want %d added and %d duplicates", count, docs, docs*(workers-1))
	}
	if n, _ := s.Count(ctx); n != docs {
		t.Errorf("Count = %d, want %d", n, docs)
	}
}

// testGenerated checks that generated articles, the benchmark corpus, are
// neither duplicates of each other nor lost.
func testGenerated(t *testing.T, s store.Store) {
	ctx := context.Background()
	n := 200
	if testing.Short() {
		n = 50
	}
	for i := 0; i < n; i++ {
		r := Generate(i).Report()
		res, err := s.Add(ctx, r, store.Source{URL: fmt.Sprintf("gen:%d", i)})
		if err != nil {
			t.Fatal(err)
		}
		if res.Status != store.Added {
			t.Fatalf("Generate(%d) = %s of %s", i, res.Status, res.ID)
		}
	}
	ls, err := s.List(ctx, store.Filter{})
	if err != nil || len(ls) != n {
		t.Fatalf("List = %d, %v; want %d", len(ls), err, n)
	}
	if !sort.SliceIsSorted(ls, func(i, j int) bool { return ls[i].Published > ls[j].Published }) {
		t.Error("List not newest first")
	}
}

// RequirePostgres returns the PostgreSQL URL of BLUF_TEST_POSTGRES, skips
// the test when it is unset, and fails it when it is unset in CI
// (CI=true), so that CI cannot silently skip the PostgreSQL suite.
func RequirePostgres(t testing.TB) string {
	t.Helper()
	u := os.Getenv("BLUF_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("BLUF_TEST_POSTGRES is not set in CI: run .ci/postgres.sh and eval its output")
		}
		t.Skip("BLUF_TEST_POSTGRES not set; run .ci/postgres.sh to start a server")
	}
	return u
}

// Stemming checks that search matches inflections ("permit" finds
// "permits"). The SQL stores run it besides Run; it is not part of Run,
// which simpler stores also pass.
func Stemming(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := addAll(t, s)
	for _, q := range []string{"reviewing permit", "permits reviewed", "mine company"} {
		hits, err := s.Search(ctx, q, store.Filter{})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if len(hits) != 1 || hits[0].ID != id["sahel"] {
			t.Errorf("Search(%q) = %+v, want the Sahel story", q, hits)
		}
	}
}
