package reqa

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/corpus"
)

// Searcher ranks the sentences of a corpus for a question.
type Searcher interface {
	// Search returns up to k sentence indexes, best first, or none when
	// it abstains.
	Search(question string, k int) ([]int, error)
}

// System is a named way to build a Searcher over a corpus.
type System struct {
	Name  string
	Build func(*corpus.Corpus) Searcher
}

// Engine is Citebot's answers.Index.
func Engine() System {
	return System{Name: "citebot", Build: func(c *corpus.Corpus) Searcher { return engine{answers.New(c)} }}
}

// Baseline is the reference BM25 ranker.
func Baseline() System {
	return System{Name: "bm25", Build: func(c *corpus.Corpus) Searcher { return NewBM25(c) }}
}

type engine struct{ ix *answers.Index }

func (e engine) Search(question string, k int) ([]int, error) {
	as, err := e.ix.Search(question, answers.Options{K: k})
	if err != nil {
		return nil, err
	}
	out := make([]int, len(as))
	for i, a := range as {
		out[i] = a.Sentence
	}
	return out, nil
}

// Half selects the questions evaluated by the index of their article, so
// that weights tuned on one half can be checked on the other. The corpus is
// always the whole data set.
type Half int

// Halves.
const (
	All  Half = iota // every question
	Even             // questions about articles 0, 2, 4, …
	Odd              // questions about articles 1, 3, 5, …
)

// ParseHalf reads "all", "even" or "odd".
func ParseHalf(s string) (Half, error) {
	for h := All; h <= Odd; h++ {
		if h.String() == s {
			return h, nil
		}
	}
	return All, fmt.Errorf("half %q: want all, even or odd", s)
}

func (h Half) String() string {
	switch h {
	case Even:
		return "even"
	case Odd:
		return "odd"
	}
	return "all"
}

// Has reports whether questions about article ai belong to the half.
func (h Half) Has(ai int) bool {
	switch h {
	case Even:
		return ai%2 == 0
	case Odd:
		return ai%2 == 1
	}
	return true
}

// Options tune an evaluation.
type Options struct {
	K       int  // quotes asked per question; 0 means 10
	Half    Half // questions evaluated
	Workers int  // questions searched at once; 0 means GOMAXPROCS
}

// Outcome is what a system returned for one question.
type Outcome struct {
	Question int   // index into Bench.Questions
	Rank     int   // rank of the first gold sentence returned, from 1; 0 when none was
	Returned []int // sentences returned, best first
}

// Metrics are the ReQA figures of a run.
type Metrics struct {
	R1    float64 // share of questions whose first quote is a gold sentence
	R5    float64 // share with a gold sentence among the first five
	MRR10 float64 // mean of 1/rank of the first gold sentence, 0 beyond rank 10
}

// Score computes the metrics of a list of ranks (from 1; 0 for not found).
func Score(ranks []int) Metrics {
	var m Metrics
	if len(ranks) == 0 {
		return m
	}
	for _, r := range ranks {
		if r < 1 {
			continue
		}
		if r == 1 {
			m.R1++
		}
		if r <= 5 {
			m.R5++
		}
		if r <= 10 {
			m.MRR10 += 1 / float64(r)
		}
	}
	n := float64(len(ranks))
	m.R1 /= n
	m.R5 /= n
	m.MRR10 /= n
	return m
}

// Result is the evaluation of one system.
type Result struct {
	System string
	K      int
	Half   Half
	Metrics
	Outcomes    []Outcome     // one per question evaluated, in Bench.Questions order
	Abstentions int           // questions that got no quote at all
	Build       time.Duration // building the system's index
	Search      time.Duration // searching every question, wall clock
}

// PerSecond returns the questions answered per second of wall clock.
func (r *Result) PerSecond() float64 {
	if r.Search <= 0 {
		return 0
	}
	return float64(len(r.Outcomes)) / r.Search.Seconds()
}

// Run builds sys over the benchmark's corpus and evaluates it.
func (b *Bench) Run(sys System, opt Options) (*Result, error) {
	t0 := time.Now()
	s := sys.Build(b.Corpus)
	build := time.Since(t0)
	r, err := b.Evaluate(sys.Name, s, opt)
	if err != nil {
		return nil, err
	}
	r.Build = build
	return r, nil
}

// Evaluate asks s every question of the chosen half, in parallel, and
// scores the answers.
func (b *Bench) Evaluate(name string, s Searcher, opt Options) (*Result, error) {
	k := opt.K
	if k <= 0 {
		k = 10
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	r := &Result{System: name, K: k, Half: opt.Half}
	for qi, q := range b.Questions {
		if opt.Half.Has(q.Article) {
			r.Outcomes = append(r.Outcomes, Outcome{Question: qi})
		}
	}
	errs := make([]error, len(r.Outcomes))
	var next atomic.Int64
	var wg sync.WaitGroup
	t0 := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(r.Outcomes) {
					return
				}
				o := &r.Outcomes[i]
				q := &b.Questions[o.Question]
				o.Returned, errs[i] = s.Search(q.Text, k)
				o.Rank = rankOf(o.Returned, q.Gold)
			}
		}()
	}
	wg.Wait()
	r.Search = time.Since(t0)
	ranks := make([]int, len(r.Outcomes))
	for i, o := range r.Outcomes {
		if errs[i] != nil {
			return nil, fmt.Errorf("%s: question %q: %w", name, b.Questions[o.Question].Text, errs[i])
		}
		if len(o.Returned) == 0 {
			r.Abstentions++
		}
		ranks[i] = o.Rank
	}
	r.Metrics = Score(ranks)
	return r, nil
}

// rankOf returns the rank, from 1, of the first returned sentence that is in
// gold, or 0.
func rankOf(returned, gold []int) int {
	for i, s := range returned {
		for _, g := range gold {
			if s == g {
				return i + 1
			}
		}
	}
	return 0
}

// Miss is a question whose first quote was not a gold sentence, for error
// analysis.
type Miss struct {
	Question string   `json:"question"`
	Article  string   `json:"article"`
	Rank     int      `json:"rank"` // 0 when no gold sentence was returned
	Gold     []string `json:"gold"`
	Returned []string `json:"returned"` // the first three quotes
}

// WriteMisses writes one JSON object per line for every question of r not
// answered at rank 1.
func (r *Result) WriteMisses(w io.Writer, b *Bench) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	c := b.Corpus
	for _, o := range r.Outcomes {
		if o.Rank == 1 {
			continue
		}
		q := b.Questions[o.Question]
		a := &c.Articles[q.Article]
		m := Miss{Question: q.Text, Article: cmp.Or(a.Title, a.ID), Rank: o.Rank, Gold: []string{}, Returned: []string{}}
		for _, g := range q.Gold {
			m.Gold = append(m.Gold, c.Text(g))
		}
		for _, s := range o.Returned[:min(3, len(o.Returned))] {
			m.Returned = append(m.Returned, c.Text(s))
		}
		if err := enc.Encode(m); err != nil {
			return fmt.Errorf("write misses: %w", err)
		}
	}
	return nil
}
