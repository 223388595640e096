package brief

import (
	"testing"

	"bluf"
	"bluf/extract"
	"bluf/pipeline"
	"bluf/store/storetest"
)

// BenchmarkBuildPipeline1k briefs 1,000 generated articles analysed by
// the real pipeline, whose reports carry every section (FullReport's are
// thinner): the brief's cost per document on real shapes.
func BenchmarkBuildPipeline1k(b *testing.B) {
	a, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	rs := make([]*bluf.Report, 1000)
	for i := range rs {
		g := storetest.Generate(i)
		doc, err := extract.Text("", []byte(g.Title+"\n\n"+g.Body))
		if err != nil {
			b.Fatal(err)
		}
		doc.Publisher, doc.Published = g.Publisher, g.Published
		rs[i] = a.Analyze(doc)
	}
	b.ResetTimer()
	for b.Loop() {
		Build(rs, Options{Since: "2024-06-01"})
	}
}
