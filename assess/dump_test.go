package assess

import (
	"bluf"
	"encoding/json"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	p := os.Getenv("BLUF_DUMP")
	if p == "" {
		t.Skip()
	}
	var doc *bluf.Document
	if len(p) > 4 {
		doc = readDoc(t, p)
	} else {
		doc = seed(t, p)
	}
	r := run(doc)
	r.Sentences = nil
	b, _ := json.MarshalIndent(r, "", " ")
	os.Stdout.Write(b)
}
