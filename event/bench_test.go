package event

import (
	"strings"
	"testing"
)

// benchText is an invented article of varied sentences.
const benchText = `Sudanese soldiers attacked the Rapid Support Forces in El Fasher on 3 March, killing dozens.
Chad condemned the attack and closed its border with Sudan last week.
Officials in Khartoum said the army would retaliate if the raids continued.
China did not attack Taiwan last year, but Chinese warplanes crossed the median line in April 2024.
Taiwanese officials warned that Beijing could strike without warning.
Kenya plans to sign an agreement with Ethiopia in December.
President Ruto visited Ethiopia last November and met Prime Minister Abiy Ahmed.
French troops withdrew from Mali in 2022 after the junta expelled the French ambassador.
Russian mercenaries were accused of killing civilians in Mali.
Iraq signed agreements with Qatar and Oman on June 24, 2025.`

func BenchmarkCode(b *testing.B) {
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	body := strings.Repeat(benchText+"\n\n", 10)
	doc := docOf(body, "2024-11-20")
	ms, es := gazetteer(doc, world)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Code(doc, ms, es)
	}
	b.ReportMetric(float64(len(doc.Sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkParseDates(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ParseDates("After the 2019 strikes, talks resumed on 3 March and again last week, on June 24, 2025.", "2025-07-01")
	}
}
