package scalecorpus

import (
	"math/rand/v2"
	"strings"
)

var whWords = []string{
	"What", "Who", "When", "Where", "Why", "How", "Which", "How much",
	"How many", "What did", "Who said", "Why did", "Where did", "Is it true that",
}

// Questions returns n distinct questions about the corpus, or fewer when
// the corpus is too small to vary them. Each takes three to six content
// words of a sentence of the corpus, in order, after a wh-word. About a
// third have a typo (a letter substituted, deleted or swapped with the next,
// never the first letter) in a word of five letters or more; about one in
// eight has a word found nowhere in the corpus, and one in twenty-five has
// only such words, so that the corpus does not answer it.
func (c *Corpus) Questions(n int) []string {
	rng := rand.New(rand.NewPCG(c.seed, 0x9e571045))
	seen := make(map[string]bool)
	var out []string
	for try := 0; len(out) < n && try < 20*n; try++ {
		q := c.question(rng)
		if q != "" && !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

// question returns one question, or "" when the sentence drawn has too few
// content words.
func (c *Corpus) question(rng *rand.Rand) string {
	wh := whWords[rng.IntN(len(whWords))]
	if rng.IntN(25) == 0 {
		w := []string{wh}
		for range 2 + rng.IntN(2) {
			w = append(w, absentWord(rng.Uint64N(1<<20)))
		}
		return strings.Join(w, " ") + "?"
	}
	if len(c.sample) == 0 {
		return ""
	}
	s := c.sample[rng.IntN(len(c.sample))]
	var content []string
	for _, t := range letterRuns(s) {
		if replaceable(s, t) {
			content = append(content, s[t.start:t.end])
		}
	}
	k := 3 + rng.IntN(4)
	if len(content) < k {
		return ""
	}
	// Keep k words in sentence order: each word is kept with the
	// probability that the rest of the pick still needs it.
	picked := make([]string, 0, k)
	for i, w := range content {
		if rng.IntN(len(content)-i) < k-len(picked) {
			picked = append(picked, w)
		}
	}
	if rng.IntN(3) == 0 {
		var long []int
		for i, w := range picked {
			if len([]rune(w)) >= 5 {
				long = append(long, i)
			}
		}
		if len(long) > 0 {
			i := long[rng.IntN(len(long))]
			picked[i] = typo(picked[i], rng)
		}
	}
	if rng.IntN(8) == 0 {
		i := rng.IntN(len(picked) + 1)
		picked = append(picked[:i], append([]string{absentWord(rng.Uint64N(1 << 20))}, picked[i:]...)...)
	}
	return wh + " " + strings.Join(picked, " ") + "?"
}

// typo returns w with one typing error, never in its first letter. w has at
// least five letters.
func typo(w string, rng *rand.Rand) string {
	r := []rune(w)
	i := 1 + rng.IntN(len(r)-1)
	switch rng.IntN(3) {
	case 0: // substitution
		c := rune('a' + rng.IntN(26))
		for c == r[i] {
			c = rune('a' + rng.IntN(26))
		}
		r[i] = c
	case 1: // deletion
		r = append(r[:i], r[i+1:]...)
	default: // transposition with the next letter, or the previous at the end
		if i == len(r)-1 {
			i--
		}
		if r[i] == r[i+1] { // swapping equal letters changes nothing
			r = append(r[:i], r[i+1:]...)
		} else {
			r[i], r[i+1] = r[i+1], r[i]
		}
	}
	return string(r)
}
