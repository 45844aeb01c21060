package answers_test

// Benchmarks of the engine at scale, on corpora made by scalecorpus at 10k,
// 100k and 1M sentences, with questions about them (a third with typos):
//
//	go test ./answers -run '^$' -bench Index -benchtime 3x -benchmem
//	go test ./answers -run '^$' -bench 'Search|Suggest|Startup' -benchtime 2s -benchmem
//
// The 1M size is skipped unless CITEBOT_BENCH_1M=1: its corpus takes a few
// hundred MB and its set-up a while on a shared machine.
//
// Each size's corpus is generated once, and loaded and indexed once, per
// test binary: benchmarks share them, so set-up does not dominate.

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/answers/internal/scalecorpus"
	"github.com/citebot/citebot/corpus"
)

var benchSizes = []struct {
	name      string
	sentences int
}{{"10k", 10_000}, {"100k", 100_000}, {"1M", 1_000_000}}

const (
	benchSeed      = 1
	benchQuestions = 300
	suggestions    = 25 // the most a Discord autocomplete shows
)

// benchFixture is a generated corpus, loaded and indexed, with questions
// about it.
type benchFixture struct {
	corpus    *corpus.Corpus
	ix        *answers.Index
	questions []string
}

// onceBySize returns, for each benchmark size, a function that calls f once
// and then returns its first results.
func onceBySize[T any](f func(sentences int) (T, error)) map[int]func() (T, error) {
	m := make(map[int]func() (T, error))
	for _, s := range benchSizes {
		m[s.sentences] = sync.OnceValues(func() (T, error) { return f(s.sentences) })
	}
	return m
}

var generated = onceBySize(func(n int) (*scalecorpus.Corpus, error) {
	return scalecorpus.Generate(n, benchSeed)
})

var indexed = onceBySize(func(n int) (*benchFixture, error) {
	gen, err := generated[n]()
	if err != nil {
		return nil, err
	}
	c, err := corpus.Load(gen.Files)
	if err != nil {
		return nil, fmt.Errorf("load the %d-sentence corpus: %w", n, err)
	}
	return &benchFixture{corpus: c, ix: answers.New(c), questions: gen.Questions(benchQuestions)}, nil
})

// forEachSize runs bench as a sub-benchmark per size, given the size's
// number of sentences.
func forEachSize(b *testing.B, bench func(b *testing.B, sentences int)) {
	for _, s := range benchSizes {
		b.Run(s.name, func(b *testing.B) {
			if s.sentences >= 1_000_000 && os.Getenv("CITEBOT_BENCH_1M") != "1" {
				b.Skip("set CITEBOT_BENCH_1M=1 to run the 1M-sentence size")
			}
			bench(b, s.sentences)
		})
	}
}

func mustGenerate(b *testing.B, sentences int) *scalecorpus.Corpus {
	b.Helper()
	gen, err := generated[sentences]()
	if err != nil {
		b.Fatal(err)
	}
	return gen
}

func mustIndex(b *testing.B, sentences int) *benchFixture {
	b.Helper()
	f, err := indexed[sentences]()
	if err != nil {
		b.Fatal(err)
	}
	return f
}

// BenchmarkLoadAndIndex parses the articles of a generated corpus from an
// in-memory file system and indexes them.
func BenchmarkLoadAndIndex(b *testing.B) {
	forEachSize(b, func(b *testing.B, n int) {
		gen := mustGenerate(b, n)
		var loops, sentences int
		for b.Loop() {
			c, err := corpus.Load(gen.Files)
			if err != nil {
				b.Fatal(err)
			}
			sentences = len(answers.New(c).Corpus().Sentences)
			loops++
		}
		b.ReportMetric(float64(sentences*loops)/b.Elapsed().Seconds(), "sentences/s")
	})
}

// heapAlloc returns the bytes of live heap objects, after a collection.
func heapAlloc() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// BenchmarkIndex times answers.New alone on a loaded corpus, and reports
// the heap that the corpus and the index keep, per sentence: index-B/sentence
// is all the index adds to the loaded corpus, text-B/sentence the article
// bodies alone, corpus-B/sentence what corpus.Load keeps (the text, the
// other article fields and the sentence table). The index is measured after
// one search, in case it builds parts of itself lazily.
func BenchmarkIndex(b *testing.B) {
	forEachSize(b, func(b *testing.B, n int) {
		gen, f := mustGenerate(b, n), mustIndex(b, n)
		before := heapAlloc()
		c, err := corpus.Load(gen.Files)
		if err != nil {
			b.Fatal(err)
		}
		loaded := heapAlloc()
		ix := answers.New(c)
		if _, err := ix.Search(f.questions[0], answers.Options{}); err != nil {
			b.Fatal(err)
		}
		index := heapAlloc() - loaded
		runtime.KeepAlive(ix)
		text := 0
		for i := range c.Articles {
			text += len(c.Articles[i].Body)
		}
		for b.Loop() {
			answers.New(c)
		}
		// After the loop: b.Loop's first call deletes reported metrics.
		sentences := float64(len(c.Sentences))
		b.ReportMetric(float64(index)/sentences, "index-B/sentence")
		b.ReportMetric(float64(text)/sentences, "text-B/sentence")
		b.ReportMetric(float64(loaded-before)/sentences, "corpus-B/sentence")
	})
}

// percentileMs returns the q-th percentile of sorted latencies, in ms, by
// the nearest-rank method.
func percentileMs(sorted []time.Duration, q int) float64 {
	i := max(0, (len(sorted)*q+99)/100-1)
	return float64(sorted[i]) / float64(time.Millisecond)
}

// latencies times each call of f, once per input, and returns the times
// sorted.
func latencies(inputs []string, f func(string)) []time.Duration {
	lat := make([]time.Duration, len(inputs))
	for i, in := range inputs {
		start := time.Now()
		f(in)
		lat[i] = time.Since(start)
	}
	slices.Sort(lat)
	return lat
}

// reportPercentiles reports the 50th and 99th percentiles of sorted
// latencies. Call it after b.Loop, whose first call deletes reported
// metrics.
func reportPercentiles(b *testing.B, sorted []time.Duration) {
	b.ReportMetric(percentileMs(sorted, 50), "p50-ms")
	b.ReportMetric(percentileMs(sorted, 99), "p99-ms")
}

// BenchmarkSearch asks one question per iteration, cycling through the
// questions. It first asks each question once to report the latency
// percentiles and the share of questions that get an answer.
func BenchmarkSearch(b *testing.B) {
	forEachSize(b, func(b *testing.B, n int) {
		f := mustIndex(b, n)
		search := func(q string) []answers.Answer {
			a, err := f.ix.Search(q, answers.Options{})
			if err != nil {
				b.Fatalf("Search(%q): %v", q, err)
			}
			return a
		}
		// One pass first, unmeasured: the steady state is what a running
		// bot sees, not the page faults of the first queries' buffers.
		for _, q := range f.questions {
			search(q)
		}
		answered := 0
		lat := latencies(f.questions, func(q string) {
			if len(search(q)) > 0 {
				answered++
			}
		})
		i := 0
		for b.Loop() {
			search(f.questions[i%len(f.questions)])
			i++
		}
		reportPercentiles(b, lat)
		b.ReportMetric(100*float64(answered)/float64(len(f.questions)), "answered-%")
	})
}

// partials returns questions cut in their last word of five letters or
// more, after its fourth letter, as typed when autocomplete kicks in.
func partials(questions []string) []string {
	var out []string
	for _, q := range questions {
		words := strings.Fields(strings.TrimSuffix(q, "?"))
		for i := len(words) - 1; i >= 0; i-- {
			if utf8.RuneCountInString(words[i]) >= 5 {
				prefix := string([]rune(words[i])[:4])
				out = append(out, strings.Join(append(slices.Clone(words[:i]), prefix), " "))
				break
			}
		}
	}
	return out
}

// BenchmarkSuggest completes one partly typed question per iteration, its
// last word cut to four letters, cycling through them. It first completes
// each once to report the latency percentiles.
func BenchmarkSuggest(b *testing.B) {
	forEachSize(b, func(b *testing.B, n int) {
		f := mustIndex(b, n)
		ps := partials(f.questions)
		if len(ps) == 0 {
			b.Fatal("no question has a word of five letters")
		}
		for _, p := range ps { // unmeasured warm-up, as in BenchmarkSearch
			f.ix.Suggest(p, suggestions)
		}
		lat := latencies(ps, func(p string) { f.ix.Suggest(p, suggestions) })
		i := 0
		for b.Loop() {
			f.ix.Suggest(ps[i%len(ps)], suggestions)
			i++
		}
		reportPercentiles(b, lat)
	})
}

// embeddedArticles returns the files that corpus embeds, read from its
// source folder into memory.
func embeddedArticles(b *testing.B) fstest.MapFS {
	b.Helper()
	dir := filepath.Join("..", "corpus", "articles")
	names, err := fs.Glob(os.DirFS(dir), "*.md")
	if err != nil || len(names) == 0 {
		b.Fatalf("no articles in %s: %v", dir, err)
	}
	files := make(fstest.MapFS)
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		files[name] = &fstest.MapFile{Data: data}
	}
	return files
}

// BenchmarkStartup loads the embedded corpus, indexes it and answers a
// first question: the work between the bot's start and its first answer,
// less the start of the process itself. corpus.Embedded parses only once
// per process, so each iteration loads the same files with corpus.Load from
// an in-memory file system, as the embedded one is.
func BenchmarkStartup(b *testing.B) {
	files := embeddedArticles(b)
	for b.Loop() {
		c, err := corpus.Load(files)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := answers.New(c).Search("Who did Blinken meet in Astana?", answers.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
