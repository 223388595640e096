package assess

import (
	"sort"
	"strings"

	"bluf"
)

// regionTable maps ISO 3166 alpha-3 codes (the country part of CAMEO
// actor codes) to the region an analyst would file them under; each code
// has the one region most reporting uses.
var regionTable = parseRegions(`
Middle East: IRQ IRN SYR LBN JOR ISR PSE SAU YEM OMN ARE QAT BHR KWT TUR
North Africa: EGY LBY TUN DZA MAR ESH
Sahel: MLI NER BFA TCD MRT
West Africa: NGA GHA CIV SEN GIN SLE LBR TGO BEN GMB GNB CPV
Horn of Africa: SDN SSD ETH ERI DJI SOM KEN
Central Africa: COD COG CAF CMR GAB GNQ RWA BDI UGA
Southern Africa: ZAF ZWE ZMB MOZ MWI AGO NAM BWA LSO SWZ MDG TZA
Europe: GBR FRA DEU ITA ESP PRT NLD BEL LUX CHE AUT POL CZE SVK HUN ROU BGR GRC SWE NOR FIN DNK IRL EST LVA LTU SVN HRV SRB BIH MNE MKD ALB XKX ISL CYP MLT
Eastern Europe and Russia: RUS UKR BLR MDA GEO ARM AZE
Central Asia: KAZ UZB TKM KGZ TJK
South Asia: AFG PAK IND BGD LKA NPL BTN MDV
East Asia: CHN TWN JPN KOR PRK MNG HKG
Southeast Asia: VNM THA MMR KHM LAO MYS SGP IDN PHL TLS BRN
Oceania: AUS NZL PNG FJI SLB VUT
North America: USA CAN MEX
Latin America: GTM HND SLV NIC CRI PAN CUB HTI DOM COL VEN ECU PER BOL BRA CHL ARG URY PRY GUY SUR
`)

func parseRegions(t string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(t, "\n") {
		name, codes, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, c := range strings.Fields(codes) {
			m[c] = strings.TrimSpace(name)
		}
	}
	return m
}

// regionTags tags the regions whose countries the text is about: those
// whose states, governments and places (by CAMEO country code) are
// mentioned in at least two prose sentences. The US is left out when it
// is the only sign of North America, since so much reporting mentions it.
func (a *analysis) regionTags(ms []bluf.Mention) []bluf.Tag {
	region := map[string]string{} // entity ID -> region
	for _, e := range a.r.Entities {
		if len(e.Code) < 3 || e.Type == bluf.Person || e.Type == bluf.Nationality {
			continue
		}
		if r, ok := regionTable[e.Code[:3]]; ok {
			region[e.ID] = r
		}
	}
	sents := map[string][]*sent{}
	countries := map[string]map[string]bool{}
	for _, m := range ms {
		r, ok := region[m.Entity]
		s := a.byID[m.Sentence]
		if !ok || s == nil || !s.prose {
			continue
		}
		if l := sents[r]; len(l) == 0 || l[len(l)-1] != s {
			sents[r] = append(sents[r], s)
		}
		if countries[r] == nil {
			countries[r] = map[string]bool{}
		}
		for _, e := range a.r.Entities {
			if e.ID == m.Entity {
				countries[r][e.Code[:3]] = true
			}
		}
	}
	var names []string
	for r, ss := range sents {
		if len(ss) < 2 {
			continue
		}
		if r == "North America" && len(countries[r]) == 1 && countries[r]["USA"] {
			continue
		}
		names = append(names, r)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(sents[names[i]]) != len(sents[names[j]]) {
			return len(sents[names[i]]) > len(sents[names[j]])
		}
		return names[i] < names[j]
	})
	// A region in passing (a conference city, a past war) is not what
	// the text is about: keep those with a third of the top one's count.
	for i, r := range names {
		if i > 0 && 3*len(sents[r]) < len(sents[names[0]]) {
			names = names[:i]
			break
		}
	}
	if len(names) > 3 {
		names = names[:3]
	}
	var out []bluf.Tag
	for _, r := range names {
		cs := ids(sents[r]...)
		if len(cs) > 5 {
			cs = cs[:5]
		}
		out = append(out, bluf.Tag{Name: r, Kind: "region", Citations: cs})
	}
	return out
}
