// Package text splits a cleaned body into paragraphs and sentences with
// byte offsets. It is pure: no I/O, no global state beyond read-only
// tables.
//
// Sentence splitting is rule-based: a sentence ends at ".", "!", "?",
// "…" (and the Arabic question mark) followed by space and a word that
// can open a sentence, and at the full stops of scripts written without
// spaces (。！？ and the Devanagari danda). Titles ("Gen.", "Dr."),
// initials ("C. Anthony"), dotted acronyms ("U.S."), numbers ("No. 5",
// "3.94"), list labels ("1. BLUF") and the abbreviations of AP style keep
// a sentence whole; closing quotes and brackets stay with the sentence
// they close. Inside a paragraph, a line break ends a sentence when the
// line is complete or short (a heading, a list item) and not when the
// next line runs on in lower case.
package text
