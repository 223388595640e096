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
//     cues, overlap with the title, centrality and restatement.
//   - Hypotheses come from stated alternatives: "two options: X or Y",
//     "either X or Y", "choose between X and Y", "whether X", chains of
//     modal alternatives ("X could A. It could also B. There may also
//     be ..."), "more focused on A than on B", "A rather than B", and two
//     actors' contrasting lines. Without them, the thesis is set against
//     the strongest counter-claim the text cites, else against its
//     labelled null hypothesis.
//   - The ACH matrix rates every informative sentence against every
//     hypothesis from the hypothesis's distinctive words and concepts and
//     the sentence's polarity, weights rows by credibility and scores
//     weighted inconsistency (Open Source ACH); ICD 203 likelihood terms
//     follow the ranking, and a thin margin stays a roughly even chance.
//   - Confidence (ICD 203) is low, moderate or high from dating,
//     attribution, hedging, unsupported assumptions, diagnostic evidence
//     and the ACH margin; one document caps it at moderate.
//
// Output is deterministic: no clock, sorted iteration, and feature
// vectors summed in a fixed order. Assess takes about 4 ms for a
// 2,000-word article.
package assess
