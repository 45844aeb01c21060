package thesaurus

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func readSmall(t testing.TB) *Thesaurus {
	t.Helper()
	f, err := os.Open("testdata/small.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	th, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return th
}

func defaultThesaurus(t testing.TB) *Thesaurus {
	t.Helper()
	th, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// TestRelatedDefault checks general English pairs in the embedded WordNet
// table, most of them both ways.
func TestRelatedDefault(t *testing.T) {
	th := defaultThesaurus(t)
	tests := []struct {
		word, related string
		kind          Kind
	}{
		{"buy", "purchase", Synonym},
		{"purchase", "buy", Synonym},
		{"bought", "purchase", Synonym},
		{"afraid", "frightened", Similar},
		{"frightened", "afraid", Similar},
		{"scared", "afraid", Similar},
		{"afraid", "scared", Similar},
		{"afraid", "fear", Derived},
		{"fear", "afraid", Derived},
		{"threat", "menace", Synonym},
		{"threaten", "menace", Synonym},
		{"ally", "friend", Synonym},
		{"friend", "ally", Synonym},
		{"fund", "money", Broader},
		{"funds", "money", Broader},
		{"money", "fund", Narrower},
		{"quit", "leave", Broader},
		{"leave", "quit", Narrower},
		{"left", "leave", Base},
		{"fled", "flee", Base},
		{"big", "large", Synonym},
		{"large", "big", Synonym},
		{"allocate", "allocation", Derived},
		{"invasion", "invade", Derived},
		{"reliance", "dependence", Broader},
		{"wavering", "waver", Base},
		{"wavering", "hesitate", Synonym},
		{"jittery", "jumpy", Synonym},
		{"Sanctions", "sanction", Base},
		{"Moscow", "russia", Capital},
		{"russia", "moscow", Capital},
		{"tashkent", "uzbekistan", Capital},
		{"washington", "america", Capital},
		{"astana", "kazakhstan", Capital},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.related, func(t *testing.T) {
			rels := th.Related(tt.word)
			i := slices.IndexFunc(rels, func(r Relation) bool { return r.Word == tt.related })
			if i < 0 {
				t.Fatalf("Related(%q) lacks %q; got %v", tt.word, tt.related, rels)
			}
			if rels[i].Kind != tt.kind {
				t.Errorf("Related(%q): %q is %v, want %v", tt.word, tt.related, rels[i].Kind, tt.kind)
			}
		})
	}
}

// TestRelatedDefaultAbsent checks what the table must not relate: function
// words, rare senses, words with no single-word relatives.
func TestRelatedDefaultAbsent(t *testing.T) {
	th := defaultThesaurus(t)
	tests := []struct {
		word, unrelated string
	}{
		{"us", "america"},        // a pronoun, not the country
		{"will", "testament"},    // a modal, not the document
		{"money", "bread"},       // slang, a rare sense of "bread"
		{"scared", "scar"},       // morphy takes "scare" only
		{"fund", "thing"},        // too broad a hypernym
		{"central", "workplace"}, // a hop from an untagged sense (the telephone exchange)
		{"big", "take"},          // too polysemous a target
		{"take", ""},             // too polysemous to expand
		{"xyzzy", ""},
	}
	for _, tt := range tests {
		rels := th.Related(tt.word)
		if tt.unrelated == "" && rels != nil {
			t.Errorf("Related(%q) = %v, want nil", tt.word, rels)
		}
		if slices.ContainsFunc(rels, func(r Relation) bool { return r.Word == tt.unrelated }) {
			t.Errorf("Related(%q) contains %q", tt.word, tt.unrelated)
		}
	}
}

// TestDefaultTable checks invariants of every entry of the embedded table.
func TestDefaultTable(t *testing.T) {
	// Start-up reads the embedded table without parsing each relation;
	// Read parses them all.
	z, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(z); err != nil {
		t.Fatalf("the embedded table: %v", err)
	}
	th := defaultThesaurus(t)
	if th.Len() < 10000 {
		t.Fatalf("Len() = %d, want a whole WordNet table", th.Len())
	}
	for word := range th.words {
		rels := th.Related(word)
		if len(rels) == 0 {
			t.Fatalf("Related(%q) is empty, but the table lists it", word)
		}
		for i, r := range rels {
			if r.Word == word {
				t.Fatalf("Related(%q) contains the word itself", word)
			}
			if i > 0 && closer(rels[i-1], r) > 0 {
				t.Fatalf("Related(%q) not sorted closest first: %v before %v", word, rels[i-1], r)
			}
		}
	}
}

func TestRelatedDeterministic(t *testing.T) {
	other, err := loadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	th := defaultThesaurus(t)
	for _, w := range []string{"left", "scared", "funds", "oppose", "border", "big"} {
		a, b := th.Related(w), other.Related(w)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Related(%q) differs between two loads:\n%v\n%v", w, a, b)
		}
	}
}

func TestRelatedSmall(t *testing.T) {
	th := readSmall(t)
	tests := []struct {
		word string
		want string
	}{
		{"buy", "synonym/1/purchase derived/1/buyer broader/1/acquire narrower/2/sop"},
		{"bought", "base/1/buy synonym/1/purchase derived/1/buyer broader/1/acquire narrower/2/sop"},
		// The word's own relations and its base's merge, each word once.
		{"funds", "base/1/fund synonym/1/finances synonym/2/store broader/1/money"},
		{"left", "base/1/leave synonym/2/permission broader/1/go narrower/3/quit"},
		// "frightened" comes from "scared" itself and from "scare"; it is
		// kept once, as the closer relation.
		{"scared", "base/1/scare synonym/1/frighten synonym/1/frightened similar/1/afraid"},
		{"unknown", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range th.Related(tt.word) {
			got = append(got, fmt.Sprintf("%v/%d/%s", r.Kind, r.Sense, r.Word))
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("Related(%q) = %q, want %q", tt.word, s, tt.want)
		}
	}
}

func TestPhrasal(t *testing.T) {
	th := readSmall(t)
	tests := []struct {
		verb, particle string
		want           string
	}{
		{"set", "up", "synonym/1/establish synonym/1/found broader/3/build"},
		{"sets", "up", "synonym/1/establish synonym/1/found broader/3/build"},
		{"setting", "up", "synonym/1/establish synonym/1/found broader/3/build"}, // an exception: the t is doubled
		{"Set", "Up", "synonym/1/establish synonym/1/found broader/3/build"},
		{"took", "in", "synonym/2/deceive"},
		{"set", "down", ""},
		{"buy", "up", ""},
		{"set", "", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range th.Phrasal(tt.verb, tt.particle) {
			got = append(got, fmt.Sprintf("%v/%d/%s", r.Kind, r.Sense, r.Word))
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("Phrasal(%q, %q) = %q, want %q", tt.verb, tt.particle, s, tt.want)
		}
	}
	if got := th.Related("set"); len(got) != 0 {
		t.Errorf("Related(\"set\") = %v: a phrasal verb's relations are not the verb's", got)
	}
}

func TestLemmas(t *testing.T) {
	th := readSmall(t)
	tests := []struct {
		word string
		want []string
	}{
		{"buy", []string{"buy"}},
		{"buys", []string{"buy"}},
		{"buying", []string{"buy"}},
		{"bought", []string{"buy"}},
		{"fled", []string{"flee"}},
		{"left", []string{"leave"}},
		{"funds", []string{"funds", "fund"}},
		{"Funds", []string{"funds", "fund"}},
		{"boxes", []string{"box"}},
		{"larger", []string{"large"}},
		{"largest", []string{"large"}},
		{"wavering", []string{"waver"}},
		{"wavered", []string{"waver"}},
		{"purchased", []string{"purchase"}},
		{"scared", []string{"scared", "scare"}},
		// The noun rule "s" finds "leave" before "ves" → "f" could find
		// "leaf": one base per part of speech.
		{"leaves", []string{"leave"}},
		{"s", nil},
		{"", nil},
		{"xyzzy", nil},
	}
	for _, tt := range tests {
		if got := th.Lemmas(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("Lemmas(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, text, err string
	}{
		{"fields", "buy\tv\n", "line 1: malformed entry"},
		{"pos", "buy\tx\ts1purchase\n", "line 1: malformed entry"},
		{"uppercase", "Buy\tv\ts1purchase\n", "line 1: malformed entry"},
		{"phrasal", "set_\tv\ts1establish\n", "line 1: malformed entry"},
		{"phrasal target", "set_up\tv\ts1set_in\n", "malformed relation"},
		{"kind", "# comment\nbuy\tv\tx1purchase\n", "line 2: buy: malformed relation \"x1purchase\""},
		{"sense", "buy\tv\ts0purchase\n", "malformed relation"},
		{"short", "buy\tv\ts1\n", "malformed relation"},
		{"spaces", "buy\tv\ts1purchase  b1acquire\n", "malformed relation"},
		{"twice", "buy\tv\ts1purchase\nbuy\tn\ts1purchase\n", "line 2: buy: listed twice"},
		{"exception", "=bought\n", "malformed exception"},
		{"exception base", "=bought\tBuy\n", "malformed exception"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.text))
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("Read: error %v, want one containing %q", err, tt.err)
			}
		})
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Base: "base", Synonym: "synonym", Narrower: "narrower", 0: "Kind(0)", 42: "Kind(42)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", uint8(k), got, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	small, err := os.ReadFile("testdata/small.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(small), "bought")
	f.Add("buy\tv\ts1purchase\n=bought\tbuy\n", "buys")
	f.Fuzz(func(t *testing.T, text, word string) {
		th, err := Read(strings.NewReader(text))
		if err != nil {
			return
		}
		for _, r := range th.Related(word) {
			if r.Word == "" || r.Kind < Base || r.Kind > Narrower || r.Sense < 1 || r.Sense > 9 {
				t.Fatalf("Related(%q): bad relation %+v", word, r)
			}
		}
	})
}

var benchWords = []string{"scared", "threat", "funds", "money", "partner", "ally", "quit", "allocate",
	"invasion", "border", "jittery", "sanctions", "reliance", "wavering", "oppose", "the", "xyzzy"}

func BenchmarkRelated(b *testing.B) {
	th := defaultThesaurus(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		th.Related(benchWords[i%len(benchWords)])
	}
}

// BenchmarkLoad decompresses and indexes the embedded table; heap-bytes is
// the memory a loaded table holds.
func BenchmarkLoad(b *testing.B) {
	var held int64
	for b.Loop() {
		var before, after runtime.MemStats
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		th, err := loadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = int64(after.HeapAlloc) - int64(before.HeapAlloc)
		runtime.KeepAlive(th)
		b.StartTimer()
	}
	b.ReportMetric(float64(held), "heap-bytes")
}
