package reqa

import (
	"fmt"
	"io"

	"github.com/citebot/citebot/answers"
)

// tunable names the ranking weights Tune may move, with how to reach each.
var tunable = []struct {
	name string
	get  func(*answers.Params) *float64
}{
	{"K1", func(p *answers.Params) *float64 { return &p.K1 }},
	{"B", func(p *answers.Params) *float64 { return &p.B }},
	{"Neighbour", func(p *answers.Params) *float64 { return &p.Neighbour }},
	{"Paragraph", func(p *answers.Params) *float64 { return &p.Paragraph }},
	{"Title", func(p *answers.Params) *float64 { return &p.Title }},
	{"TypeBonus", func(p *answers.Params) *float64 { return &p.TypeBonus }},
	{"NameBonus", func(p *answers.Params) *float64 { return &p.NameBonus }},
	{"Proximity", func(p *answers.Params) *float64 { return &p.Proximity }},
	{"Synonym", func(p *answers.Params) *float64 { return &p.Synonym }},
	{"HeadingPen", func(p *answers.Params) *float64 { return &p.HeadingPen }},
}

// Tune fits the engine's ranking weights by coordinate ascent on MRR@10
// over the questions of one half: each weight in turn is scaled by each of
// a few factors, and a change is kept when it helps. It starts from
// answers.DefaultParams with abstention off (every SQuAD question is
// answerable) and logs each step to w.
func (b *Bench) Tune(half Half, rounds int, w io.Writer) (answers.Params, Metrics, error) {
	base := answers.New(b.Corpus)
	p := answers.DefaultParams()
	p.MinCover = 0
	eval := func(p answers.Params) (Metrics, error) {
		r, err := b.Evaluate("tune", engine{base.WithParams(p)}, Options{Half: half})
		if err != nil {
			return Metrics{}, err
		}
		return r.Metrics, nil
	}
	best, err := eval(p)
	if err != nil {
		return p, best, err
	}
	fmt.Fprintf(w, "start: R@1 %.4f MRR@10 %.4f\n", best.R1, best.MRR10)
	for round := range rounds {
		improved := false
		for _, t := range tunable {
			for _, f := range []float64{0.5, 0.75, 1.25, 1.5, 2} {
				q := p
				v := t.get(&q)
				old := *v
				*v = old * f
				if old == 0 {
					*v = f - 0.5
				}
				m, err := eval(q)
				if err != nil {
					return p, best, err
				}
				if m.MRR10 > best.MRR10+1e-4 {
					fmt.Fprintf(w, "round %d: %s %.3f → %.3f: R@1 %.4f MRR@10 %.4f\n", round, t.name, old, *v, m.R1, m.MRR10)
					p, best, improved = q, m, true
				}
			}
		}
		if !improved {
			break
		}
	}
	return p, best, nil
}
