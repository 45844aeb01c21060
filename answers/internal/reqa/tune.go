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
	{"NeighbourWord", func(p *answers.Params) *float64 { return &p.NeighbourWord }},
	{"Paragraph", func(p *answers.Params) *float64 { return &p.Paragraph }},
	{"Title", func(p *answers.Params) *float64 { return &p.Title }},
	{"TypeBonus", func(p *answers.Params) *float64 { return &p.TypeBonus }},
	{"NameBonus", func(p *answers.Params) *float64 { return &p.NameBonus }},
	{"Proximity", func(p *answers.Params) *float64 { return &p.Proximity }},
	{"Synonym", func(p *answers.Params) *float64 { return &p.Synonym }},
	{"Soft", func(p *answers.Params) *float64 { return &p.Soft }},
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
	p.MinCover, p.NeedName, p.NeedOwner, p.NeedFocus, p.NeedNumber, p.NeedCount, p.NeedAge = 0, false, false, false, false, false, false
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

// Ablation is the score of the engine with one feature switched off.
type Ablation struct {
	Feature string
	Metrics
}

// Ablate scores the engine with its default weights on the questions of
// one half, then with each feature switched off in turn, so that each
// feature's contribution can be read off.
func (b *Bench) Ablate(half Half) ([]Ablation, error) {
	base := answers.New(b.Corpus)
	eval := func(name string, p answers.Params) (Ablation, error) {
		r, err := b.Evaluate(name, engine{base.WithParams(p)}, Options{Half: half})
		if err != nil {
			return Ablation{}, err
		}
		return Ablation{Feature: name, Metrics: r.Metrics}, nil
	}
	off := []struct {
		name string
		set  func(*answers.Params)
	}{
		{"all features", func(*answers.Params) {}},
		{"without neighbour context", func(p *answers.Params) { p.Neighbour, p.NeighbourWord = 0, 0 }},
		{"without paragraph context", func(p *answers.Params) { p.Paragraph = 0 }},
		{"without title context", func(p *answers.Params) { p.Title = 0 }},
		{"without answer types", func(p *answers.Params) { p.TypeBonus, p.NameBonus = 0, 0 }},
		{"without proximity", func(p *answers.Params) { p.Proximity = 0 }},
		{"without thesaurus", func(p *answers.Params) { p.Synonym = 0 }},
		{"without closeness of meaning (word vectors)", func(p *answers.Params) { p.Soft = 0 }},
		{"without the name, owner, attribute, amount, date, speech and content abstention rules", func(p *answers.Params) {
			p.NeedName, p.NeedOwner, p.NeedFocus, p.NeedNumber, p.NeedCount, p.NeedAge, p.NeedDate = false, false, false, false, false, false, false
			p.NeedSpeech, p.NeedContent, p.CountVerb = false, false, false
		}},
		{"with BM25's usual k1 1.2, b 0.75", func(p *answers.Params) { p.K1, p.B = 1.2, 0.75 }},
	}
	var out []Ablation
	for _, o := range off {
		p := answers.DefaultParams()
		o.set(&p)
		a, err := eval(o.name, p)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
