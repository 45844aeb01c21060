// Command scalegen writes a generated corpus of news articles to a folder,
// to try the bot or the answers engine at scale:
//
//	go run ./answers/internal/cmd/scalegen -sentences 100000 -out /tmp/scale
//	go run ./bot --dry-run --corpus /tmp/scale
//
// With -questions FILE it also writes questions about the corpus, one a
// line, some with typos, some about nothing in it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/citebot/citebot/answers/internal/scalecorpus"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "scalegen:", err)
		os.Exit(1)
	}
}

// questionCount is how many questions -questions writes.
const questionCount = 300

// run generates the corpus that args ask for and reports what it wrote to
// log.
func run(args []string, log io.Writer) error {
	fs := flag.NewFlagSet("scalegen", flag.ContinueOnError)
	fs.SetOutput(log)
	sentences := fs.Int("sentences", 100_000, "`number` of sentences to generate")
	out := fs.String("out", "", "`folder` to write the articles to; created, must not hold them already")
	seed := fs.Uint64("seed", 1, "seed of the random generator")
	questions := fs.String("questions", "", "`file` to write questions about the corpus to, one a line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return errors.New("usage: scalegen -sentences N -out DIR [-seed N] [-questions FILE]")
	}
	if *sentences <= 0 {
		return fmt.Errorf("-sentences %d: want a positive number", *sentences)
	}
	start := time.Now()
	c, err := scalecorpus.Generate(*sentences, *seed)
	if err != nil {
		return err
	}
	generated := time.Since(start)
	if err := os.CopyFS(*out, c.Files); err != nil {
		return fmt.Errorf("write the corpus: %w", err)
	}
	if *questions != "" {
		q := strings.Join(c.Questions(questionCount), "\n") + "\n"
		if err := os.WriteFile(*questions, []byte(q), 0o644); err != nil {
			return fmt.Errorf("write the questions: %w", err)
		}
	}
	fmt.Fprintf(log, "%s: %d articles, %d sentences, %d distinct words; generated in %v\n",
		*out, c.Articles, c.Sentences, c.Vocabulary, generated.Round(time.Millisecond))
	return nil
}
