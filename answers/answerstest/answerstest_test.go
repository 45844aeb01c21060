package answerstest

import (
	"testing"

	"github.com/citebot/citebot/answers"
)

func TestEmbeddedIsShared(t *testing.T) {
	a, b := Embedded(t), Embedded(t)
	if a != b {
		t.Error("two calls built two indexes")
	}
	if got, err := a.Search("Who is the president of Kyrgyzstan?", answers.Options{K: 1}); err != nil || len(got) == 0 {
		t.Errorf("Search = %v, %v: want an answer", got, err)
	}
}
