package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestCleanTextKeepsClean runs the cleaner over real government and
// military statements that carry no page furniture (the re3d documents
// in ../shared/data): nothing may be dropped from them.
func TestCleanTextKeepsClean(t *testing.T) {
	n := 0
	for _, part := range []string{"CENTCOM", "US-State-Department"} {
		f, err := os.Open(filepath.Join("..", "..", "shared", "data", "re3d-dev", part, "documents.json"))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct {
				ID   string `json:"_id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil || d.Text == "" {
				continue
			}
			n++
			doc, err := Text(d.ID, []byte(d.Text))
			if err != nil {
				t.Errorf("Text(%s): %v", d.ID, err)
				continue
			}
			for _, dr := range doc.Dropped {
				t.Errorf("Text(%s) dropped %s %q from a clean statement", d.ID, dr.Reason, dr.Text)
			}
			checkDoc(t, doc)
		}
		f.Close()
	}
	if n == 0 {
		t.Skip("re3d documents not available")
	}
}
