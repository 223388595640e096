package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestShowText(t *testing.T) {
	gt := groundTruth(t)
	for _, id := range sortedKeys(gt) {
		page, _ := readGzip(filepath.Join(benchDir, "html", id+".html.gz"))
		txt := pageText(page)
		doc, err := Text(id, []byte(txt))
		if err != nil {
			continue
		}
		p, r := tokenPR(doc.Body, gt[id].ArticleBody)
		if os.Getenv("LIST") != "" {
			fmt.Printf("%s P %.2f R %.2f %s\n", id[:4], p, r, gt[id].URL)
		}
		if os.Getenv("SHOW") == id[:4] {
			for _, d := range doc.Dropped {
				fmt.Printf("DROP %-12s %.100q\n", d.Reason, d.Text)
			}
			for _, p := range doc.Paragraphs {
				fmt.Printf("KEEP %.100q\n", doc.Body[p.Start:p.End])
			}
		}
	}
}
