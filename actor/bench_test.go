package actor

import (
	"bytes"
	"strings"
	"testing"

	"bluf"
	"bluf/text"
)

// BenchmarkLoad measures building the embedded knowledge base from its
// files (Default does it once per process).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var entries []Entry
		for _, name := range actorFiles {
			data, err := dataFS.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			es, err := parseEmbedded(name, data)
			if err != nil {
				b.Fatal(err)
			}
			entries = append(entries, es...)
		}
		data, _ := dataFS.ReadFile("data/Phoenix.agents.txt")
		agents, err := ParseAgents(bytes.NewReader(data), "agents")
		if err != nil {
			b.Fatal(err)
		}
		New(entries, agents)
	}
}

// BenchmarkFind measures entity extraction on a news article; -benchmem
// and the MB/s column give the throughput on one core.
func BenchmarkFind(b *testing.B) {
	kb := testKB(b)
	doc := benchDoc(b)
	b.SetBytes(int64(len(doc.Body)))
	b.ReportAllocs()
	for b.Loop() {
		kb.Find(doc)
	}
}

func benchDoc(b *testing.B) *bluf.Document {
	var body strings.Builder
	for _, p := range []string{
		"Sudanese army chief Abdel Fattah al-Burhan said on Tuesday that the Rapid Support Forces (RSF) had been driven from Omdurman, while Hemedti's fighters shelled El Fasher.",
		"Washington and Riyadh urged both sides to return to talks in Jeddah; the African Union and IGAD said a ceasefire was overdue.",
		"In Niamey, the junta led by Gen. Abdourahamane Tchiani met envoys of the Alliance of Sahel States, as JNIM militants attacked a convoy near Djibo, Burkina Faso.",
		"Taiwanese President Lai Ching-te said the People's Liberation Army had sent 30 aircraft across the Taiwan Strait; Beijing called the remarks provocative.",
		"Iraqi Prime Minister Mohammed Shia al-Sudani met Foreign Minister Fuad Hussein and US Central Command officials in Baghdad, and Kata'ib Hezbollah denied the claims.",
	} {
		body.WriteString(p)
		body.WriteString("\n\n")
	}
	s := strings.Repeat(body.String(), 20)
	doc := &bluf.Document{Body: s, Published: "2024-06-01"}
	doc.Paragraphs = text.Paragraphs(s)
	doc.Sentences = text.Sentences(s, doc.Paragraphs)
	return doc
}
