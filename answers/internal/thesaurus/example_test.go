package thesaurus_test

import (
	"fmt"

	"github.com/citebot/citebot/answers/internal/thesaurus"
)

func ExampleRelated() {
	for _, r := range thesaurus.Related("threat") {
		fmt.Println(r.Kind, r.Sense, r.Word)
	}
	// Output:
	// synonym 1 menace
	// broader 2 warning
	// broader 3 danger
	// broader 3 declaration
}

func ExampleThesaurus_Lemmas() {
	th, err := thesaurus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(th.Lemmas("left"), th.Lemmas("funds"), th.Lemmas("wavering"))
	// Output: [left leave] [funds fund] [wavering waver]
}
