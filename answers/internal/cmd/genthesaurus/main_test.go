package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/thesaurus.golden")

// generate runs the command on the small database in testdata/wordnet and
// returns the decompressed table and the licence file it wrote.
func generate(t *testing.T, extra ...string) (table, licence []byte) {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "thesaurus.txt.gz")
	if err := run(append([]string{"-wordnet", "testdata/wordnet", "-out", out}, extra...)); err != nil {
		t.Fatal(err)
	}
	gz, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	z, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	table, err = io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	licence, err = os.ReadFile(filepath.Join(dir, "LICENSE.wordnet"))
	if err != nil {
		t.Fatal(err)
	}
	return table, licence
}

// TestGolden checks the table generated from a small hand-made database:
// synonyms, similar adjectives, lexical and semantic derivations, hypernym
// hops both ways, phrasal verbs as sources only ("set_up", and "took" kept
// for "take_in"), national capitals and their countries both ways (by
// holonym, by the holonym's holonym when the first is no country, or by a
// "capital_of_" lemma), and what is left out (rare senses, stop words, other
// multiword lemmas, too polysemous words, exceptions whose base the table
// lacks).
func TestGolden(t *testing.T) {
	table, licence := generate(t)
	const golden = "testdata/thesaurus.golden"
	if *update {
		if err := os.WriteFile(golden, table, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(table, want) {
		t.Errorf("table differs from %s (go test -update to rewrite):\n%s", golden, table)
	}
	if want := "A test licence, line one.\nLine two.\n"; string(licence) != want {
		t.Errorf("licence = %q, want %q", licence, want)
	}
	again, _ := generate(t)
	if !bytes.Equal(table, again) {
		t.Error("two runs on the same files gave different tables")
	}
}

func TestOptions(t *testing.T) {
	table, _ := generate(t, "-senses", "1")
	if bytes.Contains(table, []byte("s2store")) {
		t.Errorf("-senses 1 kept fund's second sense:\n%s", table)
	}
	if err := run([]string{"-senses", "0"}); err == nil || !strings.Contains(err.Error(), "-senses 0") {
		t.Errorf("-senses 0: error %v", err)
	}
	if err := run([]string{"-wordnet", t.TempDir()}); err == nil || !strings.Contains(err.Error(), "data.noun") {
		t.Errorf("empty WordNet folder: error %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		add  func(*database, string) error
		line string
		err  string
	}{
		{"data short", (*database).addDataLine, "00000001 21 n", "short data line"},
		{"data pos", (*database).addDataLine, "00000001 21 x 01 fund 0 000 | gloss", "unknown part of speech"},
		{"data words", (*database).addDataLine, "00000001 21 n 05 fund 0 000 | gloss", "5 words announced"},
		{"data pointers", (*database).addDataLine, "00000001 21 n 01 fund 0 002 @ 00000002 n 0000 | gloss", "2 pointers announced"},
		{"data pointer", (*database).addDataLine, "00000001 21 n 01 fund 0 001 @ 00000002 n 00 | gloss", "pointer source/target"},
		{"index synsets", (*database).addIndexLine, "fund n 2 1 @ 2 2 00000001", "2 synsets announced, 1 listed"},
		{"index offset", (*database).addIndexLine, "fund n 1 0 1 1 x", "offset"},
		{"count fields", (*database).addCountLine, "fund%1:21:00:: 1", "want 3 fields"},
		{"count type", (*database).addCountLine, "fund%9:21:00:: 1 3", "synset type"},
		{"exception", (*database).addExceptionLine, "bought", "without base form"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.add(newDatabase(), tt.line); err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("error %v, want one containing %q", err, tt.err)
			}
		})
	}
}

func FuzzDataLine(f *testing.F) {
	data, err := os.ReadFile("testdata/wordnet/data.noun")
	if err != nil {
		f.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		f.Add(strings.TrimSuffix(line, "\n"))
	}
	f.Fuzz(func(t *testing.T, line string) {
		db := newDatabase()
		if db.addDataLine(line) != nil {
			return
		}
		for _, s := range db.synsets {
			for _, p := range s.pointers {
				if p.source < 0 || p.source > 0xff || p.tgWord < 0 || p.tgWord > 0xff {
					t.Fatalf("pointer %+v out of range", p)
				}
			}
		}
	})
}
