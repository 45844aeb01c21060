// Package console answers questions read one per line, for a person at a
// terminal (a prompt and readable answers) or for a program (one JSON
// object per line).
package console

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/bot/internal/render"
)

// Prompt is shown before each question on a terminal.
const Prompt = "ask> "

// maxLine is the most of one input line kept in memory; a longer line is
// read to its end and rejected as too long.
const maxLine = 64 << 10

// Console reads questions from In and writes answers to Out.
type Console struct {
	Index   *answers.Index
	In      io.Reader
	Out     io.Writer
	K       int          // answers per question; 0 means 3
	JSON    bool         // write one JSON object per line
	Explain bool         // show why each answer ranked where it did
	Prompt  bool         // show Prompt before each question
	Logger  *slog.Logger // one line per question; nil means no log
}

// Result is the JSON object written for one input line.
type Result struct {
	Question string           `json:"question"`
	Answers  []answers.Answer `json:"answers"`
	Error    string           `json:"error,omitempty"`
}

// Run answers every line of In until its end or until ctx is done. A bad
// question gets a message and the console goes on; only failing to read or
// write stops it.
func (c *Console) Run(ctx context.Context) error {
	r := bufio.NewReader(c.In)
	for {
		if err := ctx.Err(); err != nil {
			return nil
		}
		if c.Prompt && !c.JSON {
			if _, err := io.WriteString(c.Out, Prompt); err != nil {
				return fmt.Errorf("write prompt: %w", err)
			}
		}
		line, tooLong, err := readLine(r)
		if errors.Is(err, io.EOF) && line == "" && !tooLong {
			if c.Prompt && !c.JSON {
				_, werr := io.WriteString(c.Out, "\n")
				return werr
			}
			return nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("read question: %w", err)
		}
		if werr := c.answer(line, tooLong); werr != nil {
			return fmt.Errorf("write answer: %w", werr)
		}
		if err != nil {
			return nil
		}
	}
}

// answer writes the answers to one line; tooLong says the line was cut.
func (c *Console) answer(line string, tooLong bool) error {
	start := time.Now()
	res := Result{Question: line, Answers: []answers.Answer{}}
	var err error
	if tooLong {
		err = answers.ErrQuestionTooLong
	} else {
		var as []answers.Answer
		as, err = c.Index.Search(line, answers.Options{K: c.K, Explain: c.Explain})
		if as != nil {
			res.Answers = as
		}
	}
	for i := range res.Answers {
		if res.Answers[i].AlsoIn == nil {
			res.Answers[i].AlsoIn = []answers.Mention{}
		}
	}
	if err != nil {
		res.Error = err.Error()
	} else if c.Logger != nil {
		c.Logger.Info("question", "surface", "console", "latency_ms", time.Since(start).Milliseconds(),
			"outcome", outcome(len(res.Answers)), "answers", len(res.Answers))
	}
	if c.JSON {
		enc := json.NewEncoder(c.Out)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	if err != nil {
		_, werr := fmt.Fprintf(c.Out, "%s\n", err)
		return werr
	}
	if err := render.Text(c.Out, render.Cards(c.Index.Corpus(), res.Answers), c.Explain); err != nil {
		return err
	}
	if c.Prompt {
		_, err := io.WriteString(c.Out, "\n")
		return err
	}
	return nil
}

func outcome(n int) string {
	if n == 0 {
		return "abstained"
	}
	return "answered"
}

// readLine reads one line without its end-of-line bytes. A line longer than
// maxLine is read to its end but only its start is kept, and tooLong is
// set, so one huge line neither stops the console nor fills the memory.
func readLine(r *bufio.Reader) (line string, tooLong bool, err error) {
	var b strings.Builder
	for {
		chunk, err := r.ReadSlice('\n')
		if b.Len()+len(chunk) > maxLine {
			tooLong = true
		} else {
			b.Write(chunk)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return strings.TrimRight(b.String(), "\r\n"), tooLong, err
	}
}
