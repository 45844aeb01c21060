// Package answerstest gives tests of the packages built on answers an index
// of the embedded corpus, built once per test binary.
package answerstest

import (
	"sync"
	"testing"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/corpus"
)

var embedded = sync.OnceValues(func() (*answers.Index, error) {
	c, err := corpus.Embedded()
	if err != nil {
		return nil, err
	}
	return answers.New(c), nil
})

// Embedded returns the index of the embedded corpus, shared by every test
// of the binary (an Index is safe for concurrent use). It fails the test if
// the corpus cannot be read.
func Embedded(t testing.TB) *answers.Index {
	t.Helper()
	ix, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}
