// Command genthesaurus generates the synonym table of package thesaurus from
// the WordNet 3.0 database files (data.*, index.*, *.exc, cntlist.rev):
//
//	go run ./answers/internal/cmd/genthesaurus -wordnet /usr/share/wordnet -out answers/internal/thesaurus/thesaurus.txt.gz
//
// On Debian the files come with the wordnet-base package. The output is
// deterministic: the same files and flags give the same bytes. The licence
// notice of the data files is written next to it as LICENSE.wordnet, since
// WordNet's licence asks that it travel with every copy.
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "genthesaurus:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("genthesaurus", flag.ContinueOnError)
	dir := fs.String("wordnet", "/usr/share/wordnet", "folder of the WordNet 3.0 database files")
	out := fs.String("out", "thesaurus.txt.gz", "gzip file to write")
	o := defaultOptions
	fs.IntVar(&o.maxSenses, "senses", o.maxSenses, "most frequent senses followed per word and part of speech (1-9)")
	fs.IntVar(&o.maxPolysemy, "polysemy", o.maxPolysemy, "drop related words with more senses than this")
	fs.IntVar(&o.maxHyponyms, "hyponyms", o.maxHyponyms, "follow a hypernym only if it has at most this many hyponyms")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.maxSenses < 1 || o.maxSenses > 9 {
		return fmt.Errorf("-senses %d: want 1 to 9", o.maxSenses)
	}
	db, err := readDatabase(*dir)
	if err != nil {
		return fmt.Errorf("read WordNet: %w", err)
	}
	licence, err := readLicence(filepath.Join(*dir, "data.noun"))
	if err != nil {
		return fmt.Errorf("read WordNet licence: %w", err)
	}
	t := buildTable(db, o)
	if err := writeGzip(*out, func(z *gzip.Writer) error { return t.write(z, o) }); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(filepath.Dir(*out), "LICENSE.wordnet"), []byte(licence), 0o644)
}

// writeGzip writes a gzip file with an empty header (no name, no time), so
// that its bytes depend only on its content.
func writeGzip(name string, write func(*gzip.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	z, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	if err := write(z); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := z.Close(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	return f.Close()
}
