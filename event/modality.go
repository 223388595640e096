package event

import "strings"

// modality classifies the verb at m from the words before it in its
// clause: negation, threats, demands, intentions and possibilities are
// not accomplished events.
func modality(toks []token, m *match, lo int) string {
	from := max(lo, m.first-6)
	for j := m.first - 1; j >= from; j-- {
		if toks[j].up == "," {
			from = j + 1
			break
		}
	}
	conflict := quadClass(rootOf(m.code)) >= 3
	var neg, threat, demand, intend, possible bool
	for j := from; j < m.first; j++ {
		u := toks[j].up
		next := ""
		if j+1 < len(toks) {
			next = toks[j+1].up
		}
		switch {
		case u == "NOT" || u == "NEVER" || strings.HasSuffix(u, "N'T") || u == "NEITHER" || u == "NOR" || u == "CANNOT" || u == "WITHOUT":
			neg = true
		case hasStem(u, "REFUS", "DECLIN", "FAIL", "DENI", "DENY", "AVOID", "REJECT", "HALT", "STOP", "CEAS", "SUSPEND"):
			neg = true
		case hasStem(u, "THREATEN", "VOW", "WARN", "PLEDG", "PROMIS", "SWOR", "SWEAR") && cue(next):
			if conflict {
				threat = true
			} else {
				intend = true
			}
		case hasStem(u, "DEMAND", "URG", "CALL", "ASK", "PRESS", "INSIST", "APPEAL") && (cue(next) || next == "ON" || next == "FOR" || j+2 < m.first):
			demand = true
		case hasStem(u, "PLAN", "INTEND", "AIM", "SEEK", "SOUGHT", "EXPECT", "PREPAR", "PROPOS", "WANT", "DECID", "OFFER", "HOPE", "AGREE", "SCHEDUL", "COMMITTED", "ATTEMPT", "TRY", "TRIE") && next == "TO":
			intend = true
		case u == "WILL" || u == "SHALL" || u == "'LL" || u == "GOING":
			intend = true
		case (u == "NEED" || u == "NEEDS" || u == "OUGHT" || u == "HAVE" || u == "HAS") && next == "TO":
			// "need to decide", "has to act": a prescription.
			possible = true
		case u == "COULD" || u == "MAY" || u == "MIGHT" || u == "WOULD" || u == "CAN" || u == "SHOULD" || u == "MUST" ||
			u == "POSSIBLY" || u == "LIKELY" || u == "UNLIKELY" || u == "PERHAPS" || u == "MAYBE" || hasStem(u, "RISK", "CONSIDER", "THREATEN"):
			possible = true
		}
	}
	// "warned the US against selling arms": what one warns against is
	// demanded not to happen.
	if m.first >= 1 && toks[m.first-1].up == "AGAINST" && strings.HasSuffix(toks[m.first].up, "ING") {
		demand = true
	}
	// "Chad denied that its soldiers had crossed": what is denied is
	// not asserted.
	if lo >= 2 && toks[lo-1].up == "THAT" && hasStem(toks[lo-2].up, "DENI", "DENY", "REJECT", "DISMISS", "REFUT") {
		neg = true
	}
	// "said it would not attack": a pattern that codes the reported
	// act takes the modality of the words it spans.
	if m.pat != nil {
		for j := m.last + 1; j < m.patternEnd && j < len(toks); j++ {
			switch u := toks[j].up; {
			case u == "NOT" || u == "NEVER" || strings.HasSuffix(u, "N'T") || u == "CANNOT":
				neg = true
			case u == "WOULD" || u == "COULD" || u == "MAY" || u == "MIGHT" || u == "CAN" || u == "SHOULD":
				possible = true
			case u == "WILL" || u == "SHALL" || u == "'LL":
				intend = true
			}
		}
	}
	// An infinitive names a goal: "efforts to defeat ISIL", "in order
	// to expel". Verbs of doing ("continued to", "managed to") keep it
	// asserted.
	if m.first >= 2 && toks[m.first-1].up == "TO" && !doneVerb(toks[m.first-2].up) {
		intend = true
	}
	// "to degrade and defeat", "to consolidate influence and
	// counterbalance": the later verb shares the "to".
	if j := m.first - 1; j >= 2 && (toks[j].up == "AND" || toks[j].up == "OR") {
		for k := j - 2; k >= 1 && k >= j-4; k-- {
			if toks[k].punct {
				break
			}
			if toks[k].up == "TO" && !doneVerb(toks[k-1].up) {
				intend = true
				break
			}
		}
	}
	// "a safe haven to plot external attacks", "plans to launch new
	// strikes": an event noun that is the object of an infinitive is a
	// goal.
	if m.nominal || nounForm(toks[m.vi].up, m.form) {
		for j := m.first - 2; j >= 1 && j >= m.first-4; j-- {
			if toks[j].punct {
				break
			}
			if v := toks[j+1]; toks[j].up == "TO" && looksVerb(v.up) && !isCapitalized(v.text) && !strings.HasSuffix(v.up, "ED") && !strings.HasSuffix(v.up, "ING") && !doneVerb(toks[j-1].up) && !prepositionalTo[toks[j-1].up] {
				intend = true
				break
			}
		}
	}
	// An event noun in a list after a modal: "could lead to further
	// strikes, calls for withdrawal, and militia attacks".
	if m.nominal {
		for j := lo; j < m.first; j++ {
			switch toks[j].up {
			case "COULD", "MAY", "MIGHT", "WOULD", "CAN":
				possible = true
			}
		}
	}
	// A conditional clause: "If militias attack ...".
	if lo < len(toks) && lo <= m.first {
		first := toks[0].up
		if lo > 0 {
			first = toks[lo-1].up
		}
		if first == "IF" || first == "UNLESS" || toks[0].up == "IF" || toks[0].up == "UNLESS" || toks[0].up == "SHOULD" {
			possible = true
		}
	}
	// "Striking Iranian assets may not appease Tehran": a gerund as the
	// subject of a clause names a course of action, not an act.
	if gerundSubject(toks, m) {
		possible = true
	}
	// "faces a choice: deepen its reliance on Russia or reopen talks":
	// alternatives are options, not acts.
	if alternatives(toks, m.first) {
		possible = true
	}
	switch {
	case neg:
		return Negated
	case threat:
		return Threatened
	case demand:
		return Demanded
	case possible:
		return Possible
	case intend:
		return Intended
	}
	return Asserted
}

// looksVerb reports a word that is not a determiner-like or function
// word after "to" ("to counter", not "to the", "to Iraq").
func looksVerb(u string) bool {
	if determiners[u] || locative[u] || isDigits(u) {
		return false
	}
	switch u {
	case "BE", "HAVE", "DO", "HELP", "MAKE", "KEEP":
		return true
	}
	return !strings.HasSuffix(u, "S") || strings.HasSuffix(u, "SS")
}

// doneVerb reports verbs after which an infinitive happened: "continued
// to attack", "managed to seize", "went on to sign".
func doneVerb(u string) bool {
	return hasStem(u, "CONTINU", "MANAG", "BEGAN", "BEGIN", "BEGUN", "START", "PROCEED", "USED", "ON", "HAPPEN", "RESUM", "SUCCEED", "CAME", "RUSH")
}

// cue reports a word that follows a verb of saying, threatening or
// planning when a clause about the event comes next.
func cue(next string) bool {
	switch next {
	case "TO", "THAT", "IT", "THEY", "HE", "SHE", "WOULD", "WILL", "TO,":
		return true
	}
	return false
}

func hasStem(u string, stems ...string) bool {
	for _, s := range stems {
		if strings.HasPrefix(u, s) {
			return true
		}
	}
	return false
}

// alternatives reports a verb among options: after "choice", "option",
// "either" or "choose" with an "or" in the sentence.
func alternatives(toks []token, i int) bool {
	opt := false
	for j := 0; j < i; j++ {
		switch toks[j].up {
		case "CHOICE", "CHOICES", "OPTION", "OPTIONS", "DILEMMA", "ALTERNATIVE", "ALTERNATIVES", "EITHER", "CHOOSE", "CHOOSING", "TRADE-OFF":
			opt = true
		}
	}
	if !opt {
		return false
	}
	for _, t := range toks {
		if t.up == "OR" {
			return true
		}
	}
	return false
}

// gerundSubject reports a sentence that opens with the verb at m in -ing
// and goes on, before any comma, to a modal or a form of "be": the
// gerund is the subject ("Striking X may not deter Y", "Attacking Z is
// a red line"), not a participle of the subject's act.
func gerundSubject(toks []token, m *match) bool {
	if m.first != 0 || !strings.HasSuffix(toks[m.vi].up, "ING") {
		return false
	}
	for j := m.last + 1; j < len(toks); j++ {
		switch toks[j].up {
		case ",", ";", ":":
			return false
		case "MAY", "MIGHT", "COULD", "WOULD", "CAN", "WILL", "SHOULD", "MUST", "IS", "WAS", "REMAINS", "RISKS":
			return true
		}
	}
	return false
}

// prepositionalTo lists words after which "to" is a preposition: "in
// response to", "led to", "due to".
var prepositionalTo = map[string]bool{
	"RESPONSE": true, "DUE": true, "OWING": true, "LED": true, "LEAD": true, "LEADS": true, "LEADING": true,
	"ACCORDING": true, "THANKS": true, "ADDITION": true, "REGARD": true, "RESPECT": true, "CONTRARY": true,
	"PRIOR": true, "NEXT": true, "CLOSE": true, "RETURN": true, "RETURNED": true, "RESPONDED": true, "REACTED": true,
	"OPPOSITION": true, "OPPOSED": true, "SUBJECT": true, "EXPOSED": true, "CONTRIBUTED": true,
}
