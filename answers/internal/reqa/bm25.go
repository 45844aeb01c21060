package reqa

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/citebot/citebot/corpus"
)

// BM25 parameters of the reference ranker, as in Anserini's defaults.
const (
	bm25K1 = 0.9
	bm25B  = 0.4
)

// BM25 is the reference ranker: Okapi BM25 over the sentences of a corpus,
// with lower-case word tokens, no stemming and no stop words. It is safe
// for concurrent use.
type BM25 struct {
	postings map[string][]posting
	norm     []float64 // k1·(1 − b + b·len/avglen) per sentence
	n        int
}

type posting struct {
	sentence int32
	tf       int32
}

// NewBM25 indexes the sentences of c.
func NewBM25(c *corpus.Corpus) *BM25 {
	bm := &BM25{postings: make(map[string][]posting), norm: make([]float64, len(c.Sentences)), n: len(c.Sentences)}
	lens := make([]int, len(c.Sentences))
	total := 0
	tf := make(map[string]int32)
	for i := range c.Sentences {
		clear(tf)
		toks := Tokens(c.Text(i))
		for _, t := range toks {
			tf[t]++
		}
		for t, f := range tf {
			bm.postings[t] = append(bm.postings[t], posting{sentence: int32(i), tf: f})
		}
		lens[i] = len(toks)
		total += len(toks)
	}
	avg := max(float64(total)/float64(max(len(lens), 1)), 1)
	for i, l := range lens {
		bm.norm[i] = bm25K1 * (1 - bm25B + bm25B*float64(l)/avg)
	}
	return bm
}

// Search returns up to k sentences, best first: those that share a word
// with the question, ranked by BM25 with ties broken by corpus order.
func (bm *BM25) Search(question string, k int) ([]int, error) {
	if k <= 0 {
		return nil, nil
	}
	scores := make([]float64, bm.n)
	var touched []int32
	for _, t := range Tokens(question) {
		ps := bm.postings[t]
		if len(ps) == 0 {
			continue
		}
		df := float64(len(ps))
		idf := math.Log(1 + (float64(bm.n)-df+0.5)/(df+0.5))
		for _, p := range ps {
			if scores[p.sentence] == 0 {
				touched = append(touched, p.sentence)
			}
			tf := float64(p.tf)
			scores[p.sentence] += idf * tf * (bm25K1 + 1) / (tf + bm.norm[p.sentence])
		}
	}
	better := func(a, b int) bool {
		if scores[a] != scores[b] {
			return scores[a] > scores[b]
		}
		return a < b
	}
	top := make([]int, 0, k+1)
	for _, s := range touched {
		i := int(s)
		if len(top) == k && !better(i, top[k-1]) {
			continue
		}
		j := sort.Search(len(top), func(j int) bool { return better(i, top[j]) })
		top = append(top, 0)
		copy(top[j+1:], top[j:])
		top[j] = i
		if len(top) > k {
			top = top[:k]
		}
	}
	return top, nil
}

// Tokens returns the lower-case words of s: maximal runs of letters and
// digits.
func Tokens(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words
}
