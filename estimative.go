package bluf

// EstimativeTerms are the seven ICD 203 expressions of likelihood, from
// least to most likely. Their ranges: almost no chance 1–5%, very
// unlikely 5–20%, unlikely 20–45%, roughly even chance 45–55%, likely
// 55–80%, very likely 80–95%, almost certain 95–99%.
var EstimativeTerms = []string{
	"almost no chance", "very unlikely", "unlikely", "roughly even chance",
	"likely", "very likely", "almost certain",
}

// LikelihoodTerm maps a probability onto its ICD 203 estimative term.
func LikelihoodTerm(p float64) string {
	switch {
	case p < 0.05:
		return "almost no chance"
	case p < 0.2:
		return "very unlikely"
	case p < 0.45:
		return "unlikely"
	case p < 0.55:
		return "roughly even chance"
	case p < 0.8:
		return "likely"
	case p < 0.95:
		return "very likely"
	}
	return "almost certain"
}

// LikelihoodRank is the position of term in EstimativeTerms (0 for almost
// no chance ... 6 for almost certain), or -1 when it is not one of them.
func LikelihoodRank(term string) int {
	for i, t := range EstimativeTerms {
		if t == term {
			return i
		}
	}
	return -1
}
