package store

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"bluf"
)

// Row is the stored form of a report: the columns both implementations
// index, computed once by NewRow so that SQLite and PostgreSQL decide
// duplicates and clusters the same way.
type Row struct {
	ID        string
	Title     string
	Source    string
	Publisher string
	// Published is the date part (2006-01-02, 2006-01 or 2006) of the
	// report's publication date, empty when undated.
	Published string
	Language  string
	Body      string
	// Report is the report as JSON without Body and without the text of
	// its sentences, which Restore rebuilds from Body.
	Report      []byte
	Fingerprint Fingerprint
	Bands       [Bands]int64
	Keywords    []string
	Tags        []string
	// Entities are the report's entities, most salient first.
	Entities []bluf.Entity
	Events   []bluf.Event
}

// keywordCount is how many content words a row keeps for clustering.
const keywordCount = 30

// NewRow prepares r for storage.
func NewRow(r *bluf.Report) (*Row, error) {
	if r == nil || r.ID == "" {
		return nil, fmt.Errorf("store: report without ID")
	}
	row := &Row{
		ID:        r.ID,
		Title:     r.Title,
		Source:    r.Source,
		Publisher: deref(r.Publisher),
		Published: DatePart(deref(r.Published)),
		Language:  deref(r.Language),
		Body:      r.Body,
		Events:    r.Events,
	}
	row.Fingerprint = SimHash(r.Body)
	row.Bands = BandValues(row.Fingerprint.Hash)
	row.Keywords = Keywords(r.Title+"\n"+r.Body, keywordCount)
	seen := map[string]bool{}
	for _, t := range r.Tags {
		if !seen[t.Name] {
			seen[t.Name] = true
			row.Tags = append(row.Tags, t.Name)
		}
	}
	sort.Strings(row.Tags)
	row.Entities = append([]bluf.Entity(nil), r.Entities...)
	sort.SliceStable(row.Entities, func(i, j int) bool {
		return row.Entities[i].Salience > row.Entities[j].Salience
	})
	slim := *r
	slim.Body = ""
	slim.Sentences = make([]bluf.Sentence, len(r.Sentences))
	for i, s := range r.Sentences {
		s.Text = ""
		slim.Sentences[i] = s
	}
	b, err := json.Marshal(&slim)
	if err != nil {
		return nil, fmt.Errorf("store: encode report %s: %w", r.ID, err)
	}
	row.Report = b
	return row, nil
}

// Restore decodes a stored report and puts back its body and the text of
// its sentences. Sentences whose offsets do not fit the body keep an
// empty text rather than failing the read.
func Restore(report []byte, body string) (*bluf.Report, error) {
	var r bluf.Report
	if err := json.Unmarshal(report, &r); err != nil {
		return nil, fmt.Errorf("store: decode report: %w", err)
	}
	r.Body = body
	for i, s := range r.Sentences {
		if s.Text == "" && 0 <= s.Start && s.Start <= s.End && s.End <= len(body) {
			r.Sentences[i].Text = body[s.Start:s.End]
		}
	}
	return &r, nil
}

// TopEntities returns the IDs of up to n of row's most salient entities
// that are actors or places (not nationalities).
func (row *Row) TopEntities(n int) []string {
	var out []string
	for _, e := range row.Entities {
		if len(out) == n {
			break
		}
		if e.ID == "" || e.Type == bluf.Nationality {
			continue
		}
		out = append(out, e.ID)
	}
	return out
}

// Candidate is a stored document considered for the story cluster of a
// new one.
type Candidate struct {
	ID        string
	Story     string
	Published string
	Keywords  []string
	// Shared is the number of the new document's top entities it shares.
	Shared int
}

// Story clustering: documents about the same event from different
// publishers are written independently, so their text differs, but they
// share dates, actors and vocabulary. Two dated documents belong to one
// story when they were published within ClusterDays of each other and
// either share two top entities and KeywordsWithEntities of their
// vocabulary, or share KeywordsAlone of it.
const (
	ClusterDays          = 3
	ClusterEntities      = 5 // top entities compared
	KeywordsWithEntities = 0.15
	KeywordsAlone        = 0.35
)

// SameStory reports whether candidate c tells the same story as row.
func (row *Row) SameStory(c Candidate) bool {
	if row.Published == "" || c.Published == "" {
		return false
	}
	if !WithinDays(row.Published, c.Published, ClusterDays) {
		return false
	}
	j := Jaccard(row.Keywords, c.Keywords)
	if c.Shared >= 2 && j >= KeywordsWithEntities {
		return true
	}
	return j >= KeywordsAlone
}

// DatePart returns the ISO date part of an ISO 8601 date or date-time,
// or "" when s does not start with one.
func DatePart(s string) string {
	s = strings.TrimSpace(s)
	for _, n := range []int{10, 7, 4} {
		if len(s) < n {
			continue
		}
		p := s[:n]
		layout := map[int]string{10: "2006-01-02", 7: "2006-01", 4: "2006"}[n]
		if _, err := time.Parse(layout, p); err == nil && (len(s) == n || !isDigit(s[n])) {
			return p
		}
	}
	return ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// WithinDays reports whether two ISO dates (of any precision) are at most
// days apart; partial dates count from their first day.
func WithinDays(a, b string, days int) bool {
	ta, ok1 := parseDate(a)
	tb, ok2 := parseDate(b)
	if !ok1 || !ok2 {
		return false
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return d <= time.Duration(days)*24*time.Hour
}

// DateRange returns the ISO dates days before and after date, for an
// indexed range query; ok is false for an unparseable date.
func DateRange(date string, days int) (from, to string, ok bool) {
	t, ok := parseDate(date)
	if !ok {
		return "", "", false
	}
	return t.AddDate(0, 0, -days).Format("2006-01-02"), t.AddDate(0, 0, days).Format("2006-01-02") + "\uffff", true
}

func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Until returns the exclusive upper bound for an inclusive Filter.Until
// date compared as a string against stored dates of any precision.
func Until(date string) string { return date + "\uffff" }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
