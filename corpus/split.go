package corpus

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is the place of one sentence in a text.
type Span struct {
	Start, End int // byte offsets
	Paragraph  int // block number, from 0: paragraphs, headings and captions each count
	Kind       Kind
}

// Split returns the sentences of an article body, in order.
//
// The splitter is rule-based: a statistical splitter (punkt, as in
// github.com/neurosnap/sentences) ran at about 35,000 sentences a second
// here, far too slow for a corpus of a million sentences, while these rules
// split several million a second on one core. The rules are those a reader
// applies:
//
//   - Paragraphs are separated by blank lines and never share a sentence.
//     Inside a paragraph a single line break is a space, unless the line
//     before it looks like a heading (see below).
//   - A sentence ends after ".", "?", "!", "…" or "...", together with any
//     closing quotes and brackets that follow (’ ” " ' » ) ]), when white
//     space and a possible sentence start come next. A sentence never starts
//     with a lowercase letter or with , ; : ) ] ’ ” », so "term. , protection"
//     and "the same?” he said." stay one sentence.
//   - A period after a title or reference abbreviation (Mr., Mrs., Dr., St.,
//     Gen., Sen., Rep., No., Jan., Feb., e.g., i.e., vs., …) never ends a
//     sentence. After an initial (J. R. Smith), a dotted abbreviation (U.S.,
//     U.N., a.m.) or a trailing one (etc., Inc., Ltd., Co., Jr.) it ends one
//     only when a word that usually opens a sentence follows ("…by the U.S.
//     Therefore, …" but "the U.S. Department"). Periods inside numbers
//     ($ 80.6 billion) and words are not followed by white space, so they
//     never end a sentence.
//   - A closing parenthetical with no sentence punctuation, such as a photo
//     credit "(AP Photo)", stays with the sentence before it.
//
// Kinds and markup:
//
//   - A line "# Title" … "###### Title" is a Heading; the "#" markers
//     (and an optional closing run of "#") are not part of the sentence.
//   - A paragraph written as "*…*" is a Caption; the markers are not part of
//     its sentences. The opening "*" must start a line and be followed by
//     text; a line of a paragraph may open the caption, which then runs to
//     the paragraph's end. A "*" that ends a paragraph right after text is
//     markup even without an opening one.
//   - A line that starts with "- ", "* " or "+ " is a bullet list item: the
//     marker is not part of the sentence, and the item starts a new block,
//     which runs to the next item or the paragraph's end. Numbered lists are
//     not recognized ("1." would end a sentence).
//   - A paragraph of one short line (at most 100 bytes) that does not end in
//     punctuation is a Heading, and so is a short line inside a paragraph
//     that starts a sentence, does not end in punctuation, is followed by a
//     line that starts a sentence and is visibly shorter than the
//     paragraph's text lines (so hard-wrapped text is not mistaken for
//     headings).
//
// Spans are trimmed of white space, non-empty, ordered, do not overlap and
// start and end on UTF-8 boundaries; every byte outside them is white space
// or markup.
func Split(body string) []Span {
	sp := splitter{s: body}
	sp.all()
	return sp.out
}

// ScanSentences is a bufio.SplitFunc that returns each sentence of a text,
// as Split finds them, without surrounding white space or markup. It reads a
// whole paragraph before it returns its first sentence, so the Scanner's
// buffer must hold the longest paragraph.
func ScanSentences(data []byte, atEOF bool) (advance int, token []byte, err error) {
	// Skip blank lines, and the white space that ends the line a sentence
	// ended on: the rules look at line starts, never at where a paragraph
	// began, so the rest of a paragraph splits as the whole did.
	// At EOF, bufio.Scanner stops at the first call without a token, so
	// paragraphs without sentences are skipped here too.
	off := 0
	for {
		for {
			nl := bytes.IndexByte(data[off:], '\n')
			if nl < 0 {
				if !blankBytes(data[off:]) {
					break
				}
				if atEOF {
					return len(data), nil, nil
				}
				return off, nil, nil
			}
			if !blankBytes(data[off : off+nl]) {
				break
			}
			off += nl + 1
		}
		n, ok := paragraphEndBytes(data[off:], atEOF)
		if !ok {
			return off, nil, nil
		}
		end := off + n
		sp := splitter{s: string(data[off:end])}
		sp.paragraph(0, n)
		if len(sp.out) == 0 {
			off = end
			continue
		}
		first := sp.out[0]
		token = data[off+first.Start : off+first.End]
		if len(sp.out) == 1 {
			return end, token, nil
		}
		// Resume at the white space after the sentence, which cannot be
		// mistaken for a line start, or, when the next sentence starts on a
		// later line, at the end of this one, so that markup closing this
		// sentence's block (a caption's "*", a heading's closing "#"s) is
		// consumed with it.
		resume := first.End
		if nl := bytes.IndexByte(data[off+first.End:off+sp.out[1].Start], '\n'); nl >= 0 {
			resume += nl
		}
		return off + resume, token, nil
	}
}

// blankBytes reports whether b holds only white space.
func blankBytes(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// paragraphEndBytes returns the end of the paragraph that starts data: the
// line break before the first blank line, or the end of data at EOF. It
// reports false when more data is needed to tell.
func paragraphEndBytes(data []byte, atEOF bool) (int, bool) {
	for a := 0; ; {
		nl := bytes.IndexByte(data[a:], '\n')
		if nl < 0 {
			return len(data), atEOF
		}
		next := a + nl + 1
		nl2 := bytes.IndexByte(data[next:], '\n')
		if nl2 < 0 {
			if !atEOF {
				return 0, false
			}
			if blankBytes(data[next:]) {
				return a + nl, true
			}
			return len(data), true
		}
		if blankBytes(data[next : next+nl2]) {
			return a + nl, true
		}
		a = next
	}
}

// maxHeading is the longest line, in bytes, that can be a heading.
const maxHeading = 100

// headingLookahead is how many lines after a heading candidate are compared
// with it to tell a heading from a hard-wrapped line.
const headingLookahead = 4

// mayEnd marks the bytes where a sentence may end: ".", "!", "?", the
// first byte of "…", and a line break, before a list item.
var mayEnd = [256]bool{'.': true, '!': true, '?': true, 0xE2: true, '\n': true}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// splitter finds the sentences of s and appends them to out.
type splitter struct {
	s    string
	out  []Span
	para int // number of the next block
}

// all splits the whole text, paragraph by paragraph.
func (sp *splitter) all() {
	s := sp.s
	i := 0
	for i < len(s) {
		nl := strings.IndexByte(s[i:], '\n')
		if nl < 0 {
			if !sp.blank(i, len(s)) {
				sp.paragraph(i, len(s))
			}
			return
		}
		if sp.blank(i, i+nl) {
			i += nl + 1
			continue
		}
		end := sp.paragraphEnd(i)
		sp.paragraph(i, end)
		i = end
	}
}

// paragraphEnd returns the end of the paragraph whose first line starts at
// i: the line break before the next blank line, or the end of the text.
func (sp *splitter) paragraphEnd(i int) int {
	s := sp.s
	for {
		nl := strings.IndexByte(s[i:], '\n')
		if nl < 0 {
			return len(s)
		}
		next := i + nl + 1
		e := strings.IndexByte(s[next:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += next
		}
		if sp.blank(next, e) {
			return i + nl
		}
		i = next
	}
}

// blank reports whether s[lo:hi] holds only white space.
func (sp *splitter) blank(lo, hi int) bool { return sp.skipSpace(lo, hi) == hi }

// paragraph splits s[lo:hi], a paragraph without blank lines. Lines of the
// form "# Title" are headings that end the text before them.
func (sp *splitter) paragraph(lo, hi int) {
	s := sp.s
	from := lo
	for a := lo; a < hi; {
		nl := strings.IndexByte(s[a:hi], '\n')
		if nl < 0 {
			nl = hi
		} else {
			nl += a
		}
		if s[a] == '#' && (a == 0 || s[a-1] == '\n') {
			if hs, he, ok := sp.atxHeading(a, nl); ok {
				sp.block(from, a)
				if hs < he {
					sp.out = append(sp.out, Span{Start: hs, End: he, Paragraph: sp.para, Kind: Heading})
					sp.para++
				}
				from = nl
			}
		}
		a = nl + 1
	}
	sp.block(from, hi)
}

// atxHeading parses the line s[a:nl], which starts with "#", as a Markdown
// heading and returns the bounds of its text.
func (sp *splitter) atxHeading(a, nl int) (start, end int, ok bool) {
	s := sp.s
	i := a
	for i < nl && s[i] == '#' {
		i++
	}
	if i-a > 6 || (i < nl && s[i] != ' ' && s[i] != '\t') {
		return 0, 0, false
	}
	end = sp.trimRight(i, nl)
	// An optional closing run of "#" after white space ("## Title ##").
	j := end
	for j > i && s[j-1] == '#' {
		j--
	}
	if j < end && (j == i || s[j-1] == ' ' || s[j-1] == '\t') {
		end = sp.trimRight(i, j)
	}
	start = sp.skipSpace(i, end)
	return start, end, true
}

// block splits s[lo:hi], a paragraph or the part of one between headings,
// finding a caption written as "*…*".
func (sp *splitter) block(lo, hi int) {
	s := sp.s
	b := sp.trimRight(lo, hi)
	a := sp.skipSpace(lo, b)
	if a >= b {
		return
	}
	if b-a >= 2 && s[b-1] == '*' && s[b-2] != '*' && !sp.spaceBefore(a, b-1) {
		if j := strings.LastIndexByte(s[a:b-1], '*'); j >= 0 {
			j += a
			if (j == 0 || s[j-1] == '\n') && j+1 < b-1 && s[j+1] != '*' && !sp.spaceAt(j+1) {
				sp.text(lo, j, Text)
				sp.text(j+1, b-1, Caption)
				return
			}
		}
		b--
	}
	sp.text(lo, b, Text)
}

// text appends the sentences of s[lo:hi], which holds no markup, as
// sentences of the given kind.
func (sp *splitter) text(lo, hi int, kind Kind) {
	s := sp.s
	hi = sp.trimRight(lo, hi)
	first := len(sp.out) // first span of the current block
	for i := sp.skipSpace(lo, hi); i < hi; i = sp.skipSpace(i, hi) {
		if i == 0 || s[i-1] == '\n' {
			if sp.listItem(i, hi) {
				if len(sp.out) > first {
					sp.para++
					first = len(sp.out)
				}
				i++ // the marker
				continue
			}
			if le, ok := sp.headingLine(i, hi); ok {
				if len(sp.out) > first {
					sp.para++
				}
				k := Heading
				if kind == Caption {
					k = Caption
				}
				sp.out = append(sp.out, Span{Start: i, End: le, Paragraph: sp.para, Kind: k})
				sp.para++
				first = len(sp.out)
				i = le
				continue
			}
		}
		end := sp.sentenceEnd(i, hi, hi)
		sp.out = append(sp.out, Span{Start: i, End: end, Paragraph: sp.para, Kind: kind})
		i = end
	}
	if len(sp.out) == first {
		return
	}
	if last := &sp.out[len(sp.out)-1]; kind == Text && len(sp.out) == first+1 &&
		(last.Start == 0 || s[last.Start-1] == '\n') &&
		last.End-last.Start <= maxHeading && strings.IndexByte(s[last.Start:last.End], '\n') < 0 &&
		!sp.endsInPunct(last.Start, last.End) && !sp.innerStop(last.Start, last.End) {
		last.Kind = Heading
	}
	sp.para++
}

// listItem reports whether the line starting at i is a bullet list item:
// "-", "*" or "+", then a blank.
func (sp *splitter) listItem(i, hi int) bool {
	s := sp.s
	return i+1 < hi && (s[i] == '-' || s[i] == '*' || s[i] == '+') && (s[i+1] == ' ' || s[i+1] == '\t')
}

// headingLine reports whether the line starting at i, where a sentence
// starts, is a heading inside a paragraph that ends at hi, and returns the
// end of its text.
func (sp *splitter) headingLine(i, hi int) (int, bool) {
	s := sp.s
	nl := strings.IndexByte(s[i:hi], '\n')
	if nl < 0 {
		return 0, false // the last line
	}
	nl += i
	le := sp.trimRight(i, nl)
	if le-i > maxHeading || !sp.starter(i) || sp.endsInPunct(i, le) {
		return 0, false
	}
	next := sp.skipSpace(nl+1, hi)
	if next >= hi || !sp.starter(next) {
		return 0, false
	}
	// A hard-wrapped line is one that the next word did not fit on.
	word := next
	for word < hi && !sp.spaceAt(word) {
		word++
	}
	width := le - i
	for n, a := 0, nl+1; n < headingLookahead && a < hi; n++ {
		e := strings.IndexByte(s[a:hi], '\n')
		if e < 0 {
			e = hi
		} else {
			e += a
		}
		width = max(width, sp.trimRight(a, e)-a)
		a = e + 1
	}
	if (le-i)+1+(word-next) > width {
		return 0, false
	}
	// No sentence may end inside the line.
	if sp.sentenceEnd(i, hi, le) >= 0 {
		return 0, false
	}
	return le, true
}

// sentenceEnd returns the end of the sentence that starts at i in s[:hi].
// It returns -1 when the sentence does not end at or before stop.
func (sp *splitter) sentenceEnd(i, hi, stop int) int {
	s := sp.s
	start := i
	for i < hi {
		for i < hi && !mayEnd[s[i]] {
			i++
		}
		if i >= stop {
			break
		}
		switch c := s[i]; {
		case c == '\n':
			if sp.listItem(i+1, hi) {
				return sp.trimRight(start, i)
			}
			i++
			continue
		case c == 0xE2 && !strings.HasPrefix(s[i:hi], "…"):
			i++
			continue
		}
		t0 := i
		for i < hi {
			if c := s[i]; c == '.' || c == '!' || c == '?' {
				i++
			} else if strings.HasPrefix(s[i:hi], "…") {
				i += len("…")
			} else {
				break
			}
		}
		period := i-t0 == 1 && s[t0] == '.'
		i = sp.skipClosers(i, hi)
		e := i
		if e >= hi {
			return hi
		}
		if !sp.spaceAt(e) {
			continue
		}
		n := sp.skipSpace(e, hi)
		if n >= hi {
			return e
		}
		if !sp.starter(n) {
			continue
		}
		if period {
			switch periodAfter(s[sp.wordBefore(start, t0):t0]) {
			case abbrevTitle:
				continue
			case abbrevShort:
				if !sp.opensSentence(n, hi) {
					continue
				}
			}
		}
		if sp.closingParenthetical(n, hi) {
			e = hi
		}
		if e > stop {
			return -1
		}
		return e
	}
	if stop < hi {
		return -1
	}
	return hi
}

// skipClosers returns the position after the closing quotes and brackets
// that start at i.
func (sp *splitter) skipClosers(i, hi int) int {
	s := sp.s
	for i < hi {
		switch c := s[i]; {
		case c == '"' || c == '\'' || c == ')' || c == ']':
			i++
		case c == 0xE2 && (strings.HasPrefix(s[i:hi], "’") || strings.HasPrefix(s[i:hi], "”") || strings.HasPrefix(s[i:hi], "›")):
			i += 3
		case c == 0xC2 && strings.HasPrefix(s[i:hi], "»"):
			i += 2
		default:
			return i
		}
	}
	return i
}

// endsInPunct reports whether s[lo:hi] ends in punctuation, before any
// closing quotes and brackets.
func (sp *splitter) endsInPunct(lo, hi int) bool {
	s := sp.s
	for hi > lo {
		r, n := utf8.DecodeLastRuneInString(s[lo:hi])
		switch r {
		case '"', '\'', ')', ']', '’', '”', '›', '»':
			hi -= n
			continue
		case '.', '!', '?', '…', ':', ';', ',':
			return true
		}
		return false
	}
	return false
}

// innerStop reports whether s[lo:hi] has sentence punctuation followed
// by white space, as a heading would not.
func (sp *splitter) innerStop(lo, hi int) bool {
	s := sp.s
	for i := lo; i < hi; i++ {
		switch s[i] {
		case '.', '!', '?':
			if i+1 < hi && sp.spaceAt(i+1) {
				return true
			}
		}
	}
	return false
}

// starter reports whether a sentence can start at i.
func (sp *splitter) starter(i int) bool {
	c := sp.s[i]
	if c < utf8.RuneSelf {
		switch c {
		case ',', ';', ':', ')', ']', '}', '.', '!', '?', '%':
			return false
		}
		return c < 'a' || c > 'z'
	}
	r, _ := utf8.DecodeRuneInString(sp.s[i:])
	switch r {
	case '’', '”', '»', '›', '…':
		return false
	}
	return !unicode.IsLower(r)
}

// wordBefore returns the start of the word that ends at t, not before lo:
// letters and dots, as in "Mr", "U.S" or "e.g".
func (sp *splitter) wordBefore(lo, t int) int {
	s := sp.s
	w := t
	for w > lo && (isASCIILetter(s[w-1]) || s[w-1] == '.') {
		w--
	}
	if w > lo {
		if r, _ := utf8.DecodeLastRuneInString(s[lo:w]); unicode.IsLetter(r) {
			return t // part of a longer word
		}
	}
	return w
}

// opensSentence reports whether the word at i is one that usually opens a
// sentence, like "The" or "However", and is not itself an initial.
func (sp *splitter) opensSentence(i, hi int) bool {
	s := sp.s
	for i < hi && (s[i] == '"' || s[i] == '\'' || s[i] == '(') {
		i++
	}
	if strings.HasPrefix(s[i:hi], "“") || strings.HasPrefix(s[i:hi], "‘") {
		i += len("“")
	}
	j := i
	for j < hi && isASCIILetter(s[j]) {
		j++
	}
	if j < hi && s[j] == '.' {
		return false
	}
	return sentenceOpeners[s[i:j]]
}

// closingParenthetical reports whether s[i:hi] is a parenthetical with no
// sentence punctuation, like "(AP Photo)".
func (sp *splitter) closingParenthetical(i, hi int) bool {
	s := sp.s
	if s[i] != '(' || s[hi-1] != ')' || hi-i < 2 {
		return false
	}
	return !strings.ContainsAny(s[i+1:hi-1], "().!?…")
}

// skipSpace returns the first position from i that is not white space, or hi.
func (sp *splitter) skipSpace(i, hi int) int {
	s := sp.s
	for i < hi {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:hi])
		if !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return hi
}

// trimRight returns hi moved back over white space, not before lo.
func (sp *splitter) trimRight(lo, hi int) int {
	s := sp.s
	for hi > lo {
		c := s[hi-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return hi
			}
			hi--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[lo:hi])
		if !unicode.IsSpace(r) {
			return hi
		}
		hi -= n
	}
	return hi
}

// spaceAt reports whether the rune at i is white space.
func (sp *splitter) spaceAt(i int) bool {
	c := sp.s[i]
	if c < utf8.RuneSelf {
		return asciiSpace[c]
	}
	r, _ := utf8.DecodeRuneInString(sp.s[i:])
	return unicode.IsSpace(r)
}

// spaceBefore reports whether the rune that ends at i, not before lo, is
// white space.
func (sp *splitter) spaceBefore(lo, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(sp.s[lo:i])
	return unicode.IsSpace(r)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// abbrev says what kind of word comes before a period, which decides
// whether the period ends a sentence.
type abbrev uint8

const (
	abbrevNone  abbrev = iota // an ordinary word: the period ends the sentence
	abbrevTitle               // a title or reference (Mr., No.): it never does
	abbrevShort               // an initial, acronym or "etc.": only before a sentence opener
)

// periodAfter classifies the word w that a period follows.
func periodAfter(w string) abbrev {
	switch {
	case w == "":
		return abbrevNone
	case titleAbbrevs[w]:
		return abbrevTitle
	case trailingAbbrevs[w]:
		return abbrevShort
	case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z':
		return abbrevShort // an initial, as in "J. R. Smith"
	case strings.IndexByte(w, '.') > 0 && dotted(w):
		return abbrevShort
	}
	return abbrevNone
}

// dotted reports whether w is a dotted abbreviation like "U.S" or "Ph.D":
// short runs of letters joined by single dots.
func dotted(w string) bool {
	run := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			if run == 0 {
				return false
			}
			run = 0
			continue
		}
		run++
		if run > 3 {
			return false
		}
	}
	return run > 0
}

// titleAbbrevs never end a sentence: they come before a name or a number.
var titleAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Dr": true, "Prof": true, "St": true, "Mt": true, "Ft": true,
	"Gen": true, "Lt": true, "Col": true, "Maj": true, "Capt": true, "Cmdr": true, "Adm": true, "Sgt": true, "Cpl": true, "Pvt": true, "Brig": true,
	"Sen": true, "Rep": true, "Gov": true, "Pres": true, "Rev": true, "Hon": true, "Amb": true, "Atty": true, "Supt": true, "Det": true, "Insp": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"No": true, "Nos": true, "Vol": true, "vol": true, "Fig": true, "fig": true, "p": true, "pp": true, "ch": true, "pop": true, "ca": true,
	"e.g": true, "i.e": true, "vs": true, "cf": true, "approx": true,
}

// trailingAbbrevs end a sentence only before a word that opens one.
var trailingAbbrevs = map[string]bool{
	"etc": true, "al": true, "pct": true, "Inc": true, "Ltd": true, "Co": true, "Corp": true, "Jr": true, "Sr": true, "Bros": true, "Esq": true, "Plc": true,
}

// sentenceOpeners are words that commonly start a sentence but rarely follow
// an abbreviation inside one.
var sentenceOpeners = map[string]bool{
	"A": true, "After": true, "All": true, "Also": true, "Although": true, "An": true, "And": true, "As": true, "At": true,
	"But": true, "By": true, "During": true, "Even": true, "For": true, "From": true, "He": true, "Her": true, "His": true,
	"However": true, "I": true, "If": true, "In": true, "Instead": true, "It": true, "Its": true, "Meanwhile": true,
	"Moreover": true, "Nevertheless": true, "Now": true, "On": true, "Our": true, "She": true, "So": true, "Some": true,
	"Still": true, "That": true, "The": true, "Their": true, "Then": true, "There": true, "Therefore": true, "These": true,
	"They": true, "This": true, "Those": true, "Thus": true, "We": true, "What": true, "When": true, "While": true,
	"Why": true, "With": true, "Yet": true, "You": true,
}
