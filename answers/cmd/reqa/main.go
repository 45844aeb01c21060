// Command reqa measures Citebot's answer-sentence retrieval on the SQuAD
// v1.1 development set, read as one corpus in the manner of ReQA.
//
// Usage:
//
//	go run ./answers/cmd/reqa -squad PATH [-k 10] [-misses FILE] [-baseline] [-half even|odd|all]
//
// It prints one row per system: R@1, R@5, MRR@10, abstentions, questions
// per second and index build time.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
	"text/tabwriter"

	"github.com/citebot/citebot/answers/internal/reqa"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("reqa", flag.ContinueOnError)
	fs.SetOutput(stderr)
	squad := fs.String("squad", os.Getenv("SQUAD_PATH"), "SQuAD zip or JSON file (default $SQUAD_PATH)")
	k := fs.Int("k", 10, "quotes asked per question")
	misses := fs.String("misses", "", "write the engine's questions not answered at rank 1 to this JSONL file")
	baseline := fs.Bool("baseline", false, "also evaluate the reference BM25 ranker")
	half := fs.String("half", "all", "questions evaluated, by article: all, even or odd")
	tune := fs.Int("tune", 0, "fit the ranking weights on -half by coordinate ascent for up to this many rounds, then score both halves")
	ablate := fs.Bool("ablate", false, "score the engine with each ranking feature switched off in turn")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	h, err := reqa.ParseHalf(*half)
	if err == nil && *squad == "" {
		err = errors.New("-squad is required")
	}
	if err == nil && *k < 1 {
		err = fmt.Errorf("-k %d: want at least 1", *k)
	}
	if err != nil {
		fmt.Fprintln(stderr, "reqa:", err)
		fs.Usage()
		return 2
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(stderr, "reqa:", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(stderr, "reqa:", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	if *ablate {
		if err := ablation(stdout, *squad, h); err != nil {
			fmt.Fprintln(stderr, "reqa:", err)
			return 1
		}
		return 0
	}
	if *tune > 0 {
		if err := tuneWeights(stdout, *squad, h, *tune); err != nil {
			fmt.Fprintln(stderr, "reqa:", err)
			return 1
		}
		return 0
	}
	if err := evaluate(stdout, *squad, *misses, *baseline, reqa.Options{K: *k, Half: h}); err != nil {
		fmt.Fprintln(stderr, "reqa:", err)
		return 1
	}
	return 0
}

func evaluate(w io.Writer, squad, misses string, baseline bool, opt reqa.Options) error {
	b, err := bench(squad)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d articles, %d sentences, %d questions (%d unique), %d gold answers (%d unplaced, %d mismatched); half %s, k %d\n\n",
		len(b.Corpus.Articles), len(b.Corpus.Sentences), b.Asked, len(b.Questions), b.Answers, b.Unplaced, b.Mismatched, opt.Half, opt.K)
	systems := []reqa.System{reqa.Engine()}
	if baseline {
		systems = append(systems, reqa.Baseline())
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\tquestions\tR@1\tR@5\tMRR@10\tabstentions\tq/s\tbuild\t")
	for i, sys := range systems {
		r, err := b.Run(sys, opt)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%.0f\t%s\t\n",
			r.System, len(r.Outcomes), r.R1, r.R5, r.MRR10, r.Abstentions, r.PerSecond(), r.Build.Round(1e6))
		if i == 0 && misses != "" {
			if err := writeMisses(misses, r, b); err != nil {
				return err
			}
		}
	}
	return tw.Flush()
}

// bench reads the data set and builds its corpus.
func bench(squad string) (*reqa.Bench, error) {
	ds, err := read(squad)
	if err != nil {
		return nil, err
	}
	return reqa.Build(ds)
}

func read(name string) (*reqa.Dataset, error) {
	if strings.HasSuffix(name, ".zip") {
		return reqa.ReadZip(name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ds, err := reqa.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ds, nil
}

func writeMisses(name string, r *reqa.Result, b *reqa.Bench) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := r.WriteMisses(f, b); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return f.Close()
}

func tuneWeights(w io.Writer, squad string, half reqa.Half, rounds int) error {
	b, err := bench(squad)
	if err != nil {
		return err
	}
	p, m, err := b.Tune(half, rounds, w)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "fitted on %s: R@1 %.4f MRR@10 %.4f\n%+v\n", half, m.R1, m.MRR10, p)
	return nil
}

func ablation(w io.Writer, squad string, half reqa.Half) error {
	b, err := bench(squad)
	if err != nil {
		return err
	}
	as, err := b.Ablate(half)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "engine (%s)\tR@1\tR@5\tMRR@10\n", half)
	for _, a := range as {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\n", a.Feature, a.R1, a.R5, a.MRR10)
	}
	return tw.Flush()
}
