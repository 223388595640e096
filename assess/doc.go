// Package assess writes the analytic sections of a report: the BLUF,
// competing hypotheses with an ACH matrix, the Key Assumptions Check and
// red flags, risks by domain, recommendations, indicators and scenarios,
// the confidence level, and thematic tags.
//
// Everything it writes is grounded: each item carries the IDs of the
// sentences it rests on; its text is taken from those sentences (lightly
// normalised: "the army could retake the town" becomes "The army retakes
// the town") or is analyst framing that only restates them ("Watch for:
// ..."); and a section the text does not support is left empty with a
// Gap saying so. The methods are general, with nothing keyed to
// particular articles:
//
//   - Sentences get roles from cue lexicons (cues.go): judgment,
//     prescription, condition, hedged or unverified sourcing, absence,
//     forecast, contrast, attribution. Evaluative polarity is read per
//     clause, flipped by negation and by reversal verbs ("abandon the
//     talks"), and explicit comparisons ("X seems less risky than
//     Y") favour one side.
//   - The thesis is scored on position (lead and conclusion), judgment
//     cues, overlap with the title, centrality and restatement. In a
//     piece that argues (the writer speaks in the first person, or a
//     fifth of the unattributed sentences judge), a plain report of
//     events loses half its position weight and the writer's own
//     judgment gains; quotations, poll results ("a new poll shows"),
//     questions without their question mark and sentences that open
//     with a pronoun are no thesis.
//   - Hypotheses come from stated alternatives: "two options: X or Y",
//     "either X or Y", "choose between X and Y", "whether X", chains of
//     modal alternatives ("X could A. It could also B. There may also
//     be ..."), "more focused on A than on B", "A rather than B", and two
//     actors' contrasting lines. Plain news adds its own (news.go): a
//     claim and its denial ("A said X" ... "B denied it, saying Y"),
//     the candidates a text names when responsibility is unclear,
//     diverging forecasts ("analysts expect X, while others warn Y"),
//     and a stated next step against its stated reversal. Without any,
//     the thesis is set against the strongest counter-claim the text
//     cites, else against its labelled null hypothesis.
//   - A hypothesis cut from a sentence stands alone: a leading
//     conjunction or "also" goes, and a clause opening with a verb gets
//     back its sentence's subject ("keep its prices stable" -> "an
//     importer keeps its prices stable"), else the whole sentence.
//   - A claim and its denial are contradictories: the denial's ratings
//     mirror the claim's. A row bears on the claim only by restating
//     its predicate (consistent; very consistent when it reports
//     confirmation) or negating it (a negation near the claim's words,
//     a denial naming it: inconsistent; calling it false: very
//     inconsistent); sharing its place or actors is no evidence.
//   - The ACH matrix rates every informative sentence against every
//     hypothesis from the hypothesis's distinctive words and concepts
//     (with synonyms and paired opposites: strengthen/weaken,
//     escalation/de-escalation ...) and the sentence's polarity
//     (negation, reversal verbs before the concept, "stalled" or
//     "frozen" after it). A fact the hypothesis predicts is consistent
//     with it, whatever the author thinks of it; within a contrast the
//     text draws itself, it weighs against the other side. Rows that
//     bear on no hypothesis are kept (Heuer's step 4) and listed last.
//     Rows are weighted by credibility and scored by weighted
//     inconsistency (Open Source ACH); ICD 203 likelihood terms follow
//     the ranking, and a thin margin stays a roughly even chance.
//   - Recommendations are prescriptions ("should", "must", "calls
//     on"), never importance ("X is vital to"), conditional necessity
//     ("would have to"), a court's ruling or a poll share; an actor's
//     quoted prescription, or one continuing a quotation, names the
//     speaker ("(per ...)").
//   - Key assumptions are premises only (conditionals, dependences,
//     absolutes; never prescriptions or the hypotheses themselves); the
//     basis says what would undermine each, "solid" when another
//     sentence reports the premise as fact, "unsupported" when one
//     reports its opposite.
//   - Scenarios: the text's own most likely outcome is the most likely
//     scenario; the best case must be a favourable development the text
//     states (else a gap); indicators signal the scenario they match.
//     Item texts never repeat the label the renderer prints.
//   - Confidence (ICD 203) is low, moderate or high from dating,
//     attribution, hedging, unsupported assumptions, diagnostic evidence
//     and the ACH margin; one document caps it at moderate.
//
// Output is deterministic: no clock, sorted iteration, and feature
// vectors summed in a fixed order. Assess takes about 4 ms for a
// 2,000-word article.
package assess
