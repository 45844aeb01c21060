package analysis

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/citebot/citebot/answers/internal/thesaurus"
)

var update = flag.Bool("update", false, "rewrite irregular.txt from the thesaurus")

// irregularFromThesaurus derives the irregular table: WordNet's exceptions
// with a single base form that the Snowball stemmer does not reach by
// itself, leaving out forms that are nouns or verbs in their own right
// ("left", "saw", "found"), whose own sense would be lost.
func irregularFromThesaurus(t *testing.T) string {
	th, err := thesaurus.Default()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range th.Exceptions() {
		if len(e.Bases) != 1 {
			continue
		}
		base := e.Bases[0]
		if Stem(e.Inflected) == Stem(base) || IsStopWord(e.Inflected) || IsStopWord(base) || th.IsLemma(e.Inflected, "nv") {
			continue
		}
		b.WriteString(e.Inflected + " " + base + "\n")
	}
	return b.String()
}

func TestIrregularTable(t *testing.T) {
	want := irregularFromThesaurus(t)
	if *update {
		if err := os.WriteFile("irregular.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if irregularText != want {
		t.Errorf("irregular.txt is stale: run go test ./answers/analysis -run TestIrregularTable -update")
	}
}

func TestBase(t *testing.T) {
	for in, want := range map[string]string{"met": "meet", "fled": "flee", "told": "tell", "meet": "meet", "kazakhstan": "kazakhstan"} {
		if got := Base(in); got != want {
			t.Errorf("Base(%q) = %q, want %q", in, got, want)
		}
	}
}
