package report

import (
	"embed"
	"html/template"
	"io"
	"strings"

	"bluf"
)

//go:embed templates/report.html.tmpl
var templateFS embed.FS

var pageTemplate = template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
	"domain":     domainPhrase,
	"rating":     ratingPhrase,
	"flag":       flagPhrase,
	"scenario":   scenarioPhrase,
	"likelihood": likelihoodPhrase,
	"capitalize": capitalize,
	"num":        num,
	"kind":       entityKind,
	"role":       entityRole,
	"first3":     func(s []string) []string { return firstN(s, 3) },
	"groupRisks": groupRisks,
	"cell":       cellClass,
	"hyp":        hypothesisByID,
	"actor":      actorName,
	"join":       strings.Join,
	"list":       func(s ...string) []string { return s },
	"gapsOf": func(r *bluf.Report, section string) []bluf.Gap {
		var out []bluf.Gap
		for _, g := range r.Gaps {
			if g.Section == section {
				out = append(out, g)
			}
		}
		return out
	},
	"scen": func(name string, s bluf.Scenario) any {
		return struct {
			Name string
			S    bluf.Scenario
		}{name, s}
	},
}).ParseFS(templateFS, "templates/report.html.tmpl"))

// HTML writes r as one self-contained HTML page: no scripts, no external
// assets. Citation markers link to the quoted sentence, which the page
// highlights (CSS :target) in the article text.
func HTML(w io.Writer, r *bluf.Report, opt Options) error {
	r = Normalize(r)
	data := struct {
		R       *bluf.Report
		Kind    string
		Explain bool
		Cited   map[string]bool
		Paras   [][]bluf.Sentence
	}{R: r, Kind: "Intelligence Report", Explain: opt.Explain, Cited: Cited(r), Paras: paragraphs(r.Sentences)}
	if len(r.Documents) > 0 {
		data.Kind = "Intelligence Brief"
	}
	return pageTemplate.Execute(w, data)
}

// paragraphs groups sentences by paragraph, in order. In a brief the
// sentences come from several documents; a change of document prefix
// starts a new group.
func paragraphs(ss []bluf.Sentence) [][]bluf.Sentence {
	var out [][]bluf.Sentence
	lastPara, lastDoc := -1, ""
	for _, s := range ss {
		doc := ""
		if i := strings.LastIndexByte(s.ID, ':'); i >= 0 {
			doc = s.ID[:i]
		}
		if len(out) == 0 || s.Para != lastPara || doc != lastDoc {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
		lastPara, lastDoc = s.Para, doc
	}
	return out
}

// cellClass is the CSS class of an ACH rating cell.
func cellClass(rating string) string {
	switch rating {
	case bluf.VeryConsistent:
		return "cc"
	case bluf.Consistent:
		return "c"
	case bluf.Inconsistent:
		return "i"
	case bluf.VeryInconsistent:
		return "ii"
	case bluf.Neutral:
		return "n"
	}
	return "na"
}
