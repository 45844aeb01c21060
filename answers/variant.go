package answers

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/citebot/citebot/answers/internal/thesaurus"
)

// skeleton reduces a folded name to its consonants: the first letter, then
// every later letter that is not a vowel (or y), with doubled letters
// collapsed. Transliterations of one name tend to share it even where they
// are several edits apart: "mirziyoyev" and "merziev" are both "mrzv".
func skeleton(w string) string {
	b := make([]byte, 0, len(w))
	for i, r := range w {
		if r >= utf8.RuneSelf || !('a' <= r && r <= 'z') {
			return "" // names in other scripts are left to the edit distance
		}
		c := byte(r)
		if i > 0 {
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				continue
			}
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// translitFolds are the letters that English transliterations of one
// Kazakh, Uzbek or Russian name write differently: "Qasym-Zhomart Toqayev"
// (Kazakh Latin) is "Kassym-Jomart Tokayev"; "Zhaparov" is "Japarov".
var translitFolds = strings.NewReplacer("dzh", "j", "zh", "j", "dj", "j", "kh", "h", "q", "k", "ck", "k", "w", "v", "ph", "f", "y", "i")

// translitFold returns a name's letters with the differences of
// transliteration folded away (translitFolds) and doubled letters made
// single ("Kassym" and "Qasym" are both "kasim"), or "" for a word of
// fewer than minFold letters or with letters outside a to z.
func translitFold(w string) string {
	if len(w) < minFold {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return ""
		}
	}
	b := []byte(translitFolds.Replace(w))
	out := b[:1]
	for _, c := range b[1:] {
		if c != out[len(out)-1] {
			out = append(out, c)
		}
	}
	return string(out)
}

// minFold is the shortest name folded by translitFold.
const minFold = 5

// skeletonKey returns the skeleton of a name long enough for it to be
// telling, or "".
func skeletonKey(w string) string {
	if utf8.RuneCountInString(w) < 6 {
		return ""
	}
	if k := skeleton(w); len(k) >= 4 {
		return k
	}
	return ""
}

// indexSkeletons maps the skeletons of the corpus's names to their surfaces.
func (ix *Index) indexSkeletons() {
	ix.skeletons = make(map[string][]uint32)
	for id := range ix.surfaces {
		if !ix.surfaces[id].nameLike() {
			continue
		}
		if k := skeletonKey(ix.surfaceTxt[id]); k != "" {
			ix.skeletons[k] = append(ix.skeletons[k], uint32(id))
		}
	}
	ix.folds = make(map[string][]uint32)
	for id := range ix.surfaces {
		if ix.surfaces[id].nameLike() {
			ix.names = append(ix.names, uint32(id))
			if k := translitFold(ix.surfaceTxt[id]); k != "" {
				ix.folds[k] = append(ix.folds[k], uint32(id))
			}
		}
	}
	slices.SortFunc(ix.names, func(a, b uint32) int { return cmp.Compare(ix.surfaceTxt[a], ix.surfaceTxt[b]) })
	for _, ids := range ix.skeletons {
		slices.SortStableFunc(ids, func(a, b uint32) int { return cmp.Compare(ix.surfaces[b].count, ix.surfaces[a].count) })
	}
}

// maxSkeletonMates bounds the names sharing a skeleton that are checked
// for shared company; the most frequent come first.
const maxSkeletonMates = 8

// maxFrontier bounds the spellings whose own spellings are looked up.
const maxFrontier = 3

// maxContextPostings bounds the sentences read to learn a name's company.
const maxContextPostings = 64

// company returns the names that share a sentence with term t, from its
// first sentences.
func (ix *Index) company(t termID) []termID {
	var out []termID
	ps := ix.postingsOf(t)
	for _, e := range ps[:min(len(ps), maxContextPostings)] {
		for _, o := range ix.termsOf(e >> tfBits) {
			if o != t && ix.termKind[o]&kindName != 0 {
				out = append(out, o)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sharesCompany reports whether a candidate spelling of a name keeps the
// same company as the name asked about: a name that is not among the most
// frequent quarter of sentences and that shares a sentence with the
// candidate and either with the asked name or with the question itself.
func (ix *Index) sharesCompany(cand termID, context []termID) bool {
	limit := len(ix.sentLen) / 4
	for _, o := range ix.company(cand) {
		if ix.df(o) <= limit {
			if _, ok := slices.BinarySearch(context, o); ok {
				return true
			}
		}
	}
	return false
}

// variant is another spelling of a name, weighted by how far it is.
type variant struct {
	surface uint32
	weight  float64
}

// maxVariants bounds the spellings a name is expanded to.
const maxVariants = 8

// spellings returns the corpus's other spellings of the name surface sid:
// names that begin with the same letter and lie within a quarter of their
// length in edits, and, once more, the same for those (Tleuberdi →
// Tileuberdi → Tireuberdi), so that a chain of small variations is one name.
func (ix *Index) spellings(sid uint32, sc *scratch) []variant {
	seen := map[uint32]bool{sid: true}
	var out []variant
	frontier := []variant{{surface: sid, weight: ix.p.Variant + 0.05}}
	for hop := 0; hop < 2 && len(out) < maxVariants; hop++ {
		var next []variant
		for _, f := range frontier {
			word := ix.surfaceTxt[f.surface]
			first, _ := utf8.DecodeRuneInString(word)
			for _, m := range ix.near(word, utf8.RuneCountInString(word)/4, true, sc) {
				other := ix.surfaceTxt[m.surface]
				if seen[m.surface] || !ix.maybeName(m.surface) {
					continue
				}
				if f, _ := utf8.DecodeRuneInString(other); f != first {
					continue
				}
				seen[m.surface] = true
				v := variant{surface: m.surface, weight: f.weight - 0.05*float64(m.dist)}
				next = append(next, v)
				if len(out) < maxVariants {
					out = append(out, v)
				}
			}
		}
		slices.SortStableFunc(next, func(a, b variant) int { return cmp.Compare(b.weight, a.weight) })
		frontier = next[:min(len(next), maxFrontier)]
	}
	return out
}

// maybeName reports whether a surface may be a name: it is written as one,
// or it was only seen first in a sentence, where every word has a capital,
// and is no English word.
func (ix *Index) maybeName(id uint32) bool {
	s := &ix.surfaces[id]
	if s.nameLike() {
		return true
	}
	if s.mid > 0 {
		return false
	}
	th, err := thesaurus.Default()
	return err == nil && !th.IsLemma(ix.surfaceTxt[id], "nvar")
}

// Names that begin with another name, a few letters longer, are mostly the
// country and its people or language: "Kazakh" and "Kazakhstan", "Uzbek"
// and "Uzbekistan", "Asia" and "Asian". minStem is the shortest name
// looked for inside a longer one, maxSuffix the most letters added.
const (
	minStem   = 4
	maxSuffix = 5
)

// namesFrom returns the corpus's names that begin with prefix, from its
// sorted names.
func (ix *Index) namesFrom(prefix string) []uint32 {
	lo, _ := slices.BinarySearchFunc(ix.names, prefix, func(id uint32, w string) int { return cmp.Compare(ix.surfaceTxt[id], w) })
	hi := lo
	for hi < len(ix.names) && strings.HasPrefix(ix.surfaceTxt[ix.names[hi]], prefix) {
		hi++
	}
	return ix.names[lo:hi]
}

// relatedNames returns the name surfaces of the corpus that begin with the
// folded name w and are at most maxSuffix letters longer, and those that w
// begins with, at least minStem letters long.
func (ix *Index) relatedNames(w string) []uint32 {
	runes := []rune(w)
	if len(runes) < minStem {
		return nil
	}
	var out []uint32
	for _, id := range ix.namesFrom(w) {
		if extra := int(ix.surfaceLen[id]) - len(runes); extra > 0 && extra <= maxSuffix {
			out = append(out, id)
		}
	}
	for n := max(minStem, len(runes)-maxSuffix); n < len(runes); n++ {
		if id, ok := ix.surfaceIDs[string(runes[:n])]; ok && ix.surfaces[id].nameLike() {
			out = append(out, id)
		}
	}
	return out
}

// stemNames returns the corpus's names that share with the folded word w
// its longest prefix of at least minStem letters that leaves at most
// maxStemEnd letters of either: "China" for "Chinese", "British" for
// "Britain". A people and its country often differ so, past a prefix
// (see relatedNames for "Kazakh" and "Kazakhstan").
func (ix *Index) stemNames(w string) []uint32 {
	runes := []rune(w)
	for k := len(runes) - 1; k >= minStem && len(runes)-k <= maxStemEnd; k-- {
		var out []uint32
		for _, id := range ix.namesFrom(string(runes[:k])) {
			if ix.surfaceTxt[id] != w && int(ix.surfaceLen[id])-k <= maxStemEnd {
				out = append(out, id)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// maxStemEnd is the most letters past a shared stem (see stemNames).
const maxStemEnd = 3

// nameAdjective reports whether a word extends a name of the corpus by one
// or two letters, as "Russian" does "Russia" and "European" "Europe".
func (ix *Index) nameAdjective(w string) bool {
	n := utf8.RuneCountInString(w)
	return slices.ContainsFunc(ix.relatedNames(w), func(id uint32) bool {
		extra := n - int(ix.surfaceLen[id])
		return extra > 0 && extra <= 2
	})
}
