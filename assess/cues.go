package assess

// Cue lexicons. They are general English and general political vocabulary,
// written for news and analysis from any region; none is keyed to one
// article's wording. Phrases are matched on stems (see stem), so one
// inflection stands for all.

// Role cue values.
const (
	cueModal       = "modal"       // could, might, may, would
	cueWill        = "will"        // will, is set to, is poised to
	cueLikely      = "likely"      // likely, probably
	cueUnlikely    = "unlikely"    // unlikely, improbable
	cueNecessity   = "necessity"   // should, must, needs to
	cueCondition   = "condition"   // if, unless, as long as, depends on
	cueHedgeSource = "hedge"       // reportedly, purportedly, allegedly
	cueUnverified  = "unverified"  // leaked, unverified, anonymous
	cueAbsence     = "absence"     // has not, no evidence, remains unclear
	cueContrast    = "contrast"    // however, but, on the other hand
	cueJudgment    = "judgment"    // seems, appears, clearly, arguably
	cueAttribution = "attribution" // said, according to, told
	cueAlways      = "always"      // will always, never
	cueAlternative = "alternative" // options, choices, crossroads, dilemma
)

var roleLexicon = newLexicon(merge(
	listLexicon(cueModal, "could", "might", "may", "would", "can", "possibly", "potentially", "perhaps", "risk", "risks", "threaten to", "threatens to", "prospect", "prospects", "possibility", "potential", "lead to", "trigger", "may also"),
	listLexicon(cueWill, "will", "is set to", "are set to", "is poised to", "are poised to", "is expected to", "are expected to", "is going to", "are going to", "is about to", "plans to", "intends to"),
	listLexicon(cueLikely, "likely", "probably", "most likely", "almost certainly", "probable", "expected"),
	listLexicon(cueUnlikely, "unlikely", "improbable", "highly unlikely", "not likely", "farfetched", "far-fetched", "doubtful", "remote chance"),
	listLexicon(cueNecessity, "should", "must", "need to", "needs to", "needs a", "need a", "needs an", "need an", "requires a", "ought to", "has to", "have to", "it is worth", "it is time", "it is essential", "it is vital", "it is imperative", "it is crucial", "is essential", "is imperative", "is vital", "would do well", "can hope for", "recommend", "call for", "calls for", "urge", "urges", "has a responsibility", "has a special responsibility", "have a responsibility", "is incumbent", "an obligation to", "recommends", "urge", "urges", "call on", "calls on", "the onus"),
	listLexicon(cueCondition, "if", "unless", "as long as", "so long as", "depends on", "depend on", "dependent on", "contingent on", "conditional on", "provided that", "given", "assuming that", "on condition", "only if", "in case", "in the event", "hinges on", "hinge on", "were to"),
	listLexicon("ifnot", "if not", "even if not", "if anything", "if ever", "as if", "even as"),
	listLexicon(cueHedgeSource, "reportedly", "purportedly", "allegedly", "according to some estimates", "some estimates", "by some accounts", "is said to", "are said to", "was said to", "were said to", "claimed", "claims", "rumoured", "rumored", "it is believed", "is thought to", "are thought to", "unconfirmed reports", "could not be independently verified", "cannot be independently verified", "could not be verified", "supposedly", "apparently"),
	listLexicon(cueUnverified, "leaked", "leak", "leaks", "unverified", "unconfirmed", "anonymous", "anonymity", "unnamed", "on condition of anonymity", "sources said", "a source said", "sources familiar", "people familiar", "social media posts", "provenance"),
	listLexicon(cueAbsence, "has not", "have not", "had not", "has yet to", "have yet to", "no evidence", "remains unclear", "remain unclear", "it is unclear", "is unclear", "unclear", "not yet", "no sign", "no signs", "no indication", "lacks", "lack", "lacking", "declined to", "refused to", "remained silent", "remains silent", "has been silent", "no comment", "remains unknown", "remain unknown", "is unknown", "are unknown", "yet to"),
	listLexicon(cueContrast, "however", "but", "on the other hand", "in contrast", "by contrast", "yet", "although", "though", "despite", "whereas", "nevertheless", "nonetheless", "instead", "rather than", "still", "conversely", "that said"),
	listLexicon(cueJudgment, "seems", "seem", "appears", "appear", "clearly", "arguably", "undoubtedly", "certainly", "in fact", "indeed", "ultimately", "the problem", "the irony", "the key", "the real", "the best", "the most", "the only", "it is difficult", "is difficult", "is clear", "it is clear", "this means", "this suggests", "suggests", "demonstrates", "shows", "underscores", "illustrates", "highlights", "thus", "therefore", "wiser", "less risky", "more risky", "riskier", "folly", "mistake", "neither", "viable", "inevitable", "the reality",
		"i believe", "we believe", "i think", "we think", "in my view", "in our view", "we assess", "we judge", "my argument", "the lesson", "the upshot", "the bottom line", "in short", "in sum",
		"unambiguous", "unmistakable", "undeniable", "no doubt", "obviously", "plainly", "of course", "the truth is", "the point is", "what matters", "the danger", "much more than", "in other words", "the question is", "the answer is", "make no mistake", "i don't see", "i do not see"),
	listLexicon(cueAttribution, "said", "say", "says", "according to", "told", "stated", "announced", "noted", "reported", "observed", "claimed", "insisted", "warned", "added", "tweeted", "wrote", "in a statement", "spokesperson", "spokesman", "spokeswoman"),
	listLexicon(cueAlways, "will always", "will never", "would never", "can never", "always will", "inevitably", "inevitable", "certain to", "bound to"),
	listLexicon(cueAlternative, "options", "option", "choices", "choice", "alternatives", "crossroads", "dilemma", "dilemmas", "scenarios", "paths", "pathways", "fork in the road", "two ways", "either"),
))

// Valence of evaluative words: positive (+) or negative (-) judgments of
// a course of action or outcome.
const (
	valPos = "+"
	valNeg = "-"
)

var valenceLexicon = newLexicon(merge(
	listLexicon(valPos, "likely", "probably", "wiser", "wise", "better", "safer", "safe", "viable", "successful", "success", "succeed", "opportunity", "opportunities",
		"benefit", "benefits", "beneficial", "preserve", "preserving", "save", "saving", "protect", "rescue", "strengthen", "improve", "improved", "improvement", "progress", "promising", "advantage",
		"effective", "sensible", "prudent", "stable", "stability", "constructive", "welcome", "positive", "pragmatic", "credible", "feasible",
		"less risky", "less dangerous", "less costly", "preferable", "best", "healthy", "resilience", "resilient", "secure", "calm", "peaceful",
		"logic", "gain", "gains", "support for", "able to", "can afford", "easier", "cheaper", "restraint"),
	listLexicon(valNeg, "unlikely", "improbable", "farfetched", "far-fetched", "risky", "riskier", "dangerous", "harm", "harmful", "damage", "damaging", "costly",
		"fail", "fails", "failure", "failed", "folly", "extreme", "prohibitive", "difficult", "dim",
		"collapse", "collapsing", "worse", "worst", "ineffective", "counterproductive", "destructive", "mistake", "misguided", "dead end",
		"untenable", "unsustainable", "backlash", "instability", "chaos", "disaster", "catastrophic", "catastrophe", "costlier", "harder", "more risky", "more dangerous",
		"less likely", "problem", "problems", "threat", "hostage", "impunity", "little choice", "strain", "strains", "doubt", "doubts",
		"isolation", "isolated", "bleak", "grim"),
))

// reversers flip the polarity of the concept that follows them within a
// few tokens: "abandon the talks", "not side with", "prevent escalation".
var reversers = newLexicon(listLexicon("rev",
	"not", "no", "never", "without", "abandon", "abandons", "abandoning", "end", "ending", "ends", "lose", "losing", "reject", "rejects", "rejected",
	"prevent", "prevents", "preclude", "precludes", "avoid", "avoids", "avoiding", "halt", "halts", "stop", "stops", "oppose", "opposes", "resist", "resists",
	"refuse", "refuses", "refused", "unwilling", "unable", "neither", "nor", "against", "instead of", "rather than", "undermine", "undermines", "abandoned", "lack", "lacks",
	"threaten", "threatens", "threatened", "jeopardize", "jeopardise", "jeopardizes", "jeopardises",
))

// concepts group general political vocabulary so that paraphrases meet:
// "stick with the status quo" and "muddle through" are both continuity.
var conceptLexicon = newLexicon(merge(
	listLexicon("#continuity", "status quo", "muddle through", "muddling through", "muddle", "continuity", "continue", "continuing", "maintain", "maintaining", "preserve", "preserving", "persist", "remain", "business as usual", "hold steady", "stay the course", "keep"),
	listLexicon("#rupture", "rupture", "sever", "severing", "severed", "break", "breakdown", "break with", "cut ties", "split", "walk away", "terminate", "termination", "end relations", "break off relations", "breaking point", "collapse of relations", "downgrade", "divorce"),
	listLexicon("#withdrawal", "withdraw", "withdrawal", "pull out", "pullout", "expel", "expulsion", "exit", "drawdown", "draw down", "leave", "departure", "evacuate", "evacuation", "retreat"),
	listLexicon("#alignment", "side with", "align", "alignment", "aligned", "ally with", "alliance", "bloc", "closer to", "join", "embrace", "take sides", "pivot", "throw in its lot"),
	listLexicon("#neutrality", "neutral", "neutrality", "balance", "balancing", "middle ground", "hedge", "hedging", "equidistance", "non-aligned", "nonaligned", "even-handed", "honest broker"),
	listLexicon("#escalation", "escalate", "escalation", "escalating", "retaliate", "retaliation", "retaliatory", "tit-for-tat", "spiral", "confrontation", "counterattack", "counter-strike", "reprisal", "flare up", "all-out war", "wider war"),
	listLexicon("#deescalation", "de-escalate", "de-escalation", "deescalation", "de-escalating", "truce", "ceasefire", "cease-fire", "armistice", "calm", "lull", "restraint", "détente", "detente", "defuse", "stand down"),
	listLexicon("#cooperation", "cooperate", "cooperation", "partnership", "partner", "engagement", "engage", "collaborate", "collaboration", "rapprochement", "normalization", "normalisation", "normalize", "normalise", "agreement", "deal", "accord", "pact", "ties", "relationship"),
	listLexicon("#negotiation", "negotiate", "negotiation", "negotiations", "talks", "dialogue", "diplomacy", "diplomatic solution", "peace process", "mediation", "summit", "deal",
		"channel", "back channel", "contacts", "outreach"),
	listLexicon("#influence", "influence", "dominance", "dominate", "dominates", "dominating", "control", "hegemony", "sway", "leverage", "grip", "foothold", "penetrate", "penetrated", "infiltrate",
		"ascendancy", "ascendant", "upper hand", "hold sway", "call the shots", "dictate", "dictating", "determining the direction", "in charge", "pervasive"),
	// Paired opposites (see antonyms): evidence naming one bears against
	// a hypothesis that names the other.
	listLexicon("#strengthen", "strengthen", "strengthens", "strengthening", "bolster", "bolsters", "reinforce", "reinforces", "deepen", "deepens", "deepening",
		"double down", "doubles down", "doubling down", "intensify", "intensifies", "step up", "steps up", "consolidate", "consolidates", "consolidating",
		"gain ground", "gains ground", "tighten", "tightens", "empower", "empowering", "empowered", "empowers"),
	listLexicon("#weaken", "weaken", "weakens", "weakening", "weakened", "erode", "erodes", "eroding", "erosion", "decline", "declines", "declining",
		"diminish", "diminished", "lose ground", "losing ground", "wane", "waning", "setback", "setbacks", "sideline", "sidelined", "marginalise", "marginalize", "marginalised", "marginalized"),
	listLexicon("#success", "succeed", "succeeds", "success", "successful", "victory", "prevail", "prevails", "achieve", "achieved", "effective"),
	listLexicon("#failure", "fail", "fails", "failed", "failure", "failing", "defeat", "defeated", "ineffective", "falter", "faltering", "poor record"),
	listLexicon("#confrontation", "confront", "confronts", "confrontation", "hostility", "hostile", "standoff", "stand-off", "clash", "clashes", "rivalry"),
	listLexicon("#stability", "stability", "stable", "stabilize", "stabilise", "stabilizing", "order"),
	listLexicon("#collapse", "collapse", "implode", "disintegrate", "fragmentation", "fragment", "failed state", "falling apart", "civil war", "breakdown of order"),
	listLexicon("#sanctions", "sanction", "sanctions", "embargo", "blacklist", "asset freeze", "tariff", "tariffs", "export controls"),
	listLexicon("#attack", "attack", "attacks", "strike", "strikes", "airstrike", "air strike", "bombing", "shelling", "raid", "offensive", "assault", "incursion", "drone strike", "missile"),
	listLexicon("#dependence", "dependence", "dependent", "reliance", "rely on", "dependency"),
	listLexicon("#independence", "independence", "independent", "self-sufficiency", "sovereignty", "autonomy", "diversify", "diversification", "reduce its dependence", "reducing its dependence"),
	listLexicon("#reform", "reform", "reforms", "overhaul", "modernize", "modernise", "restructure"),
	listLexicon("#regime_change", "coup", "overthrow", "ousting", "ouster", "toppled", "regime change", "seize power", "junta"),
	listLexicon("#election", "election", "elections", "vote", "ballot", "polls", "referendum"),
	listLexicon("#protest", "protest", "protests", "demonstration", "demonstrations", "unrest", "uprising", "riot", "riots"),
	listLexicon("#invasion", "invade", "invasion", "blockade", "occupy", "occupation", "annex", "annexation", "quarantine", "incursion", "incursions", "seize", "seizure", "land grab", "cross the border"),
))

// antonyms pairs concepts that exclude each other.
var antonyms = map[string]string{
	"#escalation": "#deescalation", "#deescalation": "#escalation",
	"#strengthen": "#weaken", "#weaken": "#strengthen",
	"#success": "#failure", "#failure": "#success",
	"#stability": "#collapse", "#collapse": "#stability",
	"#alignment": "#neutrality", "#neutrality": "#alignment",
	"#dependence": "#independence", "#independence": "#dependence",
	"#continuity": "#rupture", "#rupture": "#continuity",
	"#cooperation": "#confrontation", "#confrontation": "#cooperation",
}

// harmLexicon names harmful developments; with a modal it makes a risk.
var harmLexicon = newLexicon(listLexicon("harm",
	"escalate", "escalation", "escalating", "collapse", "collapsing", "sanction", "sanctions", "attack", "attacks", "strike", "strikes", "instability", "destabilize", "destabilise",
	"displacement", "displaced", "war", "conflict", "violence", "violent", "crisis", "breakdown", "rupture", "harm", "damage", "threat", "threaten", "threatens",
	"kill", "killed", "killing", "casualties", "famine", "starvation", "hunger", "outbreak", "retaliation", "retaliate", "spiral", "confrontation", "insurgency",
	"terrorism", "terrorist", "coup", "unrest", "protests", "riots", "repression", "crackdown", "backlash", "isolation", "embolden", "intimidate", "infiltrate",
	"invasion", "blockade", "bombing", "shelling", "massacre", "atrocities", "abuses", "recession", "inflation", "default", "shortage", "shortages", "disrupt", "disruption",
	"smuggling", "cyberattack", "hack", "disinformation", "propaganda", "withdrawal", "expel", "losing", "lose", "abandon", "undermine", "hostage", "fighting", "clashes",
	"refugees", "humanitarian catastrophe", "siege", "use of force", "incursion", "incursions", "annex", "annexation", "invade", "nightmare", "implosion", "implode", "unravel", "damaged", "turmoil", "quagmire", "bloodshed", "partition", "mutiny", "looting", "insecurity", "jihadist", "extremist", "hardship", "impunity", "storming", "spillover", "fragmentation",
))

// benefitLexicon names favourable developments, for the best case.
var benefitLexicon = newLexicon(listLexicon("benefit",
	"preserve", "preserving", "stability", "stabilize", "stabilise", "cooperation", "progress", "succeed", "successful", "success", "peace", "ceasefire", "truce",
	"de-escalate", "de-escalation", "de-escalating", "agreement", "deal", "resolve", "resolution", "opportunity", "expand", "expanded", "growth", "recovery", "reconciliation",
	"strengthen", "improve", "improved", "resilience", "independence", "investment", "reform", "rapprochement", "normalization", "normalisation", "dialogue", "engagement",
	"prosperity", "calm", "restraint", "partnership", "integration", "relief", "aid", "reopen", "reopening", "mediate", "solution", "settlement", "transition",
	"negotiate", "negotiates", "negotiated", "negotiation", "negotiations", "talks",
))

// Risk domains and the words that put a sentence in them.
var domainLexicon = newLexicon(merge(
	listLexicon("geopolitical", "influence", "alliance", "regional", "relations", "relationship", "diplomatic", "diplomacy", "sovereignty", "coalition", "hegemony", "power", "rivalry", "great power", "ally", "allies", "partner", "partners", "foreign policy", "bloc", "embassy", "ambassador", "strategic", "credibility", "interests", "détente", "detente", "tensions", "talks", "negotiations", "deal", "regional", "partition", "interference"),
	listLexicon("security", "attack", "attacks", "strike", "strikes", "militia", "militias", "military", "troops", "forces", "war", "violence", "terror", "terrorism", "terrorist", "insurgent", "insurgents", "insurgency", "retaliation", "escalation", "armed", "weapons", "missile", "missiles", "drone", "drones", "jihadist", "security", "fighting", "clashes", "combat", "army", "bombing", "killed", "kill", "nuclear", "invasion", "blockade"),
	listLexicon("economic", "economy", "economic", "sanction", "sanctions", "oil", "trade", "investment", "energy", "revenue", "inflation", "currency", "market", "markets", "gas", "electricity", "gdp", "debt", "exports", "imports", "prices", "budget", "business", "businesses", "smuggling", "tariff", "tariffs", "supply chain", "shipping", "financial"),
	listLexicon("domestic_political", "election", "elections", "parliament", "legitimacy", "protest", "protests", "coup", "party", "parties", "opposition", "corruption", "reform", "government formation", "cabinet", "politicians", "political", "junta", "constitution", "public opinion", "domestic", "intimidate", "infiltrate", "embezzling", "unrest", "crackdown"),
	listLexicon("cyber_information", "cyber", "cyberattack", "hack", "hacking", "disinformation", "misinformation", "propaganda", "narrative", "information operations", "surveillance", "internet", "online", "social media", "espionage", "intelligence operations"),
	listLexicon("humanitarian", "civilians", "civilian", "displacement", "displaced", "refugees", "refugee", "famine", "hunger", "starvation", "humanitarian", "casualties", "disease", "cholera", "aid", "hardship", "massacre", "atrocities", "human rights", "abuses", "children", "looting"),
))

// positiveOutcome and negativeOutcome mark whether a stated alternative
// reads as a favourable or a harmful course.
var evaluativeAdjectives = wordSet(`wiser better safer riskier worse costlier cheaper easier harder preferable viable sensible prudent
dangerous risky reckless costly effective ineffective`)
