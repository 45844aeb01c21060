package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/citebot/citebot/answers/internal/wordvec"
)

func TestKeep(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"trip", true},
		{"re-elected", true},
		{"the", false}, // stop word
		{"a", false},
		{"U.S.", false},
		{"-ish", false},
		{"ill-", false},
		{"a--b", false},
		{"2022", false},
		{"café", false},
	} {
		if got := keep(tc.word); got != tc.want {
			t.Errorf("keep(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestRunGloVeText generates vectors from a small GloVe text file and reads
// them back with package wordvec.
func TestRunGloVeText(t *testing.T) {
	out := filepath.Join(t.TempDir(), "vectors.bin")
	if err := run([]string{"-vectors", "testdata/glove.txt", "-out", out, "-words", "4"}); err != nil {
		t.Fatal(err)
	}
	all := filepath.Join(t.TempDir(), "all.bin")
	if err := run([]string{"-vectors", "testdata/glove.txt", "-out", all}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(all); !bytes.Contains(b, []byte("cheese\n")) || bytes.Contains(b, []byte("zero\n")) {
		t.Error("without -words: want every kept word but the all-zero one")
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	v, err := wordvec.Read(b)
	if err != nil {
		t.Fatal(err)
	}
	if v.Len() != 4 {
		t.Errorf("Len() = %d, want 4: trip, visit, cheese, re-elected", v.Len())
	}
	if v.ID("the") != -1 || v.ID("zero") != -1 {
		t.Error("a stop word or a word past -words was kept")
	}
	if s := v.Similarity("trip", "visit"); s < 0.95 {
		t.Errorf("Similarity(trip, visit) = %.3f, want ≥ 0.95", s)
	}
	if s := v.Similarity("trip", "cheese"); s > 0 {
		t.Errorf("Similarity(trip, cheese) = %.3f, want ≤ 0", s)
	}
	// The same input gives the same bytes.
	again := filepath.Join(t.TempDir(), "again.bin")
	if err := run([]string{"-vectors", "testdata/glove.txt", "-out", again, "-words", "4"}); err != nil {
		t.Fatal(err)
	}
	if b2, _ := os.ReadFile(again); !bytes.Equal(b, b2) {
		t.Error("two runs on the same input wrote different bytes")
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("trip 1.0 x\n"), 0o644)
	ragged := filepath.Join(dir, "ragged.txt")
	os.WriteFile(ragged, []byte("trip 1.0 2.0\nvisit 1.0\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	for _, args := range [][]string{
		{"-vectors", filepath.Join(dir, "missing.txt")},
		{"-vectors", bad},
		{"-vectors", ragged},
		{"-vectors", empty},
		{"-words", "x"},
	} {
		if err := run(append(args, "-out", filepath.Join(dir, "out.bin"))); err == nil {
			t.Errorf("run(%q) succeeded, want an error", args)
		}
	}
}
