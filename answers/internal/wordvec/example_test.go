package wordvec_test

import (
	"fmt"

	"github.com/citebot/citebot/answers/internal/wordvec"
)

func ExampleVectors_Similarity() {
	v, err := wordvec.Default()
	if err != nil {
		panic(err)
	}
	fmt.Printf("trip, visit: %.2f\n", v.Similarity("trip", "visit"))
	fmt.Printf("trip, cheese: %.2f\n", v.Similarity("trip", "cheese"))
	// Output:
	// trip, visit: 0.83
	// trip, cheese: 0.10
}
