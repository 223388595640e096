package event

// labels names the CAMEO roots and the codes most often seen in news.
var labels = map[string]string{
	"01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
	"04": "Consult", "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation",
	"07": "Provide aid", "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove",
	"12": "Reject", "13": "Threaten", "14": "Protest", "15": "Exhibit force posture",
	"16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight",
	"20":  "Use unconventional mass violence",
	"010": "Make statement", "012": "Make pessimistic comment", "013": "Make optimistic comment",
	"015": "Acknowledge or claim responsibility", "018": "Make empathetic comment",
	"020": "Make an appeal or request", "030": "Express intent to cooperate",
	"036": "Express intent to meet or negotiate", "040": "Consult", "042": "Make a visit",
	"043": "Host a visit", "046": "Engage in negotiation", "050": "Engage in diplomatic cooperation",
	"051": "Praise or endorse", "057": "Sign formal agreement", "060": "Engage in material cooperation",
	"061": "Cooperate economically", "062": "Cooperate militarily", "070": "Provide aid",
	"071": "Provide economic aid", "072": "Provide military aid", "080": "Yield",
	"0874": "Retreat or surrender militarily", "087": "De-escalate military engagement",
	"100": "Demand", "110": "Disapprove", "111": "Criticize or denounce", "112": "Accuse",
	"120": "Reject", "130": "Threaten", "138": "Threaten with military force",
	"140": "Engage in political dissent", "141": "Demonstrate or rally", "150": "Demonstrate military or police power",
	"154": "Mobilize or increase armed forces", "160": "Reduce relations",
	"161": "Reduce or break diplomatic relations", "163": "Impose embargo, boycott, or sanctions",
	"170": "Coerce", "172": "Impose administrative sanctions", "173": "Arrest, detain, or charge",
	"175": "Use tactics of violent repression", "180": "Use unconventional violence",
	"181": "Abduct, hijack, or take hostage", "182": "Physically assault",
	"183": "Conduct suicide, car, or other non-military bombing", "186": "Assassinate",
	"190": "Use conventional military force", "191": "Impose blockade", "192": "Occupy territory",
	"193": "Fight with small arms and light weapons", "194": "Fight with artillery and tanks",
	"195": "Employ aerial weapons", "196": "Violate ceasefire", "200": "Use unconventional mass violence",
	"202": "Engage in mass killings",
}

// label returns the name of code, or of its base code or root.
func label(code string) string {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if l, ok := labels[c]; ok {
			return l
		}
	}
	return ""
}
