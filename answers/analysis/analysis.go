// Package analysis turns text into the terms that Citebot indexes and
// searches: it normalises Unicode quotes, dashes and accents, folds case,
// tokenizes while keeping numbers, money and terms such as "C5+1" or "U.S."
// whole, marks stop words, spells British forms the American way
// ("organisation" → "organization") and stems with the Snowball English
// stemmer.
//
// Sentences and questions go through the same Analyzer, so a question's terms
// meet the sentence terms they were derived the same way from. Every Token
// keeps its byte offsets in the input, so a match can be traced back to the
// exact span of the source text.
package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Flags describe a token's shape in the source text.
type Flags uint8

// Token flags.
const (
	Capitalized Flags = 1 << iota // first letter upper case ("Astana")
	AllCaps                       // two or more letters, all upper case ("CSTO", "U.S.")
	Number                        // contains a digit ("7,644", "C5+1", "2022")
	Currency                      // a currency sign or word stands next to it ("$25")
	Stop                          // a stop word: kept for question analysis, not indexed
	Initial                       // first token of the text
	Compound                      // the parts of a hyphenated word, joined: "reelected" for "re-elected"
)

// Token is one word of a text.
type Token struct {
	Term    string // the indexed form: folded, stemmed
	Surface string // the folded word before stemming ("sanctions", "u.s", "7644")
	Start   int    // byte offset of the first byte in the input
	End     int    // byte offset just past the last byte
	Flags   Flags
	// Word numbers the token's folded surface within its Analyzer: the
	// same surface gets the same number for the Analyzer's life, so a
	// caller can keep per-word data in a slice instead of a map. It is -1
	// when the cache is full.
	Word int32
}

// Is reports whether all of f are set on the token.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

// Analyzer tokenizes and stems text. An Analyzer caches stems and is not
// safe for concurrent use: give each goroutine its own.
type Analyzer struct {
	cache map[string]int32 // folded surface → its place in words
	words []word
	limit int // most words cached
	buf   []byte
}

// word is a cached analysis of one folded surface form.
type word struct {
	surface, stem string
	stop          bool
}

// New returns an Analyzer with an empty stem cache of up to a million
// words, for analysing a corpus.
func New() *Analyzer { return NewLimited(1 << 20) }

// NewLimited returns an Analyzer that caches at most limit words: a
// long-lived analyzer of arbitrary input, such as questions, keeps a small
// cache so that its memory stays bounded.
func NewLimited(limit int) *Analyzer {
	return &Analyzer{cache: make(map[string]int32), limit: limit}
}

// currencyWords maps currency signs to the word a text would use instead,
// so that "$25" and "25 dollars" share a term.
var currencyWords = map[rune]string{'$': "dollar", '€': "euro", '£': "pound", '¥': "yen", '₽': "rubl"}

// currencyTerms are the terms of currency names, written as words or signs.
var currencyTerms = map[string]bool{
	"dollar": true, "euro": true, "pound": true, "yen": true, "rubl": true, "yuan": true,
	"tenge": true, "rupe": true, "franc": true, "lira": true,
}

// IsCurrency reports whether term names a currency: "dollar" for "$",
// "dollars" and "dollar".
func IsCurrency(term string) bool { return currencyTerms[term] }

// Percent is the term of "percent", "per cent" and the sign "%", which
// stands for it.
const Percent = "percent"

// Analyze appends the tokens of text to dst and returns the extended slice.
func (a *Analyzer) Analyze(dst []Token, text string) []Token {
	first := true
	currencyPending := false
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if !isWordRune(r) || unicode.Is(unicode.Mn, r) {
			if r == '$' || r >= utf8.RuneSelf && unicode.Is(unicode.Sc, r) {
				if w, ok := currencyWords[r]; ok {
					id, _ := a.lookup([]byte(w), false)
					dst = append(dst, Token{Term: w, Surface: w, Start: i, End: i + size, Flags: Currency | initial(first), Word: id})
					first = false
				}
				currencyPending = true
			}
			if r == '%' || r == '\uFF05' {
				id, _ := a.lookup([]byte(Percent), false)
				dst = append(dst, Token{Term: Percent, Surface: Percent, Start: i, End: i + size, Flags: initial(first), Word: id})
				first = false
			}
			i += size
			continue
		}
		tok, next := a.scan(text, i)
		if currencyPending && tok.Flags&Number != 0 {
			tok.Flags |= Currency
		}
		currencyPending = false
		if first {
			tok.Flags |= Initial
			first = false
		}
		var magnitude Token
		if tok.Flags&Number != 0 {
			tok, magnitude = a.numberSuffix(tok)
		} else if n := len(dst); n > 0 && dst[n-1].Flags&Number != 0 && magnitudes[tok.Surface] != "" && len(tok.Surface) > 1 {
			// "$25 mln", "$6 bn"
			tok.Word, tok.Surface, tok.Term = a.word(magnitudes[tok.Surface])
		}
		dst = append(dst, tok)
		if magnitude.End > 0 {
			dst = append(dst, magnitude)
		}
		if n := len(dst); n >= 2 && isHyphen(text, dst[n-2].End, tok.Start) && wordy(dst[n-2]) && wordy(tok) {
			// "re-elected" also stands as "reelected", so that the
			// spelling without the hyphen meets it.
			prev := dst[n-2]
			id, joined := a.lookup(append([]byte(prev.Surface), tok.Surface...), false)
			dst = append(dst, Token{Term: joined.stem, Surface: joined.surface, Start: prev.Start, End: tok.End, Flags: Compound | prev.Flags&(Capitalized|Initial), Word: id})
		}
		i = next
	}
	return dst
}

// magnitudes are the short forms of large numbers written after a figure:
// "$25m", "$6bn", "25k", "$25 mln".
var magnitudes = map[string]string{"m": "million", "mn": "million", "mln": "million", "bn": "billion", "b": "billion",
	"bln": "billion", "k": "thousand", "tn": "trillion", "trn": "trillion"}

// numberSuffix reads the letters after a figure: an ordinal's ending is
// dropped ("28th" is 28: "February 28th" meets "February 28"), and after
// a currency a magnitude's short form becomes its word ("$25m" is "$25
// million"), returned as a second token.
func (a *Analyzer) numberSuffix(tok Token) (Token, Token) {
	w := tok.Surface
	k := len(w)
	for k > 0 && w[k-1] >= 'a' && w[k-1] <= 'z' {
		k--
	}
	digits, suffix := w[:k], w[k:]
	if suffix == "" || digits == "" || strings.IndexFunc(digits, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) >= 0 {
		return tok, Token{}
	}
	switch {
	case suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th":
		tok.Word, tok.Surface, tok.Term = a.number(digits)
		return tok, Token{}
	case tok.Flags&Currency != 0 && magnitudes[suffix] != "":
		split := tok.End - len(suffix)
		m := Token{Start: split, End: tok.End}
		m.Word, m.Surface, m.Term = a.word(magnitudes[suffix])
		tok.End = split
		tok.Word, tok.Surface, tok.Term = a.number(digits)
		return tok, m
	}
	return tok, Token{}
}

// number returns the word number, surface and term of a figure.
func (a *Analyzer) number(digits string) (int32, string, string) {
	id, w := a.lookup([]byte(digits), true)
	return id, w.surface, w.stem
}

// word returns the word number, surface and term of a folded word.
func (a *Analyzer) word(s string) (int32, string, string) {
	id, w := a.lookup([]byte(s), false)
	return id, w.surface, w.stem
}

// isHyphen reports whether text[end:start] is a single hyphen or dash.
func isHyphen(text string, end, start int) bool {
	if end >= start || end < 0 {
		return false
	}
	switch text[end:start] {
	case "-", "\u2010", "\u2011":
		return true
	}
	return false
}

// wordy reports whether a token is an ordinary word (not a number).
func wordy(t Token) bool { return t.Flags&(Number|Currency|Compound) == 0 && t.Surface != "" }

func initial(first bool) Flags {
	if first {
		return Initial
	}
	return 0
}

// scan reads one token starting at i, a word rune, and returns it with the
// offset just past it.
func (a *Analyzer) scan(text string, i int) (Token, int) {
	buf := a.buf[:0]
	start := i
	letters, upper, digits := 0, 0, 0
	firstUpper := false
	j := i
	for j < len(text) {
		r, size := decode(text, j)
		switch {
		case isWordRune(r):
			if unicode.IsDigit(r) {
				digits++
			} else if unicode.IsLetter(r) {
				if letters == 0 && unicode.IsUpper(r) {
					firstUpper = true
				}
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
			buf = appendFolded(buf, r)
			j += size
			continue
		case (r == '.' || r == ',') && digits > 0 && lastIsDigit(buf) && j+size < len(text) && isDigitByte(text[j+size]):
			// 7,644 and 80.6: a number's separators stay inside it;
			// thousands separators are dropped so 7,644 meets 7644.
			if r == '.' {
				buf = append(buf, '.')
			}
			j += size
			continue
		case r == '+' && len(buf) > 0 && j+size < len(text) && isAlnumByte(text[j+size]):
			// C5+1
			buf = append(buf, '+')
			j += size
			continue
		}
		break
	}
	// Acronyms written with dots: U.S., U.N., U.K.
	if letters == 1 && digits == 0 && upper == 1 {
		if end, acr, ok := dottedAcronym(text, start); ok {
			buf = append(buf[:0], acr...)
			a.buf = buf
			id, w := a.lookup(buf, false)
			return Token{Term: w.surface, Surface: w.surface, Start: start, End: end, Flags: Capitalized | AllCaps, Word: id}, end
		}
	}
	if digits == 0 && letters > 2 && buf[len(buf)-1] == 'n' && negation(text, j) {
		// "didn't", "won't", "needn't": the verb, whose "n" belongs to
		// "n't", not "didn" or "won" (which would stem to "win").
		buf = append(buf[:0], unnegated(string(buf))...)
	}
	a.buf = buf
	var f Flags
	if firstUpper {
		f |= Capitalized
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	if digits > 0 {
		f |= Number
	}
	tok := Token{Start: start, End: j, Flags: f}
	id, w := a.lookup(buf, digits > 0)
	tok.Word, tok.Surface, tok.Term = id, w.surface, w.stem
	if w.stop && f&AllCaps == 0 {
		tok.Flags |= Stop
		tok.Term = w.surface
	}
	return tok, j
}

// negation reports whether text[j:] is "'t" or "’t" ending a word: the
// rest of a negated verb's "n't".
func negation(text string, j int) bool {
	rest := text[j:]
	var ok bool
	if rest, ok = strings.CutPrefix(rest, "'t"); !ok {
		if rest, ok = strings.CutPrefix(rest, "’t"); !ok {
			return false
		}
	}
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !isWordRune(r)
}

// unnegated returns the verb of a folded word that stood before "'t":
// "didn" → "did", "won" → "will".
func unnegated(w string) string {
	switch w {
	case "won":
		return "will"
	case "can":
		return "can"
	case "shan":
		return "shall"
	case "ain":
		return "is"
	}
	return w[:len(w)-1]
}

// dottedAcronym recognises a run of single capital letters each followed by
// a full stop, starting at i: "U.S." gives "us". It needs at least two.
func dottedAcronym(text string, i int) (end int, acr []byte, ok bool) {
	j := i
	for j+1 < len(text) && text[j] >= 'A' && text[j] <= 'Z' && text[j+1] == '.' {
		if j+2 < len(text) && isAlnumByte(text[j+2]) && !(text[j+2] >= 'A' && text[j+2] <= 'Z' && j+3 < len(text) && text[j+3] == '.') {
			break // "U.Sx": not an acronym letter
		}
		acr = append(acr, text[j]-'A'+'a')
		j += 2
	}
	if len(acr) < 2 {
		return 0, nil, false
	}
	return j, acr, true
}

// lookup returns the cached analysis of a folded word and its number,
// computing it once. A number is its own term.
func (a *Analyzer) lookup(b []byte, number bool) (int32, word) {
	if id, ok := a.cache[string(b)]; ok {
		return id, a.words[id]
	}
	w := word{surface: string(b)}
	if number {
		w.stem = w.surface
	} else {
		w.stop = IsStopWord(w.surface)
		w.stem = TermOf(w.surface)
	}
	if len(a.words) >= a.limit {
		return -1, w
	}
	id := int32(len(a.words))
	a.cache[w.surface] = id
	a.words = append(a.words, w)
	return id, w
}

// TermOf returns the indexed form of a folded word that is no number: its
// base form if irregular ("met" → "meet"), spelt the American way
// ("organised" → "organized"), stemmed ("organ").
func TermOf(word string) string {
	return Stem(Base(American(word)))
}

// Stem returns the Snowball stem of a folded word.
func Stem(word string) string {
	if len(word) < 3 {
		return word
	}
	return english.Stem(word, false)
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isAlnumByte(c byte) bool {
	return isDigitByte(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func lastIsDigit(b []byte) bool { return len(b) > 0 && isDigitByte(b[len(b)-1]) }

// appendFolded appends r lower-cased and without accents.
func appendFolded(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	if unicode.Is(unicode.Mn, r) {
		return b // a combining accent
	}
	r = unicode.ToLower(r)
	if r < 0x250 { // Latin: drop accents (é → e, ı stays)
		var tmp [8]byte
		n := utf8.EncodeRune(tmp[:], r)
		for _, d := range norm.NFD.String(string(tmp[:n])) {
			if !unicode.Is(unicode.Mn, d) {
				b = utf8.AppendRune(b, d)
			}
		}
		return b
	}
	return utf8.AppendRune(b, r)
}
