package extract_test

import (
	"fmt"

	"bluf/extract"
)

func ExampleText() {
	raw := []byte(`Skip to content

Analysis

Drought and conflict push Somalia toward famine

By Hodan Ali

12 March 2025

Aid agencies warned on Wednesday that failed rains and renewed fighting in southern Somalia could tip several districts into famine by the summer.

Share this article
`)
	doc, err := extract.Text("somalia.txt", raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Authors, doc.Published)
	fmt.Println(doc.Body)
	for _, d := range doc.Dropped {
		fmt.Printf("%d %s: %s\n", d.Line, d.Reason, d.Text)
	}
	// Output:
	// Drought and conflict push Somalia toward famine
	// [Hodan Ali] 2025-03-12
	// Aid agencies warned on Wednesday that failed rains and renewed fighting in southern Somalia could tip several districts into famine by the summer.
	// 1 navigation: Skip to content
	// 3 section: Analysis
	// 5 title: Drought and conflict push Somalia toward famine
	// 7 byline: By Hodan Ali
	// 9 dateline: 12 March 2025
	// 13 navigation: Share this article
}

func ExampleParseDate() {
	for _, s := range []string{"June 30, 2025 • 4:11 pm ET", "20 Nov 2019|", "last year"} {
		iso, _, ok := extract.ParseDate(s)
		fmt.Printf("%q %v\n", iso, ok)
	}
	// Output:
	// "2025-06-30T16:11:00-04:00" true
	// "2019-11-20" true
	// "" false
}
