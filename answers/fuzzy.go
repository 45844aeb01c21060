package answers

import (
	"slices"
	"sort"
	"unicode/utf8"
)

// gramIndex maps each byte trigram of the padded surface forms ("^to",
// "tok", …, "ev$") to the surfaces that contain it, shortest first, so that
// a look-up reads only the surfaces of about the right length. It proposes
// candidates for fuzzy matching; osa verifies them.
type gramIndex struct {
	ids   map[uint32]uint32 // trigram → its number
	start []uint32          // trigram g owns list[start[g]:start[g+1]]
	list  []uint32          // surface ids
	lens  []uint8           // runes in each surface, capped at 255
}

func gramsOf(word string, f func(uint32)) {
	n := len(word) + 2
	at := func(i int) uint32 {
		switch {
		case i == 0:
			return '^'
		case i == n-1:
			return '$'
		}
		return uint32(word[i-1])
	}
	for i := 0; i+2 < n; i++ {
		f(at(i)<<16 | at(i+1)<<8 | at(i+2))
	}
}

func newGramIndex(words []string, lens []uint8) gramIndex {
	g := gramIndex{ids: make(map[uint32]uint32)}
	var counts []uint32
	for _, w := range words {
		gramsOf(w, func(k uint32) {
			id, ok := g.ids[k]
			if !ok {
				id = uint32(len(counts))
				g.ids[k] = id
				counts = append(counts, 0)
			}
			counts[id]++
		})
	}
	g.start = make([]uint32, len(counts)+1)
	var sum uint32
	for i, c := range counts {
		g.start[i] = sum
		sum += c
	}
	g.start[len(counts)] = sum
	g.list = make([]uint32, sum)
	fill := slices.Clone(g.start[:len(counts)])
	for sid, w := range words {
		gramsOf(w, func(k uint32) {
			id := g.ids[k]
			if e := fill[id]; e > g.start[id] && g.list[e-1] == uint32(sid) {
				return // a gram that repeats in the word ("ana" in "Ghanaian")
			}
			g.list[fill[id]] = uint32(sid)
			fill[id]++
		})
	}
	// Repeated grams leave unused room at the end of a list: shorten it.
	for id := range counts {
		for e := fill[id]; e < g.start[id+1]; e++ {
			g.list[e] = unused
		}
		seg := g.list[g.start[id]:fill[id]]
		slices.SortStableFunc(seg, func(a, b uint32) int { return int(lens[a]) - int(lens[b]) })
	}
	g.lens = lens
	return g
}

// unused marks room left at the end of a trigram's list.
const unused = 1<<32 - 1

// within returns the part of trigram id's list whose surfaces have lo to hi
// runes.
func (g *gramIndex) within(id uint32, lo, hi int) []uint32 {
	seg := g.list[g.start[id]:g.start[id+1]]
	if n := len(seg); n > 0 && seg[n-1] == unused {
		seg = seg[:sort.Search(n, func(i int) bool { return seg[i] == unused })]
	}
	from := sort.Search(len(seg), func(i int) bool { return int(g.lens[seg[i]]) >= lo })
	to := sort.Search(len(seg), func(i int) bool { return int(g.lens[seg[i]]) > hi })
	return seg[from:to]
}

// fuzzyMatch is a surface within an edit distance of a word.
type fuzzyMatch struct {
	surface uint32
	dist    int
}

// near returns the surfaces within maxDist edits of word (optimal string
// alignment distance over runes), excluding word itself. With sameStart,
// it leaves out surfaces of word's length that begin with another byte:
// misspellings seldom change the first letter, and this spares most of the
// distance computations.
func (ix *Index) near(word string, maxDist int, sameStart bool, sc *scratch) []fuzzyMatch {
	if maxDist <= 0 {
		return nil
	}
	counts := sc.gramCounts(len(ix.surfaces))
	wl := utf8.RuneCountInString(word)
	touched := sc.gramTouched[:0]
	ngrams := 0
	gramsOf(word, func(k uint32) {
		ngrams++
		id, ok := ix.grams.ids[k]
		if !ok {
			return
		}
		// Lengths are kept capped at 255 runes: a longer word is looked
		// for among the surfaces of 255 runes or more.
		for _, s := range ix.grams.within(id, min(wl-maxDist, 255), min(wl+maxDist, 255)) {
			if counts[s] == 0 {
				touched = append(touched, s)
			}
			if counts[s] < 1<<15 {
				counts[s]++
			}
		}
	})
	// An insertion, deletion or substitution of a rune of w bytes spoils
	// at most the w+2 grams that overlap it; the rest must be shared. A
	// swap of two neighbours spoils up to 2w+2: rather than loosen the
	// filter for every word, swaps are looked up directly below.
	w := 1
	for _, r := range word {
		w = max(w, utf8.RuneLen(r))
	}
	need := max(1, ngrams-(w+2)*maxDist)
	var out []fuzzyMatch
	for _, s := range touched {
		c := counts[s]
		counts[s] = 0
		if int(c) < need {
			continue
		}
		if sameStart && ix.surfaceFirst[s] != word[0] && int(ix.surfaceLen[s]) == wl {
			continue
		}
		txt := ix.surfaceTxt[s]
		if txt == word {
			continue
		}
		if d := osa(word, txt, maxDist, sc); d <= maxDist {
			out = append(out, fuzzyMatch{surface: s, dist: d})
		}
	}
	sc.gramTouched = touched[:0]
	return ix.swaps(word, maxDist, out)
}

// swaps adds to out the surfaces that are word with one pair of
// neighbouring runes swapped ("Tokyaev" for "Tokayev"), one edit, and with
// maxDist 2 also those with two pairs swapped, two edits.
func (ix *Index) swaps(word string, maxDist int, out []fuzzyMatch) []fuzzyMatch {
	rs := []rune(word)
	try := func(dist int) {
		if id, ok := ix.surfaceIDs[string(rs)]; ok && !slices.ContainsFunc(out, func(m fuzzyMatch) bool { return m.surface == id }) {
			out = append(out, fuzzyMatch{surface: id, dist: dist})
		}
	}
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == rs[i+1] {
			continue
		}
		rs[i], rs[i+1] = rs[i+1], rs[i]
		try(1)
		for j := i + 2; maxDist > 1 && j+1 < len(rs); j++ {
			if rs[j] != rs[j+1] {
				rs[j], rs[j+1] = rs[j+1], rs[j]
				try(2)
				rs[j], rs[j+1] = rs[j+1], rs[j]
			}
		}
		rs[i], rs[i+1] = rs[i+1], rs[i]
	}
	return out
}

// osa returns the optimal string alignment distance between a and b (edits:
// insert, delete, substitute, swap two neighbours), or maxDist+1 when it is
// larger than maxDist.
func osa(a, b string, maxDist int, sc *scratch) int {
	ra, rb := sc.runesA[:0], sc.runesB[:0]
	for _, r := range a {
		ra = append(ra, r)
	}
	for _, r := range b {
		rb = append(rb, r)
	}
	sc.runesA, sc.runesB = ra, rb
	n, m := len(ra), len(rb)
	w := m + 1
	need := 3 * w
	if cap(sc.dist) < need {
		sc.dist = make([]int, need)
	}
	d := sc.dist[:need]
	prev2, prev, cur := d[0:w], d[w:2*w], d[2*w:3*w]
	for j := range w {
		prev[j] = j
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= m; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > maxDist {
			return maxDist + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}

// typoDistance is how many edits a word of n runes may carry and still be
// read as a misspelling.
func typoDistance(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 9:
		return 1
	}
	return 2
}

// minDropped is the shortest misspelling read as a word with two letters
// dropped (see dropsLetters).
const minDropped = 6

// dropsLetters reports whether typed is word with one or more letters
// left out, and the first kept: "uzbkstan" for "uzbekistan".
func dropsLetters(typed, word string) bool {
	if len(typed) >= len(word) || typed == "" || typed[0] != word[0] {
		return false
	}
	i := 0
	for j := 0; j < len(word) && i < len(typed); j++ {
		if word[j] == typed[i] {
			i++
		}
	}
	return i == len(typed)
}

// englishCorrection returns the most frequent English word (one with a
// word vector) one edit from word, a letter added, lost, changed or two
// neighbours swapped, or "" when there is none. Words of fewer than
// minEnglishTypo letters are not corrected: too many words stand one edit
// from a short one.
func (ix *Index) englishCorrection(word string) string {
	if n := utf8.RuneCountInString(word); ix.vecs == nil || n < minEnglishTypo || n > maxEnglishTypo {
		return ""
	}
	best, bestID := "", int32(-1)
	edits1(word, func(w string) {
		if id := ix.vecs.ID(w); id >= 0 && (bestID < 0 || id < bestID) {
			best, bestID = w, id
		}
	})
	return best
}

// minEnglishTypo and maxEnglishTypo bound the words englishCorrection
// corrects: longer ones are no English word one edit away, and would cost
// thousands of look-ups each.
const (
	minEnglishTypo = 5
	maxEnglishTypo = 24
)

// edits1 calls f with every lowercase ASCII word one edit from word: a
// letter deleted, two neighbours swapped, a letter changed or inserted.
// Some words come more than once.
func edits1(word string, f func(string)) {
	b := []byte(word)
	buf := make([]byte, 0, len(b)+1)
	for i := range b {
		f(string(append(append(buf[:0], b[:i]...), b[i+1:]...)))
		if i+1 < len(b) {
			buf = append(buf[:0], b...)
			buf[i], buf[i+1] = buf[i+1], buf[i]
			f(string(buf))
		}
	}
	for i := 0; i <= len(b); i++ {
		for c := byte('a'); c <= 'z'; c++ {
			f(string(append(append(append(buf[:0], b[:i]...), c), b[i:]...)))
			if i < len(b) && b[i] != c {
				buf = append(buf[:0], b...)
				buf[i] = c
				f(string(buf))
			}
		}
	}
}
