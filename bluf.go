// Package bluf holds the core types shared by every stage of the pipeline:
// a cleaned Document with its Sentences, the Mentions and Entities found in
// it, the Events coded from it, and the Report assembled from all of them.
//
// Stage packages (extract, text, actor, event, assess, report, store,
// server) depend on these types and not on each other; only package
// pipeline knows the order in which they run.
package bluf

// Version is the program version, overridden at link time.
var Version = "0.1.0-dev"

// Document is one cleaned article: its metadata, the body that analysis
// runs on, and the record of what cleaning removed.
type Document struct {
	// ID is stable for the same cleaned body: the first 16 hex digits of
	// the SHA-256 of Body.
	ID string `json:"id"`
	// Source is the path, URL or "-" the document was read from.
	Source    string   `json:"source"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Publisher string   `json:"publisher"`
	// Published is an ISO 8601 date (2006-01-02) or date-time
	// (2006-01-02T15:04:05Z07:00); empty when the source does not say.
	Published string `json:"published"`
	// Language is an ISO 639-1 code, empty when unknown.
	Language string `json:"language"`
	// Body is the cleaned article text; all offsets point into it.
	Body string `json:"body"`
	// Paragraphs are byte ranges of Body, in order.
	Paragraphs []Span     `json:"paragraphs,omitempty"`
	Sentences  []Sentence `json:"sentences"`
	// Dropped records every piece of page furniture that cleaning removed
	// and why, so that the cleaning can be audited (--explain).
	Dropped []Dropped `json:"dropped"`
}

// Span is a half-open byte range [Start, End) of a Document's Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sentence is one sentence of a Document's Body.
type Sentence struct {
	// ID is "s1", "s2", ... in body order; stable for the same body.
	ID   string `json:"id"`
	Text string `json:"text"`
	// Start and End are byte offsets into Body: Body[Start:End] == Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Para is the zero-based index of the paragraph holding the sentence.
	Para int `json:"para"`
}

// Dropped is a piece of the source that cleaning removed.
type Dropped struct {
	Text string `json:"text"`
	// Reason is a short machine-readable kind: "navigation",
	// "newsletter", "caption", "credit", "bio", "comments", "pull_quote",
	// "byline", "dateline", "section", "further_reading", "title", ...
	Reason string `json:"reason"`
	// Line is the 1-based line of the source text where it started (0 when
	// the source was HTML).
	Line int `json:"line,omitempty"`
}

// EntityType is the coarse kind of a named entity.
type EntityType string

// Entity types. Finer types refine the coarse three; Coarse maps them back.
const (
	Person       EntityType = "person"
	Organization EntityType = "organization"
	Location     EntityType = "location"
	// Finer types.
	State       EntityType = "state"       // a country acting as a state (location in coarse terms)
	Government  EntityType = "government"  // a government or ministry (organization)
	ArmedGroup  EntityType = "armed_group" // militia, insurgent or terrorist group (organization)
	Nationality EntityType = "nationality" // "Iraqi", "Kurdish" (not scored as a name)
)

// Coarse maps a fine entity type onto person, organization or location.
func (t EntityType) Coarse() EntityType {
	switch t {
	case State:
		return Location
	case Government, ArmedGroup:
		return Organization
	}
	return t
}

// Mention is one occurrence of a name in a Document's Body.
type Mention struct {
	Start int        `json:"start"`
	End   int        `json:"end"`
	Text  string     `json:"text"`
	Type  EntityType `json:"type"`
	// Entity is the ID of the Entity the mention resolves to.
	Entity string `json:"entity"`
	// Sentence is the ID of the sentence holding the mention.
	Sentence string `json:"sentence"`
}

// Entity is a person, organization, state or place, resolved across its
// mentions.
type Entity struct {
	// ID is stable across documents for the same canonical entity, so that
	// a corpus can count an actor across sources.
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Aliases []string   `json:"aliases,omitempty"`
	// Role and Affiliation are as of the document's date when known
	// ("Prime Minister", "Iraq").
	Role        string `json:"role,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
	// Code is a CAMEO-style actor code ("IRQGOV", "USAMIL") when known.
	Code     string  `json:"code,omitempty"`
	Mentions int     `json:"mentions"`
	Salience float64 `json:"salience"`
	// Sentences are the IDs of the sentences that mention it.
	Sentences []string `json:"sentences,omitempty"`
}

// Event is one actor–action–target event coded on the CAMEO scheme.
type Event struct {
	ID     string   `json:"id"`
	Source ActorRef `json:"source"`
	Target ActorRef `json:"target"`
	// Code is the CAMEO event code ("190"); Root its two-digit root ("19").
	Code      string  `json:"code"`
	Root      string  `json:"root"`
	Label     string  `json:"label"`
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	// Modality is "asserted" for an accomplished event, or "negated",
	// "threatened", "intended", "possible", "demanded".
	Modality string `json:"modality"`
	Verb     string `json:"verb"`
	Sentence string `json:"sentence"`
	Text     string `json:"text"`
	// Date is ISO 8601 (2006, 2006-01 or 2006-01-02), empty when undated.
	Date string `json:"date,omitempty"`
	// DateBasis says where Date came from: "explicit", "relative",
	// "year", "article", or "undated".
	DateBasis string `json:"date_basis"`
}

// ActorRef names an event's source or target.
type ActorRef struct {
	Entity string `json:"entity,omitempty"`
	Name   string `json:"name"`
	Code   string `json:"code,omitempty"`
}
