package wordvec

import (
	"encoding/binary"
	"strings"
	"testing"
)

func TestDefaultRelatesWords(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if v.Len() != 40000 {
		t.Errorf("Len() = %d, want 40000", v.Len())
	}
	// Each pair stands closer than the unrelated pair after it.
	for _, tc := range []struct{ a, b, far string }{
		{"trip", "visit", "cheese"},
		{"cash", "money", "river"},
		{"scared", "afraid", "economy"},
		{"called", "known", "banana"},
		{"threat", "danger", "guitar"},
	} {
		near, far := v.Similarity(tc.a, tc.b), v.Similarity(tc.a, tc.far)
		if near < 0.6 || near <= far {
			t.Errorf("Similarity(%q, %q) = %.2f, Similarity(%q, %q) = %.2f: want the first ≥ 0.6 and greater", tc.a, tc.b, near, tc.a, tc.far, far)
		}
	}
	for _, w := range []string{"the", "Kazakhstan", "", "xqzv"} {
		if id := v.ID(w); id != -1 {
			t.Errorf("ID(%q) = %d, want -1 (stop word, upper case or unknown)", w, id)
		}
	}
	if s := v.Similarity("trip", "xqzv"); s != 0 {
		t.Errorf("Similarity with an unknown word = %v, want 0", s)
	}
	if s := v.Similarity("trip", "trip"); s != 1 {
		t.Errorf("Similarity of a word with itself = %v, want 1", s)
	}
}

// file lays out a vectors file.
func file(words []string, dims int, vecs ...int8) []byte {
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(words)))
	b = binary.LittleEndian.AppendUint32(b, uint32(dims))
	for _, w := range words {
		b = append(b, w+"\n"...)
	}
	for _, x := range vecs {
		b = append(b, byte(x))
	}
	return b
}

func TestRead(t *testing.T) {
	v, err := Read(file([]string{"up", "down", "zero"}, 2, 3, 4, -3, -4, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"up", "down", -1},
		{"up", "up", 1},
		{"up", "zero", 0},
		{"up", "none", 0},
	} {
		if got := v.Similarity(tc.a, tc.b); got != tc.want {
			t.Errorf("Similarity(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "not a vectors file"},
		{"bad magic", append([]byte("wordvec0"), make([]byte, 8)...), "not a vectors file"},
		{"words cut short", file([]string{"up"}, 2)[:len(magic)+8+1], "0 words listed, want 1"},
		{"vectors cut short", file([]string{"up"}, 2, 1), "1 bytes of vectors, want 1×2"},
		{"no dimensions", file([]string{"up"}, 0), "want 1×0"},
	} {
		_, err := Read(tc.b)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Read error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}
