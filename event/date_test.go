package event

import (
	"strings"
	"testing"

	"bluf"
)

func TestParseDates(t *testing.T) {
	tests := []struct {
		text, published string
		want            string // dates joined by "; "
	}{
		{"In April 2024, the minister visited Doha.", "", "2024-04 explicit"},
		{"The deal was signed on June 24, 2025.", "", "2025-06-24 explicit"},
		{"Talks resumed on 3 March.", "2024-03-10", "2024-03-03 relative"},
		{"Talks resumed on 3 March.", "", ""},
		{"Troops arrived on 24 June 2025.", "", "2025-06-24 explicit"},
		{"The strike came last week.", "2024-02-08", "2024-02-01 relative"},
		{"Fighting flared last November.", "2024-11-15", "2023-11 relative"},
		{"Fighting flared last November.", "2025-02-01", "2024-11 relative"},
		{"Elections are due this year.", "2025-01-20", "2025 relative"},
		{"Rebels attacked yesterday.", "2024-01-01", "2023-12-31 relative"},
		{"Talks collapsed in December.", "2025-02-01", "2024-12 relative"},
		{"Talks collapsed in December.", "", ""},
		{"After the 2019 strikes, protests grew.", "", "2019 year"},
		{"the US's 2011 troop withdrawal", "", "2011 year"},
		{"He spoke on Monday.", "2024-05-08", "2024-05-06 relative"},
		{"It happened three years ago.", "2024-05-08", "2021 relative"},
		{"Some 2000 troops were deployed.", "", ""},
		{"Prices rose 2020 percent.", "", ""},
		{"They may meet. In May 2023 they met.", "", "2023-05 explicit"},
		{"Data from 2024-04-03 shows it.", "", "2024-04-03 explicit"},
		{"Since mid-2023, raids have grown.", "", "2023 year"},
		{"Talks stalled in mid-March.", "2024-05-02", "2024-03 relative"},
		{"Raids resumed in early-May 2022.", "", "2022-05 explicit"},
		{"The group marched into the city.", "2024-01-01", ""},
	}
	for _, tt := range tests {
		got := strings.Join(ParseDates(tt.text, tt.published), "; ")
		if got != tt.want {
			t.Errorf("ParseDates(%q, %q) = %q, want %q", tt.text, tt.published, got, tt.want)
		}
	}
}

func TestEventDates(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		body, published, date, basis string
	}{
		{"China attacked Taiwan.", "2024-06-01", "2024-06-01", BasisArticle},
		{"China attacked Taiwan.", "", "", BasisUndated},
		{"In 2019, China attacked Taiwan.", "", "2019", BasisYear},
		{"China attacked Taiwan last month.", "2024-06-01", "2024-05", BasisRelative},
	}
	for _, tt := range tests {
		evs := codeText(t, c, tt.body, tt.published)
		if len(evs) == 0 {
			t.Errorf("Code(%q) = no events, want one", tt.body)
			continue
		}
		if e := evs[0]; e.Date != tt.date || e.DateBasis != tt.basis {
			t.Errorf("Code(%q, published %q) date = %q/%q, want %q/%q", tt.body, tt.published, e.Date, e.DateBasis, tt.date, tt.basis)
		}
	}
}

func TestParagraphDates(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	body := "In April 2024, President Ruto visited Ethiopia. He signed an agreement with Ethiopia. Kenya has signed a deal with Somalia.\n\nKenya signed an accord with Ethiopia."
	doc := docOf(body, "2025-01-10")
	ms, es := gazetteer(doc, world)
	ms = append(ms, bluf.Mention{}) // a stray empty mention must not matter
	var got []string
	for _, e := range c.Code(doc, ms, es) {
		g := e.Sentence + " " + e.Date + "/" + e.DateBasis
		if len(got) == 0 || got[len(got)-1] != g { // reciprocal events repeat
			got = append(got, g)
		}
	}
	want := "s1 2024-04/explicit|s2 2024-04/explicit|s3 2025-01-10/article|s4 2025-01-10/article"
	if strings.Join(got, "|") != want {
		t.Errorf("paragraph dates = %q, want %q (past narration keeps its paragraph's date; a perfect or a new paragraph does not)", strings.Join(got, "|"), want)
	}
}

func FuzzParseDates(f *testing.F) {
	for _, s := range []string{"In April 2024", "June 24, 2025", "on 3 March", "last week", "3 years ago", "May 31st", "mid-2023", "9999-99-99"} {
		f.Add(s, "2024-02-29")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		for _, d := range ParseDates(text, published) {
			v, basis, ok := strings.Cut(d, " ")
			if !ok || (basis != BasisExplicit && basis != BasisRelative && basis != BasisYear) {
				t.Fatalf("ParseDates(%q) gave %q", text, d)
			}
			if len(v) != 4 && len(v) != 7 && len(v) != 10 {
				t.Fatalf("ParseDates(%q) gave a malformed date %q", text, v)
			}
		}
	})
}
