package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"bluf"
)

// Options adjusts rendering.
type Options struct {
	// Explain adds the record of the page furniture that cleaning dropped.
	Explain bool
}

// Markdown writes r in the seven-section layout, with [s12] citation
// markers and an evidence appendix quoting every cited sentence.
func Markdown(w io.Writer, r *bluf.Report, opt Options) error {
	bw := bufio.NewWriter(w)
	m := &mdWriter{w: bw, r: r}
	m.render(opt)
	return bw.Flush()
}

type mdWriter struct {
	w *bufio.Writer
	r *bluf.Report
}

func (m *mdWriter) p(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

// cite renders citation markers: " [s3][s7]".
func cite(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteByte(' ')
	for _, id := range ids {
		b.WriteString("[" + id + "]")
	}
	return b.String()
}

func (m *mdWriter) item(prefix string, it bluf.Item) {
	m.p("%s%s%s\n", prefix, mdInline(it.Text), cite(it.Citations))
}

func (m *mdWriter) render(opt Options) {
	r := m.r
	title := r.Title
	if title == "" {
		title = "Untitled document"
	}
	kind := "Intelligence Report"
	if len(r.Documents) > 0 {
		kind = "Intelligence Brief"
	}
	m.p("# %s: %s\n\n", kind, mdInline(title))
	m.meta()

	m.p("## 1. BLUF (Bottom Line Up Front)\n\n")
	if r.BLUF.Text != "" {
		m.p("%s%s\n\n", mdInline(r.BLUF.Text), cite(r.BLUF.Citations))
	}
	if h := hypothesisByID(r, r.BLUF.Hypothesis); h != nil {
		m.p("**Most supported hypothesis:** %s: %s (%s).\n\n", h.ID, mdInline(h.Text), likelihoodPhrase(r.BLUF.Likelihood))
	}
	if r.Confidence.Level != "" {
		m.p("**Confidence:** %s. %s%s\n\n", capitalize(r.Confidence.Level), mdInline(r.Confidence.Text), cite(r.Confidence.Citations))
	}
	if r.BLUF.Action.Text != "" {
		m.p("**Recommended action:** %s%s\n\n", mdInline(r.BLUF.Action.Text), cite(r.BLUF.Action.Citations))
	}
	m.gaps("bluf")

	m.p("## 2. Competing Hypotheses\n\n")
	for i, h := range r.Hypotheses {
		m.p("%d. **%s** (%s; weighted inconsistency %s): %s%s\n", i+1, h.ID, likelihoodPhrase(h.Likelihood), num(h.Score), mdInline(h.Text), cite(h.Citations))
	}
	if len(r.Hypotheses) > 0 {
		m.p("\n")
	}
	m.matrix()
	m.gaps("hypotheses")

	m.p("## 3. Key Assumptions and Red Flags\n\n")
	m.p("**Key assumptions**\n\n")
	if len(r.Assumptions) == 0 {
		m.p("- None stated in the text.\n")
	}
	for _, a := range r.Assumptions {
		stated := "stated"
		if !a.Stated {
			stated = "unstated"
		}
		m.p("- %s%s (*%s*, %s", mdInline(a.Text), cite(a.Citations), ratingPhrase(a.Rating), stated)
		if a.Basis != "" {
			m.p("; %s", mdInline(a.Basis))
		}
		m.p(")\n")
	}
	m.p("\n**Red flags**\n\n")
	if len(r.RedFlags) == 0 {
		m.p("- None found in the text.\n")
	}
	for _, f := range r.RedFlags {
		m.p("- *%s*: %s%s\n", flagPhrase(f.Kind), mdInline(f.Text), cite(f.Citations))
	}
	m.p("\n")
	m.gaps("assumptions")

	m.p("## 4. Implications and Strategic Risks\n\n")
	for _, d := range groupRisks(r.Risks) {
		m.p("**%s**\n\n", domainPhrase(d.Domain))
		for _, rk := range d.Risks {
			m.item("- ", rk.Item)
		}
		m.p("\n")
	}
	m.gaps("risks")

	m.p("## 5. Recommendations and Outlook\n\n")
	m.p("**Recommendations**\n\n")
	if len(r.Recommendations) == 0 {
		m.p("- The text makes no prescription.\n")
	}
	for _, rec := range r.Recommendations {
		origin := ""
		if rec.Origin == "analytic" {
			origin = " *(analytic)*"
		}
		m.p("- %s%s%s\n", mdInline(rec.Text), cite(rec.Citations), origin)
	}
	if len(r.Indicators) > 0 {
		m.p("\n**Indicators to monitor**\n\n")
		for _, in := range r.Indicators {
			sc := ""
			if in.Scenario != "" {
				sc = " *(signals " + scenarioPhrase(in.Scenario) + ")*"
			}
			m.p("- %s%s%s\n", mdInline(in.Text), cite(in.Citations), sc)
		}
	}
	m.p("\n**Scenario projections**\n\n")
	for _, s := range []struct {
		name string
		sc   bluf.Scenario
	}{{"Best", r.Scenarios.Best}, {"Worst", r.Scenarios.Worst}, {"Most likely", r.Scenarios.MostLikely}} {
		if s.sc.Text == "" {
			m.p("- **%s:** the text projects no such outcome.\n", s.name)
			continue
		}
		m.p("- **%s:** %s%s\n", s.name, mdInline(s.sc.Text), cite(s.sc.Citations))
		for _, sp := range s.sc.Signposts {
			m.item("  - Signpost: ", sp)
		}
	}
	m.p("\n")
	m.gaps("recommendations")
	m.gaps("scenarios")

	m.p("## 6. Key Individuals and Entities\n\n")
	if len(r.Entities) == 0 {
		m.p("No named individuals or entities were found.\n\n")
	}
	for _, e := range r.Entities {
		m.p("- **%s** (%s", mdInline(e.Name), entityKind(e))
		if role := entityRole(e); role != "" {
			m.p("; %s", mdInline(role))
		}
		m.p("): %d mention%s%s\n", e.Mentions, plural(e.Mentions), cite(firstN(e.Sentences, 3)))
	}
	if len(r.Entities) > 0 {
		m.p("\n")
	}
	m.gaps("entities")

	m.p("## 7. Thematic Tags\n\n")
	if len(r.Tags) == 0 {
		m.p("No tag of the taxonomy is supported by the text.\n\n")
	} else {
		names := make([]string, len(r.Tags))
		for i, t := range r.Tags {
			names[i] = t.Name
		}
		m.p("%s\n\n", mdInline(strings.Join(names, ", ")))
	}
	m.gaps("tags")

	m.briefSections()
	m.events()
	m.evidence()
	if opt.Explain {
		m.dropped()
	}
}

func (m *mdWriter) meta() {
	r := m.r
	var lines []string
	if len(r.Documents) == 0 {
		lines = append(lines, "- **Source:** "+mdInline(orDash(r.Source)))
		if r.Publisher != nil {
			lines = append(lines, "- **Publisher:** "+mdInline(*r.Publisher))
		}
		pub := "undated (the source states no date)"
		if r.Published != nil {
			pub = *r.Published
		}
		lines = append(lines, "- **Published:** "+pub)
		if len(r.Authors) > 0 {
			lines = append(lines, "- **Authors:** "+mdInline(strings.Join(r.Authors, ", ")))
		}
	} else {
		lines = append(lines, fmt.Sprintf("- **Documents:** %d", len(r.Documents)))
	}
	lines = append(lines, fmt.Sprintf("- **Sentences analysed:** %d", countOwnSentences(r)))
	m.p("%s\n\n", strings.Join(lines, "\n"))
}

func countOwnSentences(r *bluf.Report) int { return len(r.Sentences) }

func (m *mdWriter) matrix() {
	a := m.r.ACH
	if len(a.Hypotheses) == 0 || len(a.Evidence) == 0 {
		return
	}
	m.p("**Analysis of Competing Hypotheses matrix**\n\n")
	m.p("| Evidence | Credibility |")
	for _, h := range a.Hypotheses {
		m.p(" %s |", h)
	}
	m.p(" Diagnosticity |\n|---|---|")
	for range a.Hypotheses {
		m.p("---|")
	}
	m.p("---|\n")
	for _, e := range a.Evidence {
		m.p("| %s: %s%s | %s |", e.ID, cell(shorten(e.Text, 110)), cite(e.Citations), e.Credibility)
		for _, h := range a.Hypotheses {
			rt := e.Ratings[h]
			if rt == "" {
				rt = bluf.NotApplicable
			}
			m.p(" %s |", rt)
		}
		m.p(" %s |\n", num(e.Diagnosticity))
	}
	m.p("| **Weighted inconsistency** (lower is more likely) | |")
	for _, h := range a.Hypotheses {
		m.p(" **%s** |", num(a.Scores[h]))
	}
	m.p(" |\n\n")
	if a.Method != "" {
		m.p("*Method:* %s\n\n", mdInline(a.Method))
	}
}

func (m *mdWriter) gaps(section string) {
	for _, g := range m.r.Gaps {
		if g.Section == section {
			m.p("> *Gap:* %s\n\n", mdInline(g.Text))
		}
	}
}

func (m *mdWriter) briefSections() {
	r := m.r
	if len(r.Agreements) > 0 || len(r.Contradictions) > 0 {
		m.p("## Where sources agree and contradict\n\n")
		for _, it := range r.Agreements {
			m.item("- *Agree:* ", it)
		}
		for _, it := range r.Contradictions {
			m.item("- *Contradict:* ", it)
		}
		m.p("\n")
	}
	if len(r.Changes) > 0 {
		m.p("## What changed\n\n")
		for _, it := range r.Changes {
			m.item("- ", it)
		}
		m.p("\n")
	}
	if len(r.Documents) > 0 {
		m.p("## Sources\n\n| ID | Publisher | Date | Weight | Story | Supports | Title |\n|---|---|---|---|---|---|---|\n")
		for _, d := range r.Documents {
			date := d.Published
			switch {
			case date == "":
				date = "undated"
			case d.DateBasis == "evidence":
				date += " (from evidence)"
			}
			m.p("| %s | %s | %s | %s | %s | %s | %s |\n", d.ID, cell(orDash(d.Publisher)), date, num(d.Weight), d.Story, strings.Join(d.Supports, ", "), cell(d.Title))
		}
		m.p("\n")
	}
	if len(r.Timeline) > 0 {
		m.p("## Timeline\n\n")
		for _, t := range r.Timeline {
			date := t.Date
			if date == "" {
				date = "undated"
			}
			m.p("- **%s**: %s%s\n", date, mdInline(t.Text), cite(t.Citations))
		}
		m.p("\n")
	}
}

func (m *mdWriter) events() {
	evs := m.r.Events
	if len(evs) == 0 || len(m.r.Documents) > 0 {
		return
	}
	m.p("## Events (CAMEO)\n\n| Date | Source | Event | Target | Goldstein | Modality | Sentence |\n|---|---|---|---|---|---|---|\n")
	for _, e := range evs {
		date := e.Date
		if date == "" {
			date = "undated"
		}
		m.p("| %s | %s | %s %s | %s | %s | %s | [%s] |\n", date, cell(actorName(e.Source)), e.Code, cell(e.Label), cell(actorName(e.Target)), num(e.Goldstein), e.Modality, e.Sentence)
	}
	m.p("\n")
}

func actorName(a bluf.ActorRef) string {
	switch {
	case a.Name == "" && a.Code == "":
		return "—"
	case a.Code == "":
		return a.Name
	case a.Name == "":
		return a.Code
	}
	return a.Name + " (" + a.Code + ")"
}

// evidence writes the appendix quoting every cited sentence, in order.
func (m *mdWriter) evidence() {
	cited := Cited(m.r)
	if len(cited) == 0 {
		return
	}
	m.p("## Evidence\n\n")
	for _, s := range m.r.Sentences {
		if cited[s.ID] {
			m.p("- [%s] %s\n", s.ID, quote(s.Text))
		}
	}
	m.p("\n")
}

func (m *mdWriter) dropped() {
	m.p("## Cleaning record\n\n")
	if len(m.r.Dropped) == 0 {
		m.p("Nothing was dropped.\n")
		return
	}
	for _, d := range m.r.Dropped {
		line := ""
		if d.Line > 0 {
			line = " (line " + strconv.Itoa(d.Line) + ")"
		}
		m.p("- %s%s: %s\n", d.Reason, line, quote(shorten(d.Text, 160)))
	}
	m.p("\n")
}

// Cited returns the set of sentence IDs cited anywhere in r.
func Cited(r *bluf.Report) map[string]bool {
	c := map[string]bool{}
	add := func(ids []string) {
		for _, id := range ids {
			c[id] = true
		}
	}
	add(r.BLUF.Citations)
	add(r.BLUF.Action.Citations)
	add(r.Confidence.Citations)
	for _, h := range r.Hypotheses {
		add(h.Citations)
	}
	for _, e := range r.ACH.Evidence {
		add(e.Citations)
	}
	for _, a := range r.Assumptions {
		add(a.Citations)
	}
	for _, f := range r.RedFlags {
		add(f.Citations)
	}
	for _, rk := range r.Risks {
		add(rk.Citations)
	}
	for _, rec := range r.Recommendations {
		add(rec.Citations)
	}
	for _, in := range r.Indicators {
		add(in.Citations)
	}
	for _, s := range []bluf.Scenario{r.Scenarios.Best, r.Scenarios.Worst, r.Scenarios.MostLikely} {
		add(s.Citations)
		for _, sp := range s.Signposts {
			add(sp.Citations)
		}
	}
	for _, e := range r.Entities {
		add(firstN(e.Sentences, 3))
	}
	for _, t := range r.Tags {
		add(t.Citations)
	}
	for _, it := range r.Agreements {
		add(it.Citations)
	}
	for _, it := range r.Contradictions {
		add(it.Citations)
	}
	for _, it := range r.Changes {
		add(it.Citations)
	}
	for _, t := range r.Timeline {
		add(t.Citations)
	}
	delete(c, "")
	return c
}

type riskGroup struct {
	Domain string
	Risks  []bluf.Risk
}

// domainOrder is the order domains are shown in.
var domainOrder = []string{"geopolitical", "security", "economic", "domestic_political", "cyber_information", "humanitarian"}

func groupRisks(rs []bluf.Risk) []riskGroup {
	by := map[string][]bluf.Risk{}
	for _, r := range rs {
		by[r.Domain] = append(by[r.Domain], r)
	}
	var out []riskGroup
	for _, d := range domainOrder {
		if len(by[d]) > 0 {
			out = append(out, riskGroup{d, by[d]})
			delete(by, d)
		}
	}
	var rest []string
	for d := range by {
		rest = append(rest, d)
	}
	sort.Strings(rest)
	for _, d := range rest {
		out = append(out, riskGroup{d, by[d]})
	}
	return out
}

func domainPhrase(d string) string {
	switch d {
	case "geopolitical":
		return "Geopolitical"
	case "security":
		return "Security and military"
	case "economic":
		return "Economic and energy"
	case "domestic_political":
		return "Domestic political"
	case "cyber_information":
		return "Cyber and information"
	case "humanitarian":
		return "Humanitarian"
	}
	return capitalize(strings.ReplaceAll(d, "_", " "))
}

func ratingPhrase(r string) string {
	switch r {
	case "solid":
		return "basically solid"
	case "caveats":
		return "correct with caveats"
	case "unsupported":
		return "unsupported"
	}
	return r
}

func flagPhrase(k string) string {
	switch k {
	case "contrary_evidence":
		return "Contrary evidence"
	case "hedged_sourcing":
		return "Hedged sourcing"
	case "unverified_source":
		return "Unverified source"
	case "absence":
		return "Telling absence"
	}
	return capitalize(strings.ReplaceAll(k, "_", " "))
}

func scenarioPhrase(s string) string {
	if s == "most_likely" {
		return "most likely"
	}
	return s
}

func likelihoodPhrase(l string) string {
	if l == "" {
		return "likelihood not assessed"
	}
	return l
}

func hypothesisByID(r *bluf.Report, id string) *bluf.Hypothesis {
	for i := range r.Hypotheses {
		if r.Hypotheses[i].ID == id {
			return &r.Hypotheses[i]
		}
	}
	return nil
}

func entityKind(e bluf.Entity) string {
	k := strings.ReplaceAll(string(e.Type), "_", " ")
	if e.Code != "" {
		k += ", " + e.Code
	}
	return k
}

func entityRole(e bluf.Entity) string {
	switch {
	case e.Role != "" && e.Affiliation != "" && !strings.Contains(e.Role, e.Affiliation):
		return e.Role + ", " + e.Affiliation
	case e.Role != "":
		return e.Role
	}
	return e.Affiliation
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func num(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// shorten cuts s to at most n bytes on a word boundary, adding an ellipsis.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// mdInline makes article text safe inside a Markdown line: no line breaks,
// no raw HTML, no accidental emphasis or links.
func mdInline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return mdEscaper.Replace(s)
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "|", `\|`,
)

// cell is mdInline for a table cell.
func cell(s string) string { return mdInline(s) }

func quote(s string) string { return "“" + mdInline(s) + "”" }
