package memory_test

import (
	"testing"

	"bluf/store"
	"bluf/store/memory"
	"bluf/store/storetest"
)

func TestSuite(t *testing.T) {
	storetest.Run(t, func(testing.TB) store.Store { return memory.New() })
}
