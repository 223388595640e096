package bluf

// Report is the grounded assessment of one document (or, in a brief, of
// several). Its JSON form is documented by schema/report.schema.json and
// kept stable. Every item that states something has Text and Citations:
// the IDs of the sentences it rests on ("s12", or "DOC:s12" in a brief).
type Report struct {
	Schema    string   `json:"schema"`
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	Publisher *string  `json:"publisher"`
	Published *string  `json:"published"`
	Authors   []string `json:"authors"`
	Language  *string  `json:"language"`

	Body      string     `json:"body"`
	Sentences []Sentence `json:"sentences"`
	Dropped   []Dropped  `json:"dropped"`

	BLUF       BLUF         `json:"bluf"`
	Confidence Confidence   `json:"confidence"`
	Hypotheses []Hypothesis `json:"hypotheses"`
	ACH        ACH          `json:"ach"`

	Assumptions []Assumption `json:"assumptions"`
	RedFlags    []RedFlag    `json:"red_flags"`
	Risks       []Risk       `json:"risks"`

	Recommendations []Recommendation `json:"recommendations"`
	Indicators      []Indicator      `json:"indicators"`
	Scenarios       Scenarios        `json:"scenarios"`

	Entities []Entity `json:"entities"`
	Tags     []Tag    `json:"tags"`
	Events   []Event  `json:"events"`

	// Gaps says, per section, where the text gave no support and the
	// section was therefore left short rather than filled with prose.
	Gaps []Gap `json:"gaps"`

	// The fields below are set only on a brief over several documents.
	// There, citations read "DOC:s12" and Sentences holds the cited
	// sentences with such IDs.
	Documents      []DocRef        `json:"documents,omitempty"`
	Timeline       []TimelineEntry `json:"timeline,omitempty"`
	Agreements     []Item          `json:"agreements,omitempty"`
	Contradictions []Item          `json:"contradictions,omitempty"`
	Changes        []Item          `json:"changes,omitempty"`
}

// DocRef is one source document of a brief (the source table).
type DocRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	// DateBasis is "published" when the document states its date,
	// "evidence" when inferred from its events (stated so), or "undated".
	DateBasis string  `json:"date_basis"`
	Weight    float64 `json:"weight"`
	// Story is the story cluster; documents of one story are one source
	// for corroboration.
	Story string `json:"story"`
	// Supports lists the hypothesis IDs this document's evidence supports.
	Supports []string `json:"supports"`
}

// TimelineEntry is one dated (or explicitly undated) entry of a timeline.
type TimelineEntry struct {
	Date string `json:"date"`
	Item
	Event string `json:"event,omitempty"`
}

// SchemaID names the version of the report JSON layout.
const SchemaID = "bluf.report/v1"

// Item is a statement with the sentences it rests on.
type Item struct {
	Text      string   `json:"text"`
	Citations []string `json:"citations"`
}

// BLUF is section 1: the central judgment, the most supported hypothesis,
// its likelihood in ICD 203 terms, and the recommended action.
type BLUF struct {
	Item
	// Hypothesis is the ID of the most supported hypothesis ("H1").
	Hypothesis string `json:"hypothesis"`
	// Likelihood is one of the seven ICD 203 estimative terms.
	Likelihood string `json:"likelihood"`
	Action     Item   `json:"action"`
}

// Confidence is low, moderate or high, with the reasons.
type Confidence struct {
	Level string `json:"level"`
	Item
	// Factors are the measured inputs the level was derived from.
	Factors ConfidenceFactors `json:"factors"`
}

// ConfidenceFactors are the quantities ICD 203 confidence rests on.
type ConfidenceFactors struct {
	Sources            int  `json:"sources"`
	IndependentSources int  `json:"independent_sources"`
	Evidence           int  `json:"evidence"`
	DiagnosticEvidence int  `json:"diagnostic_evidence"`
	Assumptions        int  `json:"assumptions"`
	Unsupported        int  `json:"unsupported_assumptions"`
	HedgedSourcing     int  `json:"hedged_sourcing"`
	Dated              bool `json:"dated"`
	Attributed         bool `json:"attributed"`
	// Margin is the gap in weighted inconsistency between the two best
	// hypotheses; a thin margin lowers confidence.
	Margin float64 `json:"margin"`
}

// Hypothesis is one competing explanation or outcome drawn from the text.
type Hypothesis struct {
	ID string `json:"id"`
	Item
	// Score is the weighted inconsistency score (lower is better supported).
	Score float64 `json:"score"`
	Rank  int     `json:"rank"`
	// Likelihood is an ICD 203 estimative term.
	Likelihood string `json:"likelihood"`
}

// ACH is the evidence × hypothesis matrix (Heuer's Analysis of Competing
// Hypotheses).
type ACH struct {
	Hypotheses []string      `json:"hypotheses"`
	Evidence   []ACHEvidence `json:"evidence"`
	// Scores maps hypothesis ID to weighted inconsistency.
	Scores map[string]float64 `json:"scores"`
	Method string             `json:"method"`
}

// Ratings of a cell of the ACH matrix.
const (
	VeryConsistent   = "CC"
	Consistent       = "C"
	Neutral          = "N"
	Inconsistent     = "I"
	VeryInconsistent = "II"
	NotApplicable    = "NA"
)

// ACHEvidence is one row of the matrix.
type ACHEvidence struct {
	ID string `json:"id"`
	Item
	// Credibility is "high", "medium" or "low"; Relevance likewise.
	Credibility string `json:"credibility"`
	Relevance   string `json:"relevance"`
	// Ratings maps hypothesis ID to CC, C, N, I, II or NA.
	Ratings map[string]string `json:"ratings"`
	// Diagnosticity is the spread of the row's numeric ratings; 0 means
	// the evidence does not help tell the hypotheses apart.
	Diagnosticity float64 `json:"diagnosticity"`
}

// Assumption is a premise the judgments depend on (Key Assumptions Check).
type Assumption struct {
	Item
	// Rating is "solid", "caveats" or "unsupported".
	Rating string `json:"rating"`
	// Stated is false for a premise the favoured hypothesis needs but the
	// text does not state.
	Stated bool `json:"stated"`
	// Basis explains the rating.
	Basis string `json:"basis"`
}

// RedFlag is evidence against the favoured hypothesis, hedged or
// unverified sourcing, or a telling absence.
type RedFlag struct {
	Item
	// Kind is "contrary_evidence", "hedged_sourcing", "unverified_source"
	// or "absence".
	Kind string `json:"kind"`
}

// Risk is an implication or strategic risk in one domain.
type Risk struct {
	// Domain is "geopolitical", "security", "economic", "domestic_political",
	// "cyber_information" or "humanitarian".
	Domain string `json:"domain"`
	Item
	// Events are IDs of coded events the risk rests on.
	Events []string `json:"events,omitempty"`
}

// Recommendation is a prescription; Origin is "article" when the text
// itself prescribes it, "analytic" when derived from the assessment.
type Recommendation struct {
	Item
	Origin string `json:"origin"`
}

// Indicator is an observable development to monitor.
type Indicator struct {
	Item
	// Scenario is "best", "worst" or "most_likely" when the indicator
	// signals one scenario.
	Scenario string `json:"scenario,omitempty"`
}

// Scenarios are the three projections of the outlook.
type Scenarios struct {
	Best       Scenario `json:"best"`
	Worst      Scenario `json:"worst"`
	MostLikely Scenario `json:"most_likely"`
}

// Scenario is one projection with the signposts that would show it.
type Scenario struct {
	Item
	Hypothesis string   `json:"hypothesis,omitempty"`
	Signposts  []Item   `json:"signposts"`
	Events     []string `json:"events,omitempty"`
}

// Tag is a thematic tag from the taxonomy (taxonomy/tags.txt) or a dyad.
type Tag struct {
	Name string `json:"name"`
	// Kind is "theme", "dyad" or "region".
	Kind      string   `json:"kind"`
	Citations []string `json:"citations"`
}

// Gap records a section the text did not support.
type Gap struct {
	Section string `json:"section"`
	Text    string `json:"text"`
}
