// Package scalecorpus generates large, realistic corpora of news articles,
// and questions about them, to measure the answers engine at scale.
//
// The sentences of the embedded seed corpus serve as templates. Each
// generated sentence copies one template and replaces about 40% of its
// content words with words of a synthetic vocabulary: pronounceable words
// built from syllables and drawn from a Zipf distribution over an unbounded
// rank space, so that the vocabulary keeps growing with the corpus as it does
// in real text (Heaps' law) and a few words are very frequent. Sentences are
// grouped four to six to a paragraph and about 25 to an article, each
// article with its own outlet, date, title and URL in YAML front matter.
//
// Everything is drawn from one seeded PCG generator: the same seed and size
// give the same bytes, as long as the templates (the seed corpus and its
// sentence splitter) do not change.
package scalecorpus

import (
	"errors"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing/fstest"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/corpus"
)

// Parameters of the generated text.
const (
	replaceShare = 0.4 // share of content words replaced by synthetic ones

	// The synthetic vocabulary: rank k is drawn with probability
	// proportional to (zipfV+k)^-zipfS, for k up to zipfMax.
	zipfS   = 1.5
	zipfV   = 50
	zipfMax = 1<<25 - 1

	sampleSize = 2048 // sentences kept to build questions from
	outlets    = 150
)

// Corpus is a generated corpus.
type Corpus struct {
	Files      fstest.MapFS // articles, "000000.md" and up, for corpus.Load
	Articles   int
	Sentences  int // sentences written, each from one template sentence
	Vocabulary int // distinct lower-cased runs of letters in the bodies

	seed   uint64
	sample []string // sentences drawn uniformly from the corpus
}

// Generate writes a corpus of the given number of sentences, using the
// sentences of the embedded corpus as templates.
func Generate(sentences int, seed uint64) (*Corpus, error) {
	c, err := corpus.Embedded()
	if err != nil {
		return nil, fmt.Errorf("load the seed corpus: %w", err)
	}
	texts := make([]string, len(c.Sentences))
	for i := range c.Sentences {
		if c.Sentences[i].Kind == corpus.Text {
			texts[i] = c.Text(i)
		}
	}
	return generate(texts, sentences, seed)
}

// template is one seed sentence cut into literal text and replaceable words.
type template struct {
	parts   []part
	litIDs  []int32 // vocabulary ids of the letter runs in the literal parts
	written bool    // some sentence was made from it
}

// part is literal text, or a word that may be replaced.
type part struct {
	text  string
	slot  bool
	shape shape
	id    int32 // vocabulary id of the lower-cased word, for a slot
}

// generator holds the state of one generation.
type generator struct {
	rng       *rand.Rand
	words     *rand.Zipf
	outlets   *rand.Zipf
	templates []template

	vocab     map[string]int32 // lower-cased template words to ids
	vocabSeen []bool           // template words written
	ranks     []uint64         // bit set of synthetic ranks written

	scratch []byte
}

func generate(texts []string, sentences int, seed uint64) (*Corpus, error) {
	rng := rand.New(rand.NewPCG(seed, 0x5ca1ec0))
	g := &generator{
		rng:     rng,
		words:   rand.NewZipf(rng, zipfS, zipfV, zipfMax),
		outlets: rand.NewZipf(rng, 1.1, 2, outlets-1),
		vocab:   make(map[string]int32),
		ranks:   make([]uint64, zipfMax/64+1),
	}
	for _, text := range texts {
		if t, ok := g.template(text); ok {
			g.templates = append(g.templates, t)
		}
	}
	if len(g.templates) == 0 {
		return nil, errors.New("the seed corpus has no sentence to use as a template")
	}
	g.vocabSeen = make([]bool, len(g.vocab))
	outletNames := make([]string, outlets)
	for i := range outletNames {
		outletNames[i] = outletName(i)
	}

	c := &Corpus{Files: make(fstest.MapFS), seed: seed}
	var body []byte
	for c.Sentences < sentences {
		n := min(15+rng.IntN(21), sentences-c.Sentences)
		headline := rng.IntN(n)
		var title string
		body = body[:0]
		for s := 0; s < n; {
			if s > 0 {
				body = append(body, "\n\n"...)
			}
			end := min(s+4+rng.IntN(3), n)
			for ; s < end; s++ {
				if len(body) > 0 && body[len(body)-1] != '\n' {
					body = append(body, ' ')
				}
				start := len(body)
				body = g.sentence(body, &g.templates[rng.IntN(len(g.templates))])
				if s == headline {
					title = headline4to10(string(body[start:]), rng)
				}
				if i := sampleSlot(len(c.sample), c.Sentences, rng); i == len(c.sample) {
					c.sample = append(c.sample, string(body[start:]))
				} else if i >= 0 {
					c.sample[i] = string(body[start:])
				}
				c.Sentences++
			}
		}
		name := fmt.Sprintf("%06d.md", c.Articles)
		fm := g.frontMatter(title, outletNames[g.outlets.Uint64()], c.Articles)
		data := make([]byte, 0, len(fm)+len(body)+1)
		data = append(append(append(data, fm...), body...), '\n')
		c.Files[name] = &fstest.MapFile{Data: data, Mode: 0o644}
		c.Articles++
	}
	c.Vocabulary = g.vocabulary()
	return c, nil
}

// template cuts a seed sentence into parts. It refuses fragments that are
// too short or lack final punctuation (headings, bylines), which a sentence
// splitter would not end where the template does.
func (g *generator) template(text string) (template, bool) {
	text = strings.Join(strings.Fields(text), " ")
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, `"'”’)]`))
	if strings.Count(text, " ") < 3 || !strings.ContainsRune(".!?", last) {
		return template{}, false
	}
	var t template
	lit := 0
	for _, tok := range letterRuns(text) {
		w := text[tok.start:tok.end]
		id := g.vocabID(w)
		if !replaceable(text, tok) {
			t.litIDs = append(t.litIDs, id)
			continue
		}
		if lit < tok.start {
			t.parts = append(t.parts, part{text: text[lit:tok.start]})
		}
		t.parts = append(t.parts, part{text: w, slot: true, shape: shapeOf(w), id: id})
		lit = tok.end
	}
	if lit < len(text) {
		t.parts = append(t.parts, part{text: text[lit:]})
	}
	return t, true
}

func (g *generator) vocabID(w string) int32 {
	w = strings.ToLower(w)
	id, ok := g.vocab[w]
	if !ok {
		id = int32(len(g.vocab))
		g.vocab[w] = id
	}
	return id
}

// sentence appends a sentence made from t.
func (g *generator) sentence(dst []byte, t *template) []byte {
	if !t.written {
		t.written = true
		for _, id := range t.litIDs {
			g.vocabSeen[id] = true
		}
	}
	for i := range t.parts {
		p := &t.parts[i]
		switch {
		case !p.slot:
			dst = append(dst, p.text...)
		case g.rng.Float64() < replaceShare:
			rank := g.words.Uint64()
			g.ranks[rank/64] |= 1 << (rank % 64)
			g.scratch = appendWord(g.scratch[:0], rank)
			dst = appendShaped(dst, g.scratch, p.shape)
		default:
			dst = append(dst, p.text...)
			g.vocabSeen[p.id] = true
		}
	}
	return dst
}

// vocabulary counts the distinct words written: template words, and
// synthetic words that are not also template words.
func (g *generator) vocabulary() int {
	n := 0
	for _, seen := range g.vocabSeen {
		if seen {
			n++
		}
	}
	for i, set := range g.ranks {
		for set != 0 {
			b := bits.TrailingZeros64(set)
			set &^= 1 << b
			id, ok := g.vocab[word(uint64(i*64+b))]
			if !ok || !g.vocabSeen[id] {
				n++
			}
		}
	}
	return n
}

// sampleSlot keeps a uniform sample of the sentences seen (algorithm R):
// given the sample's length n and how many sentences came before this one,
// it returns where to put this one, n to append it, or -1 to drop it.
func sampleSlot(n, seen int, rng *rand.Rand) int {
	if n < sampleSize {
		return n
	}
	if j := rng.IntN(seen + 1); j < sampleSize {
		return j
	}
	return -1
}

// headline4to10 makes a title of the first four to ten words of a sentence.
func headline4to10(s string, rng *rand.Rand) string {
	f := strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune("\"“”", r) {
			return -1
		}
		return r
	}, s))
	f = f[:min(len(f), 4+rng.IntN(7))]
	return strings.TrimRight(strings.Join(f, " "), ",;:.—–-")
}

var outletKinds = []string{"Times", "Herald", "Post", "Daily", "News", "Review", "Gazette", "Tribune", "Observer", "Wire", "Courier", "Journal"}

// outletName returns the name of outlet i, made of a rare synthetic word.
func outletName(i int) string {
	w := []byte(word(uint64(1_000_000 + i*7919)))
	w[0] -= 'a' - 'A'
	return string(w) + " " + outletKinds[i%len(outletKinds)]
}

var firstDay = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)

// frontMatter returns the YAML front matter of article i.
func (g *generator) frontMatter(title, outlet string, i int) string {
	host := "www." + slug(outlet, 2) + ".example"
	var b strings.Builder
	b.WriteString("---\ntitle: " + strconv.Quote(title) + "\noutlet: " + strconv.Quote(outlet) + "\n")
	// One article in thirty has no known date, as the contract allows.
	if g.rng.IntN(30) == 0 {
		fmt.Fprintf(&b, "url: https://%s/news/%s-%d\n", host, slug(title, 6), i)
	} else {
		d := firstDay.AddDate(0, 0, g.rng.IntN(11*365))
		fmt.Fprintf(&b, "url: https://%s/%s/%s-%d\npublished: %s\n", host, d.Format("2006/01/02"), slug(title, 6), i, d.Format(time.DateOnly))
	}
	b.WriteString("language: en\n---\n\n")
	return b.String()
}

// slug returns the first n words of s in lower case ASCII, joined by "-".
func slug(s string, n int) string {
	var words []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		w := strings.Map(func(r rune) rune {
			if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return r
			}
			return -1
		}, f)
		if w != "" && len(words) < n {
			words = append(words, w)
		}
	}
	return strings.Join(words, "-")
}
