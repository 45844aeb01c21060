package analysis

import "github.com/kljensen/snowball/english"

// extraStopWords are function words that the Snowball list lacks but that
// carry no topic in a question ("would", "also") or only its form.
var extraStopWords = map[string]bool{
	"would": true, "could": true, "us": true, "may": true, "might": true, "must": true,
	"shall": true, "also": true, "yet": true, "upon": true, "within": true,
	"without": true, "among": true, "via": true, "per": true, "whose": true,
	"i'm": true, "it's": true, "ll": true, "ve": true, "re": true, "d": true,
	"m": true, "please": true, "anyone": true, "something": true,
	"anything": true, "thing": true, "things": true, "can't": true,
}

// IsStopWord reports whether a folded word is a stop word: Snowball's
// English list plus a few question fillers.
func IsStopWord(w string) bool {
	return english.IsStopWord(w) || extraStopWords[w]
}
