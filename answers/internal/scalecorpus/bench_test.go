package scalecorpus

import "testing"

func BenchmarkGenerate100k(b *testing.B) {
	for b.Loop() {
		if _, err := Generate(100_000, 1); err != nil {
			b.Fatal(err)
		}
	}
}
