package event

import (
	"fmt"
	"os"
	"testing"

	"bluf/actor"
)

func TestDbg(t *testing.T) {
	c, _ := Default()
	kb, _ := actor.Default()
	doc := docOf(os.Getenv("S"), os.Getenv("PUB"))
	ms, es := kb.Find(doc)
	for _, m := range ms {
		fmt.Printf("  mention %q %s\n", m.Text, m.Type)
	}
	for _, e := range c.Code(doc, ms, es) {
		fmt.Println(describe(e))
	}
}
