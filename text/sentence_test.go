package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"bluf"
)

func texts(ss []bluf.Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Fighting resumed. Talks stalled.", []string{"Fighting resumed.", "Talks stalled."}},
		{"US", "The U.S. military struck a depot. It said two fighters died.", []string{"The U.S. military struck a depot.", "It said two fighters died."}},
		{"US end", "Aid arrived from the U.S. The convoy reached El Fasher.", []string{"Aid arrived from the U.S.", "The convoy reached El Fasher."}},
		{"UN name", "The U.N. Security Council met on Friday.", []string{"The U.N. Security Council met on Friday."}},
		{"Gen", "Gen. Abdel Fattah al-Burhan spoke. Troops cheered.", []string{"Gen. Abdel Fattah al-Burhan spoke.", "Troops cheered."}},
		{"initial", "By C. Anthony Pfaff. He wrote it.", []string{"By C. Anthony Pfaff.", "He wrote it."}},
		{"Dr", "Dr. Tedros warned of famine. WHO agreed.", []string{"Dr. Tedros warned of famine.", "WHO agreed."}},
		{"No", "Resolution No. 5 passed. Delegates left.", []string{"Resolution No. 5 passed.", "Delegates left."}},
		{"decimal", "Inflation hit 3.94 percent. Prices rose.", []string{"Inflation hit 3.94 percent.", "Prices rose."}},
		{"ellipsis", "He paused... The crowd waited.", []string{"He paused...", "The crowd waited."}},
		{"ellipsis lower", "He said it was... complicated.", []string{"He said it was... complicated."}},
		{"unicode ellipsis", "Wait… Then came the strike.", []string{"Wait…", "Then came the strike."}},
		{"quote after period", `"We will not leave." The minister said so.`, []string{`"We will not leave."`, "The minister said so."}},
		{"curly quote", "“We will fight,” he said. “Never.” Then he left.", []string{"“We will fight,” he said.", "“Never.”", "Then he left."}},
		{"question", "Will Taipei respond? Analysts doubt it.", []string{"Will Taipei respond?", "Analysts doubt it."}},
		{"exclamation", "Stop the war! Crowds chanted.", []string{"Stop the war!", "Crowds chanted."}},
		{"month", "On Jan. 5 the talks began. They ended.", []string{"On Jan. 5 the talks began.", "They ended."}},
		{"lowercase next", "The vote was 3 vs. 2 in favour.", []string{"The vote was 3 vs. 2 in favour."}},
		{"paren", "It grew (by 4.5 percent). Exports fell.", []string{"It grew (by 4.5 percent).", "Exports fell."}},
		{"am pm", "The blast came at 4 p.m. Officials said ten died.", []string{"The blast came at 4 p.m.", "Officials said ten died."}},
		{"Inc", "Acme Inc. The firm denied it.", []string{"Acme Inc.", "The firm denied it."}},
		{"Mr", "Mr. Lai visited Kinmen. Beijing protested.", []string{"Mr. Lai visited Kinmen.", "Beijing protested."}},
		{"St", "They met in St. Petersburg last week.", []string{"They met in St. Petersburg last week."}},
		{"no terminator", "A complicated future", []string{"A complicated future"}},
		{"empty", "", nil},
		{"spaces", "   \n\n  ", nil},
		{"paragraphs", "First para ends.\n\nSecond para.", []string{"First para ends.", "Second para."}},
		{"heading line", "Resolving the dilemmas\nGiven the choices, Baghdad waits.", []string{"Resolving the dilemmas", "Given the choices, Baghdad waits."}},
		{"enumerator", "1. BLUF (Bottom Line Up Front)", []string{"1. BLUF (Bottom Line Up Front)"}},
		{"roman enumerator", "iv. Costs rose. Then fell.", []string{"iv. Costs rose.", "Then fell."}},
		{"year sentence", "It ended in 2019. Then came 2020.", []string{"It ended in 2019.", "Then came 2020."}},
		{"plan B", "They chose Plan B. The plan failed.", []string{"They chose Plan B.", "The plan failed."}},
		{"middle initial", "George W. Bush spoke.", []string{"George W. Bush spoke."}},
		{"state end", "He lives in Hayward, Calif. The police came.", []string{"He lives in Hayward, Calif.", "The police came."}},
		{"Jr", "Martin Luther King Jr. The speech was famous.", []string{"Martin Luther King Jr.", "The speech was famous."}},
		{"Jr name", "Martin Luther King Jr. Day is a holiday.", []string{"Martin Luther King Jr. Day is a holiday."}},
		{"Lt Col", "Lt. Col. Ahmed Saleh led the unit.", []string{"Lt. Col. Ahmed Saleh led the unit."}},
		{"ie", "Some groups, e.g. Kataib Hezbollah, refused.", []string{"Some groups, e.g. Kataib Hezbollah, refused."}},
		{"wrapped line", "The ministry said it would decide the name and\ntagline soon. Officials agreed.", []string{"The ministry said it would decide the name and\ntagline soon.", "Officials agreed."}},
		{"list lines", "Closed roads\nKassala road\nEl Obeid gate", []string{"Closed roads", "Kassala road", "El Obeid gate"}},
		{"lower initial", "Viera d. Melbourne 1-0 in the final.", []string{"Viera d. Melbourne 1-0 in the final."}},
		{"mass", "It reached critical mass. Hibernation followed.", []string{"It reached critical mass.", "Hibernation followed."}},
		{"email", "Write to jane@example.com. Signal is also fine.", []string{"Write to jane@example.com.", "Signal is also fine."}},
		{"PhD", "She holds a Ph.D. in history.", []string{"She holds a Ph.D. in history."}},
		{"digit start", "Troops left. 2024 was hard.", []string{"Troops left.", "2024 was hard."}},
		{"arabic", "قال الوزير. وصل الوفد؟ نعم.", []string{"قال الوزير.", "وصل الوفد؟", "نعم."}},
		{"chinese", "国防部发表声明。台湾方面回应！", []string{"国防部发表声明。", "台湾方面回应！"}},
		{"hindi", "सेना ने हमला किया। सरकार ने कहा।", []string{"सेना ने हमला किया।", "सरकार ने कहा।"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in, nil)
			if g := texts(got); strings.Join(g, "|") != strings.Join(tt.want, "|") || len(g) != len(tt.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, g, tt.want)
			}
			checkSentences(t, tt.in, got)
		})
	}
}

func TestSentenceIDsAndParas(t *testing.T) {
	body := "One. Two.\n\nThree."
	got := Sentences(body, nil)
	want := []bluf.Sentence{
		{ID: "s1", Text: "One.", Start: 0, End: 4, Para: 0},
		{ID: "s2", Text: "Two.", Start: 5, End: 9, Para: 0},
		{ID: "s3", Text: "Three.", Start: 11, End: 17, Para: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("Sentences(%q) = %+v, want %+v", body, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Sentences(%q)[%d] = %+v, want %+v", body, i, got[i], want[i])
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []bluf.Span
	}{
		{"", nil},
		{"a", []bluf.Span{{Start: 0, End: 1}}},
		{"a\n\nb", []bluf.Span{{Start: 0, End: 1}, {Start: 3, End: 4}}},
		{"  a  \n \n\n b\nc \n", []bluf.Span{{Start: 2, End: 3}, {Start: 10, End: 13}}},
		{"x\r\n\r\ny", []bluf.Span{{Start: 0, End: 1}, {Start: 5, End: 6}}},
	}
	for _, tt := range tests {
		got := Paragraphs(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Paragraphs(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Paragraphs(%q) = %v, want %v", tt.in, got, tt.want)
				break
			}
		}
	}
}

// checkSentences asserts the offset invariants of a split of body.
func checkSentences(t *testing.T, body string, ss []bluf.Sentence) {
	t.Helper()
	prev := 0
	for i, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(body) {
			t.Fatalf("sentence %d [%d,%d) out of order or range (prev end %d, body %d bytes)", i, s.Start, s.End, prev, len(body))
		}
		if body[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d text %q != body[%d:%d] %q", i, s.Text, s.Start, s.End, body[s.Start:s.End])
		}
		if strings.TrimSpace(s.Text) != s.Text || s.Text == "" {
			t.Errorf("sentence %d %q not trimmed", i, s.Text)
		}
		if !utf8.ValidString(body) {
			// offsets into invalid UTF-8 are still byte offsets
		} else if !utf8.ValidString(s.Text) {
			t.Errorf("sentence %d %q splits a rune", i, s.Text)
		}
		if want := "s" + itoa(i+1); s.ID != want {
			t.Errorf("sentence %d ID = %q, want %q", i, s.ID, want)
		}
		prev = s.End
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"The U.S. said no. Gen. X left.", "a\n\nb", "“Quote.” Then… more?! (Yes.)",
		"3.94 No. 5 Dr. Who", "\xff\xfe. A.", "  . . .  ", "A.\nB\n\nC?",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		paras := Paragraphs(body)
		prev := 0
		for _, p := range paras {
			if p.Start < prev || p.End <= p.Start || p.End > len(body) {
				t.Fatalf("Paragraphs(%q): span %v out of order or range", body, p)
			}
			prev = p.End
		}
		ss := Sentences(body, paras)
		checkSentences(t, body, ss)
		for _, s := range ss {
			if s.Para < 0 || s.Para >= len(paras) {
				t.Fatalf("sentence %q para %d of %d", s.Text, s.Para, len(paras))
			}
			p := paras[s.Para]
			if s.Start < p.Start || s.End > p.End {
				t.Fatalf("sentence %q [%d,%d) outside its paragraph %v", s.Text, s.Start, s.End, p)
			}
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	body := benchBody()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Sentences(body, nil)
	}
}

// benchBody is about 2,000 words of invented news prose.
func benchBody() string {
	paras := []string{
		"The U.S. State Department said on Tuesday that Gen. Mohamed Hamdan Dagalo had met envoys in Jeddah. Talks stalled after 3.5 hours, officials said.",
		"“We will not leave,” the commander told reporters. Dr. Amina Said of the U.N. agency warned that No. 5 camp had run out of water… Aid trucks waited at the border.",
		"Taiwan's defence ministry reported 24 aircraft near the island. Beijing did not comment. Analysts in Taipei said the drills were larger than in Jan. 2024.",
		"In Mali, the junta expelled the French ambassador. Mr. Diallo, a spokesman, said the decision was final! Would ECOWAS respond? Few expected it to.",
	}
	var b strings.Builder
	for b.Len() < 13000 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}
