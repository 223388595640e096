package extract

import (
	"sync"
	"testing"
)

// TestConcurrent runs Text and HTML from several goroutines, as a server
// does; run it with -race.
func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				if _, err := Text("a.txt", []byte(article)); err != nil {
					t.Error(err)
				}
				if _, err := HTML("a.html", []byte(htmlArticle), ""); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
}
