package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for no date
	}{
		{"Published on: 2025-09-08", "2025-09-08"},
		{"June 30, 2025 • 4:11 pm ET", "2025-06-30T16:11:00-04:00"},
		{"January 15, 2025 • 9:05 am ET", "2025-01-15T09:05:00-05:00"},
		{"MENASource June 30, 2025", "2025-06-30"},
		{"20 Nov 2019|", "2019-11-20"},
		{"Sept. 8, 2025", "2025-09-08"},
		{"3rd of March 2024", "2024-03-03"},
		{"Updated 2024-02-29T08:15:00Z", "2024-02-29T08:15:00Z"},
		{"2024-02-29T08:15:00+03:00", "2024-02-29T08:15:00+03:00"},
		{"2024-02-29 08:15", "2024-02-29"},
		{"March 3, 2025 10:12 AM GMT+1", "2025-03-03T10:12:00+01:00"},
		{"12:00 p.m. EST, December 1, 2023", "2023-12-01T12:00:00-05:00"},
		{"Aug 14, 2024 11:40 PM", "2024-08-14"},
		{"2023/10/07", "2023-10-07"},
		{"Tuesday 4 March 2025 10.32 GMT", "2025-03-04T10:32:00Z"},
		{"Mon 3 Mar 2025 14.00 GMT", "2025-03-03T14:00:00Z"},
		{"2025年3月4日 10:00", "2025-03-04"},
		{"Nov 5, 2024 at 8:15 p.m. EST", "2024-11-05T20:15:00-05:00"},
		{"July 4, 2024 3:00 PM ET", "2024-07-04T15:00:00-04:00"},
		{"March 9, 2025 2:00 PM ET", "2025-03-09T14:00:00-04:00"},
		{"March 8, 2025 2:00 PM ET", "2025-03-08T14:00:00-05:00"},
		{"Updated: 14/03/2025", "2025-03-14"},
		{"03/14/2025", "2025-03-14"},
		{"04/03/2025", ""},
		{"14.03.2025", "2025-03-14"},
		{"14 августа 2024", ""},
		{"February 30, 2024", ""},
		{"2024-13-01", ""},
		{"last year", ""},
		{"yesterday at 4 pm", ""},
		{"May 5", ""},
		{"", ""},
		{"in 2019", ""},
	}
	for _, tt := range tests {
		got, _, ok := ParseDate(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Published on: 2025-09-08", true},
		{"MENASource June 30, 2025 • 4:11 pm ET", true},
		{"20 Nov 2019|", true},
		{"Last updated Tuesday, March 4, 2025 at 09:00 GMT", true},
		{"The ceasefire signed on March 4, 2025 collapsed within days.", false},
		{"On June 30, 2025, militias attacked a base in Anbar province.", false},
	}
	for _, tt := range tests {
		if _, got := dateLine(tt.in); got != tt.want {
			t.Errorf("dateLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"by Ellie Geranmayeh", []string{"Ellie Geranmayeh"}},
		{"By C. Anthony Pfaff", []string{"C. Anthony Pfaff"}},
		{"By Amina Yusuf and Tom Hale", []string{"Amina Yusuf", "Tom Hale"}},
		{"By Li Wei, Chen Yu and Maria dos Santos", []string{"Li Wei", "Chen Yu", "Maria dos Santos"}},
		{"By Ahmed al-Rashid, Reuters", []string{"Ahmed al-Rashid"}},
		{"Written by Fatou Ndiaye | June 3, 2025", []string{"Fatou Ndiaye"}},
		{"Author: Hsiao Bi-khim", []string{"Hsiao Bi-khim"}},
		{"By the end of the year, the army had withdrawn.", nil},
		{"BY JANE DOE", []string{"Jane Doe"}},
		{"By Jane Doe, Senior Fellow", []string{"Jane Doe"}},
		{"By Omar Farouk, Middle East Program Director", []string{"Omar Farouk"}},
		{"By 2030 the reserves will be gone", nil},
		{"by then", nil},
		{"By Reuters", nil},
		{"By staff writers", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got, ok := ParseByline(tt.in)
		if ok != (tt.want != nil) || strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("ParseByline(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct {
		in, head, site string
	}{
		{"Iran’s security chief calls for ties – Globalsecurity.org", "Iran’s security chief calls for ties", "Globalsecurity.org"},
		{"Niger junta expels foreign monitors | Sahel Daily", "Niger junta expels foreign monitors", "Sahel Daily"},
		{"Drills around Taiwan - Taipei Times", "Drills around Taiwan", "Taipei Times"},
		{"Sudan – the forgotten war", "Sudan – the forgotten war", ""},
		{"Mali: Junta Dissolves Parties", "Mali: Junta Dissolves Parties", ""},
		{"Cornered in Iraq", "Cornered in Iraq", ""},
	}
	for _, tt := range tests {
		head, site := SplitTitle(tt.in)
		if head != tt.head || site != tt.site {
			t.Errorf("SplitTitle(%q) = %q, %q; want %q, %q", tt.in, head, site, tt.head, tt.site)
		}
	}
}

func TestFurniture(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"top of page", "navigation"},
		{"Skip to main content", "navigation"},
		{"Share Facebook Twitter Email", "navigation"},
		{"Print this page", "navigation"},
		{"5 min read", "navigation"},
		{"SIGN UP FOR THIS WEEK IN THE MIDEAST NEWSLETTER", "newsletter"},
		{"Subscribe to our daily briefing", "newsletter"},
		{"Image: Soldiers patrol a street in Goma. REUTERS/Staff", "caption"},
		{"Photo: AFP", "caption"},
		{"Photo by Jane Doe / Reuters", "caption"},
		{"Video by the army showed soldiers entering the town, and residents said the shelling had stopped.", ""},
		{"Protesters march in Dhaka on August 5, 2024. AP Photo/Rajesh Kumar", "credit"},
		{"© 2025 Example News. All rights reserved.", "copyright"},
		{"Tags: Sudan, RSF, Darfur", "tags"},
		{"READ MORE: Sudan's army retakes presidential palace", "further_reading"},
		{"Watch: Drone footage shows damage in Port Sudan", "further_reading"},
		{"— Robert Maguire (@RobertMaguire_) November 18, 2019", ""},
		{"View this post on Instagram", "embed"},
		{"2 days ago at 07:52 am", "dateline"},
		{"Updated at 1:23 p.m.", "dateline"},
		{"Click here to download the full report", "navigation"},
		{"Related to the ceasefire, the envoy said talks would resume.", ""},
		{"Watch officials closely, the report advised, as the vote nears.", ""},
		{"The army said it had retaken the bridge.", ""},
		{"Home Office officials declined to comment on the deportation flights to Rwanda.", ""},
		{"Share prices in Taipei fell 3 percent after the drills.", ""},
	}
	for _, tt := range tests {
		if got := furniture(tt.in); got != tt.want {
			t.Errorf("furniture(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCaption(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Iraqi Prime Minister Mohammed Shia’ Al-Sudani speaks at an event on April 15, 2024.", true},
		{"Displaced families wait for food aid in Tawila, North Darfur, Sudan, March 12, 2025.", true},
		{"President Lai Ching-te attends a military drill in Hsinchu on 2 January 2025.", true},
		{"The president speaks to the nation on Monday.", false},
		{"The minister, who speaks fluent Arabic, met the envoy on April 15, 2024, and agreed to a new round of talks in Doha.", false},
		{"Fighting resumed on April 15, 2024.", false},
		{"Hemedti speaks rarely in public; his last appearance was on April 15, 2024.", false},
		{"The general holds talks with envoys, but no deal has been reached since March 3, 2025.", false},
	}
	for _, tt := range tests {
		if got := caption(tt.in); got != tt.want {
			t.Errorf("caption(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsBio(t *testing.T) {
	tests := []struct {
		in      string
		authors []string
		want    bool
	}{
		{"Jane Okafor is a senior fellow at the Institute for Security Studies in Pretoria.", nil, true},
		{"Li Mingzhe is an assistant professor of political science at National Chengchi University.", nil, true},
		{"Okafor is a policy fellow who writes on the Sahel.", []string{"Jane Okafor"}, true},
		{"Follow her on X @janeokafor", nil, true},
		{"Abiy Ahmed is the prime minister of Ethiopia and a Nobel laureate.", nil, false},
		{"Abdel Fattah al-Burhan is a former army officer who rose through the ranks in Darfur.", nil, false},
		{"Maria Costa is a former director of the Africa Program at a Washington think tank.", nil, true},
		{"The United Nations is a body of 193 member states.", nil, false},
	}
	for _, tt := range tests {
		if got := isBio(tt.in, tt.authors); got != tt.want {
			t.Errorf("isBio(%q, %q) = %v, want %v", tt.in, tt.authors, got, tt.want)
		}
	}
}

func TestAttributedQuote(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`"Freedom must be fought for every day." - A Famous Person`, true},
		{"“Peace is not the absence of war.” — Baruch Spinoza", true},
		{`"We will return," he said, as the convoy left for Port Sudan.`, false},
	}
	for _, tt := range tests {
		if got := attributedQuote(tt.in); got != tt.want {
			t.Errorf("attributedQuote(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"June 30, 2025 • 4:11 pm ET", "2024-02-29T08:15:00+03:00", "20 Nov 2019|", "12:99 pm GMT+99 Jan 1, 2000", "9999-99-99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso, sp, ok := ParseDate(s)
		if !ok {
			return
		}
		if sp[0] < 0 || sp[1] > len(s) || sp[0] >= sp[1] {
			t.Fatalf("ParseDate(%q) span %v out of range", s, sp)
		}
		if len(iso) != 10 && len(iso) < 20 {
			t.Fatalf("ParseDate(%q) = %q, not ISO 8601", s, iso)
		}
	})
}

func FuzzParseByline(f *testing.F) {
	for _, s := range []string{"By C. Anthony Pfaff", "by A and B, Reuters", "Written by X | June 3, 2025", "By", "by al-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		names, ok := ParseByline(s)
		if ok != (len(names) > 0) {
			t.Fatalf("ParseByline(%q) = %q, %v", s, names, ok)
		}
		for _, n := range names {
			if strings.TrimSpace(n) == "" || !utf8.ValidString(n) && utf8.ValidString(s) {
				t.Fatalf("ParseByline(%q) gave bad name %q", s, n)
			}
		}
	})
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"The army said on Monday that it had retaken the bridge, and that the paramilitary forces had withdrawn to the west of the city after a week of heavy fighting.", "en"},
		{"L'armée a déclaré lundi avoir repris le pont stratégique qui relie Omdurman à la capitale, après plusieurs semaines de combats acharnés avec les forces paramilitaires.", "fr"},
		{"El ejército dijo el lunes que había recuperado el puente estratégico que une Omdurmán con la capital, tras semanas de intensos combates con las fuerzas paramilitares.", "es"},
		{"قال الجيش السوداني يوم الاثنين إنه استعاد السيطرة على جسر استراتيجي يربط أم درمان بالعاصمة بعد أسابيع من القتال العنيف مع قوات الدعم السريع.", "ar"},
		{"Армия заявила в понедельник, что вернула контроль над стратегическим мостом, соединяющим Омдурман со столицей, после нескольких недель тяжелых боев.", "ru"},
		{"ok", ""},
		// Terse English, few function words: still English.
		{"Rupture, the extreme scenario, sees rival influence dominate the capital. Unchecked escalation could bring further strikes, calls for withdrawal, and militia attacks on foreign targets. Talks stall. Markets fall. Officials hedge, waiting for a signal from abroad.", "en"},
		// Languages that share a few English function words (in, an, was).
		{"Die Armee teilte am Montag mit, sie habe die strategische Brücke in der Hauptstadt zurückerobert, was nach wochenlangen schweren Kämpfen an der Front mit den paramilitärischen Kräften gelang.", "de"},
		{"Het leger heeft maandag laten weten dat het de strategische brug in de hoofdstad heeft heroverd, na weken van zware gevechten met de paramilitaire troepen aan de westkant van de stad.", "nl"},
	}
	for _, tt := range tests {
		if got := Language(tt.in); got != tt.want {
			t.Errorf("Language(%.30q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanAuthors(t *testing.T) {
	tests := []struct {
		raw, site, host string
		want            []string
	}{
		{"TOM KRISHER AP Auto Writer", "Connecticut Post", "ctpost.com", []string{"Tom Krisher"}},
		{"Finian Cunningham Sputnik International", "SputnikInt", "sputniknews.com", []string{"Finian Cunningham"}},
		{"Reuters", "VentureBeat", "venturebeat.com", []string{}},
		{"The Russian; Syrian defense ministries", "POLYGRAPH.info", "polygraph.info", []string{}},
		{"Admin", "Blog", "blog.example", []string{}},
		{"Troy L Smith Cleveland com", "Cleveland", "cleveland.com", []string{"Troy L Smith"}},
		{"Amina Yusuf; Tom Hale", "Sahel Daily", "saheldaily.example", []string{"Amina Yusuf", "Tom Hale"}},
		{"Mohamed Shia al-Sudani", "", "", []string{"Mohamed Shia al-Sudani"}},
	}
	for _, tt := range tests {
		got := cleanAuthors(tt.raw, tt.site, tt.host)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("cleanAuthors(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct{ title, site, host, want string }{
		{"Simple Hiking Survival Kit (with Kids) - The Anti-June Cleaver", "The Anti-June Cleaver", "", "Simple Hiking Survival Kit (with Kids)"},
		{"LinkNaija: Actress speaks out on fame", "LinkNaija", "linknaija.com", "Actress speaks out on fame"},
		{"Cornered in Iraq", "Iraq", "", "Cornered in Iraq"},
	}
	for _, tt := range tests {
		if got := stripSite(tt.title, tt.site, tt.host); got != tt.want {
			t.Errorf("stripSite(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
	if got := stripKicker("Opinion | Republicans follow the leader nowhere"); got != "Republicans follow the leader nowhere" {
		t.Errorf("stripKicker = %q", got)
	}
	if got := cleanSite("https://www.facebook.com/CBSNews", "cbsnews.com"); got != "cbsnews.com" {
		t.Errorf("cleanSite(URL) = %q", got)
	}
}
