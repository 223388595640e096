package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"

	"bluf"
	"bluf/text"
)

// NewReport returns a minimal report for body, as the pipeline would
// shape it: ID from the body's hash, sentences split, metadata set.
// entities are (id, name) pairs with decreasing salience.
func NewReport(title, publisher, published, body string, entities ...string) *bluf.Report {
	sum := sha256.Sum256([]byte(body))
	paras := text.Paragraphs(body)
	r := &bluf.Report{
		Schema:    bluf.SchemaID,
		ID:        hex.EncodeToString(sum[:])[:16],
		Title:     title,
		Source:    "",
		Authors:   []string{},
		Body:      body,
		Sentences: text.Sentences(body, paras),
		Dropped:   []bluf.Dropped{},
	}
	if r.Sentences == nil {
		r.Sentences = []bluf.Sentence{}
	}
	if publisher != "" {
		r.Publisher = &publisher
	}
	if published != "" {
		r.Published = &published
	}
	for i := 0; i+1 < len(entities); i += 2 {
		r.Entities = append(r.Entities, bluf.Entity{
			ID: entities[i], Name: entities[i+1], Type: bluf.State,
			Mentions: 3, Salience: 1 / float64(1+i/2),
		})
	}
	return r
}

// Article is one generated news article.
type Article struct {
	Title, Publisher, Published, Body string
	// Entities are (id, name) pairs for NewReport.
	Entities []string
}

// Report returns a's report.
func (a Article) Report() *bluf.Report {
	return NewReport(a.Title, a.Publisher, a.Published, a.Body, a.Entities...)
}

var (
	genActors = [][2]string{
		{"SDN", "Sudan"}, {"RSF", "Rapid Support Forces"}, {"TWN", "Taiwan"}, {"CHN", "China"},
		{"MLI", "Mali"}, {"NER", "Niger"}, {"BFA", "Burkina Faso"}, {"IRQ", "Iraq"},
		{"IRN", "Iran"}, {"USA", "United States"}, {"ETH", "Ethiopia"}, {"UKR", "Ukraine"},
		{"RUS", "Russia"}, {"COL", "Colombia"}, {"MMR", "Myanmar"}, {"YEM", "Yemen"},
	}
	genPlaces = []string{"Khartoum", "El Fasher", "Taipei", "Kinmen", "Bamako", "Niamey", "Ouagadougou",
		"Baghdad", "Erbil", "Tehran", "Addis Ababa", "Kharkiv", "Cali", "Mandalay", "Aden", "Gao"}
	genVerbs = []string{"accused", "met", "attacked", "warned", "negotiated with", "sanctioned",
		"deployed troops near", "signed an agreement with", "condemned", "threatened", "shelled positions of", "hosted"}
	genNouns = []string{"ceasefire", "convoy", "drone strike", "border crossing", "election", "humanitarian corridor",
		"fuel shortage", "trade deal", "naval exercise", "militia", "refugee camp", "oil pipeline", "airport", "curfew",
		"prisoner exchange", "peace talks", "air defence", "grain shipment", "power station", "mining concession"}
	genSaid   = []string{"officials said", "a spokesman said", "witnesses told reporters", "according to a statement", "diplomats said", "residents said"}
	genOutlet = []string{"Daily Herald", "Sahel Monitor", "Straits Review", "Nile Post", "Gulf Observer", "Andes Wire", "Steppe Journal", "Delta Times"}
)

// Generate returns the n-th generated article: deterministic, different
// for each n, in the house style of a wire report about an invented event
// between two real actors, dated within 2020–2025.
func Generate(n int) Article {
	rng := rand.New(rand.NewPCG(uint64(n), 0x9e3779b97f4a7c15))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	a := genActors[rng.IntN(len(genActors))]
	b := genActors[rng.IntN(len(genActors))]
	for b == a {
		b = genActors[rng.IntN(len(genActors))]
	}
	place := pick(genPlaces)
	noun := pick(genNouns)
	var body strings.Builder
	paras := 4 + rng.IntN(4)
	for p := 0; p < paras; p++ {
		if p > 0 {
			body.WriteString("\n\n")
		}
		sents := 2 + rng.IntN(3)
		for s := 0; s < sents; s++ {
			if s > 0 {
				body.WriteByte(' ')
			}
			switch rng.IntN(4) {
			case 0:
				fmt.Fprintf(&body, "%s %s %s over the %s near %s, %s.", a[1], pick(genVerbs), b[1], pick(genNouns), place, pick(genSaid))
			case 1:
				fmt.Fprintf(&body, "The %s in %s was the %d%s such incident this month, %s.", noun, place, 2+rng.IntN(9), "th", pick(genSaid))
			case 2:
				fmt.Fprintf(&body, "Leaders in %s said the %s would continue unless %s withdrew from the %s.", b[1], pick(genNouns), a[1], pick(genNouns))
			default:
				fmt.Fprintf(&body, "At least %d people were reported near the %s after talks on the %s stalled (report %d).", 3+rng.IntN(200), pick(genNouns), noun, n)
			}
		}
	}
	return Article{
		Title:     fmt.Sprintf("%s and %s clash over %s in %s", a[1], b[1], noun, place),
		Publisher: pick(genOutlet),
		Published: fmt.Sprintf("%04d-%02d-%02d", 2020+rng.IntN(6), 1+rng.IntN(12), 1+rng.IntN(28)),
		Body:      body.String(),
		Entities:  []string{a[0], a[1], b[0], b[1]},
	}
}

// FullReport returns the n-th generated article as the pipeline would
// analyse it: three hypotheses, an ACH matrix over its sentences, coded
// events with dates, entities, tags, risks and indicators. The content is
// synthetic; it gives briefs and scale tests realistic shapes and sizes.
func FullReport(n int) *bluf.Report {
	a := Generate(n)
	r := a.Report()
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	x, y := a.Entities[1], a.Entities[3]
	hyps := []string{
		fmt.Sprintf("%s escalates its pressure on %s", x, y),
		fmt.Sprintf("%s and %s negotiate a settlement", x, y),
		fmt.Sprintf("The dispute between %s and %s stays contained", x, y),
	}
	ratings := []string{bluf.VeryConsistent, bluf.Consistent, bluf.Neutral, bluf.Inconsistent, bluf.VeryInconsistent}
	terms := []string{"likely", "unlikely", "roughly even chance"}
	for i, h := range hyps {
		id := fmt.Sprintf("H%d", i+1)
		r.Hypotheses = append(r.Hypotheses, bluf.Hypothesis{ID: id, Item: bluf.Item{Text: h, Citations: []string{"s1"}}, Rank: i + 1, Likelihood: terms[i]})
		r.ACH.Hypotheses = append(r.ACH.Hypotheses, id)
	}
	r.ACH.Scores = map[string]float64{}
	for i, s := range r.Sentences {
		if i%2 == 1 {
			continue
		}
		rt := map[string]string{}
		for _, h := range r.ACH.Hypotheses {
			rt[h] = ratings[rng.IntN(len(ratings))]
		}
		r.ACH.Evidence = append(r.ACH.Evidence, bluf.ACHEvidence{ID: fmt.Sprintf("E%d", len(r.ACH.Evidence)+1),
			Item: bluf.Item{Text: s.Text, Citations: []string{s.ID}}, Credibility: []string{"high", "medium", "low"}[rng.IntN(3)],
			Relevance: "medium", Ratings: rt, Diagnosticity: 2})
	}
	r.BLUF = bluf.BLUF{Item: bluf.Item{Text: hyps[0], Citations: []string{"s1"}}, Hypothesis: "H1", Likelihood: "likely",
		Action: bluf.Item{Text: "Monitor the " + strings.ToLower(a.Title), Citations: []string{"s1"}}}
	for i := 0; i < 5 && i < len(r.Sentences); i++ {
		src, tgt := a.Entities[0:2], a.Entities[2:4]
		if i%2 == 1 {
			src, tgt = tgt, src
		}
		code := []string{"190", "042", "112", "036", "173"}[rng.IntN(5)]
		r.Events = append(r.Events, bluf.Event{ID: fmt.Sprintf("e%d", i+1),
			Source: bluf.ActorRef{Entity: src[0], Name: src[1], Code: src[0]}, Target: bluf.ActorRef{Entity: tgt[0], Name: tgt[1], Code: tgt[0]},
			Code: code, Root: code[:2], Label: "CAMEO " + code, Modality: "asserted", Goldstein: float64(rng.IntN(21) - 10),
			Sentence: r.Sentences[i].ID, Text: r.Sentences[i].Text, Date: a.Published, DateBasis: "explicit"})
	}
	r.Tags = []bluf.Tag{{Name: "armed conflict", Kind: "theme", Citations: []string{"s1"}}, {Name: x + "-" + y, Kind: "dyad", Citations: []string{"s1"}}}
	r.Risks = []bluf.Risk{{Domain: "security", Item: bluf.Item{Text: "Fighting near " + a.Title, Citations: []string{"s1"}}}}
	r.Indicators = []bluf.Indicator{{Item: bluf.Item{Text: "Watch for troop movements by " + x, Citations: []string{"s1"}}}}
	r.Assumptions = []bluf.Assumption{{Item: bluf.Item{Text: x + " controls its forces", Citations: []string{"s1"}}, Rating: "caveats", Stated: true}}
	return r
}
