package answers

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/citebot/citebot/corpus"
)

// evalReport is how an engine fares on an evaluation set.
type evalReport struct {
	answerable, absent int
	hit1, hit3, rr     float64
	abstainedOK        int // absent questions with no answers
	wrongAbstain       int // answerable questions with no answers
	byKind             map[string][2]int
	misses             []string
}

// hits reports whether an answer's quote, or one of its also_in quotes,
// contains one of the question's answer substrings.
func hits(a Answer, want []string) bool {
	quotes := []string{a.Quote}
	for _, m := range a.AlsoIn {
		quotes = append(quotes, m.Quote)
	}
	for _, q := range quotes {
		for _, w := range want {
			if strings.Contains(q, w) {
				return true
			}
		}
	}
	return false
}

func evaluate(t testing.TB, ix *Index, qs []evalsetQuestion) evalReport {
	r := evalReport{byKind: make(map[string][2]int)}
	for _, q := range qs {
		got, err := ix.Search(q.Q, Options{K: 3})
		if err != nil {
			t.Fatalf("%q: %v", q.Q, err)
		}
		k := r.byKind[q.Kind]
		k[1]++
		if q.Kind == "absent" {
			r.absent++
			if len(got) == 0 {
				r.abstainedOK++
				k[0]++
			} else {
				r.misses = append(r.misses, fmt.Sprintf("absent %q answered: %.60q (%.2f)", q.Q, got[0].Quote, got[0].Score))
			}
			r.byKind[q.Kind] = k
			continue
		}
		r.answerable++
		if len(got) == 0 {
			r.wrongAbstain++
			r.misses = append(r.misses, fmt.Sprintf("%s %q abstained", q.Kind, q.Q))
		}
		rank := 0
		for i, a := range got {
			if hits(a, q.Answers) {
				rank = i + 1
				break
			}
		}
		switch {
		case rank == 1:
			r.hit1++
			k[0]++
		case rank == 0 && len(got) > 0:
			r.misses = append(r.misses, fmt.Sprintf("%s %q missed: got %.70q", q.Kind, q.Q, got[0].Quote))
		case rank > 1:
			r.misses = append(r.misses, fmt.Sprintf("%s %q at rank %d: got %.70q", q.Kind, q.Q, rank, got[0].Quote))
		}
		if rank > 0 {
			r.hit3++
			r.rr += 1 / float64(rank)
		}
		r.byKind[q.Kind] = k
	}
	n := float64(r.answerable)
	r.hit1 /= n
	r.hit3 /= n
	r.rr /= n
	return r
}

func (r evalReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "hit@1 %.3f  hit@3 %.3f  MRR %.3f  abstained %d/%d absent, %d/%d answerable wrongly\n",
		r.hit1, r.hit3, r.rr, r.abstainedOK, r.absent, r.wrongAbstain, r.answerable)
	kinds := make([]string, 0, len(r.byKind))
	for k := range r.byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&b, "  %-10s %d/%d at rank 1 (absent: abstained)\n", k, r.byKind[k][0], r.byKind[k][1])
	}
	return b.String()
}

// TestEvaluation measures the engine on the news evaluation sets and holds
// it to what it reaches, so that a change that loses ground fails. dev is
// held to the engine issue's targets (hit@1 0.85, hit@3 0.95, every absent
// question abstained, at most one answerable question abstained); the
// other sets to floors under what they reach, which the README gives.
func TestEvaluation(t *testing.T) {
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ix := New(c)
	for _, set := range []struct {
		file       string
		hit1, hit3 float64
		abstained  int // absent questions that must get no answer, at least
		wrong      int // answerable questions that may get none, at most
	}{
		// The targets, met since stop 21: hit@1 0.896, hit@3
		// 0.961, 14 of 14 absent abstained, none answerable abstained.
		{"dev.json", 0.85, 0.95, 14, 1},
		// hit@1 0.878 until stop 21, when "US" met "United States" and
		// a near tie flipped: "Will the US give up trying to pull
		// Central Asia away from Moscow?" now puts "an attempt to push
		// Central Asian leaders away from Moscow" first.
		{"holdout.json", 0.85, 0.90, 6, 1},
		// Written at stop 7, after the engine, by a helper who read neither
		// the engine nor the other sets; never tuned on.
		{"holdout2.json", 0.88, 0.90, 9, 1},
		// Written at stop 8 the same way; measured once (hit@1 0.683,
		// hit@3 0.850, 3 of 10 absent abstained), then tuned on. Since stop
		// 15, "Tajik" reaches "Tajikistan", and "How many troops does Russia
		// keep at its Tajik base?", turned away before only for that name,
		// is answered by a share ("90 percent of Russian troops"); since
		// stop 16, "What did Blinken say to the president of Turkmenistan?"
		// is turned away (Params.FocusOf).
		{"dev2.json", 0.88, 0.90, 10, 1},
		// Written at stop 9 the same way; never tuned on. Measured first
		// at hit@1 0.727, hit@3 0.841, 3 of 8 absent abstained.
		{"holdout3.json", 0.79, 0.86, 6, 2},
		// Written at stop 10 the same way; measured once (hit@1 0.733,
		// hit@3 0.844, 1 of 8 absent abstained, 2 answerable abstained),
		// then tuned on.
		{"dev3.json", 0.88, 0.88, 5, 1},
		// Written at stop 11 the same way (18 of the writer's 60 were
		// already in the other sets, taken out); measured once (hit@1
		// 0.757, hit@3 0.865, 3 of 5 absent abstained, none answerable
		// abstained), then tuned on.
		{"dev4.json", 0.81, 0.91, 5, 1},
		// Written at stop 11 the same way, paraphrase-heavy (5 of the
		// writer's 60 already in the other sets, taken out); measured once
		// (hit@1 0.681, hit@3 0.809, 5 of 8 absent abstained, 3 answerable
		// abstained), then tuned on. At stop 19 "say" stopped meeting
		// the "State" of "Secretary of State" when the question names the
		// State Department (dropOwnWords), and "What did the State
		// Department say the C5+1 meeting focused on?" lost the accident
		// that had put its answer first: 0.745.
		{"dev5.json", 0.74, 0.85, 8, 2},
		// Written at stop 11 the same way, from the ends of the articles
		// (6 of the writer's 60 already in the other sets, taken out); never
		// tuned on. Measured first at hit@1 0.702, hit@3 0.809, 4 of 7
		// absent abstained, 3 answerable abstained.
		{"holdout4.json", 0.78, 0.85, 4, 2},
		// Written at the end of stop 11 the same way (15 of the writer's
		// 60 already in the other sets, taken out); never tuned on.
		// Measured once on the final engine of stop 11 (its "pasta" and
		// "name of" fixes came after): hit@1 0.650, hit@3 0.775, 0 of 5
		// absent abstained, 3 answerable abstained.
		{"holdout5.json", 0.75, 0.82, 3, 3},
		// Written at stop 12 the same way (11 of the writer's 60 already in
		// the other sets, taken out); never tuned on. Measured as it came
		// on the engine of that stop's first changes: hit@1 0.674, hit@3
		// 0.814, 2 of 6 absent abstained, 2 answerable abstained (stop
		// 11's final engine scored it the same).
		{"holdout6.json", 0.74, 0.86, 4, 0},
		// Written at stop 13 the same way (4 of the writer's 60 already in
		// the other sets, taken out); never tuned on. Measured as it came,
		// on stop 12's final engine and on the possessive-attribute change
		// alike: hit@1 0.837, hit@3 0.898, 4 of 7 absent abstained, 3
		// answerable abstained.
		{"holdout7.json", 0.85, 0.95, 5, 0},
		// Written at stop 13 the same way, after holdout7 (8 of the
		// writer's 60 already in the other sets, taken out). Measured as it
		// came: hit@1 0.860, hit@3 0.860, 2 of 9 absent abstained, 2
		// answerable abstained (stop 12's engine: 3 of 9); a tuning set
		// since.
		{"dev6.json", 0.88, 0.88, 8, 0},
		// Written at stop 14 the same way (10 of the writer's 60 already
		// in the other sets, taken out); never tuned on. Measured as it
		// came, on this stop's engine after its first four changes: hit@1
		// 0.905, hit@3 0.952, 3 of 8 absent abstained, none answerable
		// abstained (stop 13's final engine: the same but 2 of 8).
		{"holdout8.json", 0.90, 0.95, 5, 0},
		// Written at stop 14 the same way, after holdout8 (19 of the
		// writer's 60 already in the other sets, taken out). Measured as it
		// came: hit@1 0.757, hit@3 0.811, 3 of 4 absent abstained, 2
		// answerable abstained (stop 13's engine: 0.730, 0.811, 2 of 4);
		// a tuning set since.
		{"dev7.json", 0.83, 0.86, 3, 0},
		// Written at the end of stop 14 the same way (12 of the writer's 60
		// already in the other sets, taken out); never tuned on. Measured
		// once on that stop's final engine: hit@1 0.775, hit@3 0.925, 3
		// of 8 absent abstained, 1 answerable abstained (stop 13's final
		// engine: the same but 2 of 8).
		{"holdout9.json", 0.80, 0.92, 7, 1},
		// Written at stop 15 the same way (18 of the writer's 60 already
		// in the other sets, taken out). Measured as it came, on that
		// stop's engine after its first five changes and on stop 14's
		// final engine alike: hit@1 0.838, hit@3 0.946, 2 of 5 absent
		// abstained, 1 answerable abstained; a tuning set since.
		{"dev8.json", 0.86, 0.94, 4, 1},
		// Written at stop 15 after dev8, the same way (10 of the writer's
		// 60 already in the other sets, taken out); never tuned on.
		// Measured once on that stop's final engine: hit@1 0.750, hit@3
		// 0.886, 4 of 6 absent abstained, 3 answerable abstained (stop 14's
		// final engine: the same but 3 of 6 absent).
		{"holdout10.json", 0.77, 0.88, 5, 3},
		// Written at the end of stop 15 the same way, imagining how people
		// type in a chat (14 of the writer's 60 already in the other sets,
		// taken out); never tuned on. Measured once on that stop's final
		// engine: hit@1 0.846, hit@3 0.872, 5 of 7 absent abstained, 1
		// answerable abstained (stop 14's final engine: the same).
		{"holdout11.json", 0.84, 0.87, 5, 1},
		// Written at stop 16 the same way (23 of the writer's 60 already
		// in the other sets, taken out). Measured as it came, on that
		// stop's engine after its first two changes and on stop 15's final
		// engine alike: hit@1 0.765, hit@3 0.912, 1 of 3 absent abstained,
		// 1 answerable abstained; a tuning set since.
		{"dev9.json", 0.79, 0.91, 2, 1},
		// Written at stop 16 after dev9, the same way, working through each
		// article from its end (8 of the writer's 60 already in the other
		// sets, taken out); never tuned on. Measured once, after that
		// stop's first seven changes: hit@1 0.809, hit@3 0.872, 4 of 5
		// absent abstained, 2 answerable abstained (stop 15's final engine:
		// the same but 3 of 5 absent; stop 16's final engine: the same).
		{"holdout12.json", 0.80, 0.87, 5, 2},
		// Written at the end of stop 16 the same way, as people type in a
		// chat (6 of the writer's 60 already in the other sets, taken
		// out); never tuned on. Measured once before that stop's last three
		// changes, which change none of its answers:
		// hit@1 0.809, hit@3 0.872, 3 of 7 absent abstained, none
		// answerable abstained (stop 15's final engine: 0.787, 0.851, 4 of
		// 7, 1).
		{"holdout13.json", 0.82, 0.87, 4, 0},
		// Written at stop 17 the same way, mixing plain and chat-style
		// questions over each article's beginning, middle and end (23 of
		// the writer's 60 already in the other sets, taken out); never
		// tuned on. Measured once, after that stop's first four changes:
		// hit@1 0.697, hit@3 0.818, 2 of 4 absent abstained, none
		// answerable abstained; every kind right at rank 1 but paraphrase,
		// 1 of 11 (stop 16's final engine: the same but 1 of 4 absent).
		{"holdout14.json", 0.69, 0.81, 2, 0},
		// Written near the end of stop 17 the same way, imagining a
		// student, a journalist, a fast typist and a sceptic (19 of the
		// writer's 60 already in the other sets, taken out); never tuned
		// on. Measured once, after that stop's eight changes to the engine: hit@1
		// 0.757, hit@3 0.784, 1 of 4 absent abstained, 3 answerable
		// abstained (stop 16's final engine: 0.730, 0.757, 1 of 4, 3).
		{"holdout15.json", 0.75, 0.81, 1, 2},
		// Written at stop 18 the same way, imagining a student, a
		// journalist, a fast typist and a chatty user (19 of the writer's
		// 60 already in the other sets, taken out); never tuned on.
		// Measured once on stop 17's final engine: hit@1 0.838, hit@3
		// 0.838, 1 of 4 absent abstained, 4 answerable abstained.
		{"holdout16.json", 0.86, 0.86, 1, 3},
		// Written at stop 18 the same way, leaning on paraphrase (20 of
		// its 34 answerable questions) and the articles' middle paragraphs
		// (18 of the writer's 55 already in the other sets, taken out).
		// Measured once as it came, on stop 17's final engine: hit@1 0.618,
		// hit@3 0.794, 0 of 3 absent abstained, 2 answerable abstained; a
		// tuning set since.
		{"dev10.json", 0.67, 0.85, 0, 0},
		// Written at stop 18 the same way, working through each sentence
		// and preferring the less obvious ones (16 of the writer's 60
		// already in the other sets, taken out); never tuned on. Measured
		// once, after that stop's first five changes and on stop 17's
		// engine alike: hit@1 0.750, hit@3 0.850, 3 of 4 absent
		// abstained, 4 answerable abstained. Two later changes were found
		// from its writer's report of the spellings it used (see the
		// README), so its gain since is no independent evidence.
		{"holdout17.json", 0.82, 0.90, 3, 2},
		// Written at the end of stop 18 the same way (23 of the writer's
		// 60 already in the other sets, taken out); never tuned on.
		// Measured once, on that stop's final engine: hit@1 0.758, hit@3
		// 0.879, 2 of 4 absent abstained, none answerable abstained
		// (stop 17's engine: 0.697, 0.848, 2 of 4, 1).
		{"holdout18.json", 0.75, 0.87, 2, 0},
		// Written at the start of stop 19 the same way (10 of the
		// writer's 46 already in the other sets, taken out). Measured
		// once, on stop 18's final engine: hit@1 0.688, hit@3 0.781, 3 of
		// 4 absent abstained, 3 answerable abstained; its misses were read
		// then, so it is a tuning set since.
		{"holdout19.json", 0.71, 0.78, 3, 3},
		// Written at stop 19 the same way, preferring facts deep in the
		// articles (8 of the writer's 54 already in the other sets, taken
		// out). Measured once: hit@1 0.725, hit@3 0.850, 4 of 6 absent
		// abstained, 2 answerable abstained (stop 18's engine: 0.675,
		// 0.800, 4 of 6, 3); its misses read since, and two changes made
		// from them: a tuning set now.
		{"holdout20.json", 0.72, 0.85, 4, 2},
		// Written at stop 19 the same way, imagining a student, a
		// journalist, a reader on a phone, a learner of English and a
		// sceptic (12 of the writer's 50 already in the other sets, taken
		// out); never tuned on. Measured once, on that stop's final
		// engine but its last two changes, which change none of its
		// answers: hit@1 0.676, hit@3 0.765, 3 of 4 absent abstained, 2
		// answerable abstained; stop 18's engine answers it alike. Its
		// misses were read at stop 20: a tuning set since.
		{"holdout21.json", 0.70, 0.79, 3, 1},
		// Written at the end of stop 19 the same way, as people ask in a
		// chat (10 of the writer's 50 already in the other sets, taken
		// out); never tuned on. Measured once, on that stop's final
		// engine: hit@1 0.778, hit@3 0.889, 1 of 4 absent abstained, 1
		// answerable abstained (stop 18's engine: 0.750, 0.861, 1 of 4, 2).
		// Its misses were read at stop 20: a tuning set since.
		{"holdout22.json", 0.77, 0.88, 1, 1},
		// Written at the start of stop 20 the same way, leaning on
		// paraphrase (26 of its 37 answerable questions) and the
		// articles' middle paragraphs (10 of the writer's 50 already in
		// the other sets, taken out). Measured once as it came, on stop
		// 19's final engine: hit@1 0.568, hit@3 0.622, 2 of 3 absent
		// abstained, 7 answerable abstained; a tuning set since.
		{"dev11.json", 0.62, 0.67, 2, 5},
		// Written at stop 20 the same way, imagining a student, a
		// journalist, a fast typist and someone who half remembers names
		// (17 of the writer's 50 already in the other sets, taken out).
		// Measured once, on that stop's final engine and on stop 19's,
		// which answer it alike: hit@1 0.645, hit@3 0.742, 2 of 2 absent
		// abstained, 3 answerable abstained. Its misses were read then: a
		// tuning set since.
		{"holdout23.json", 0.64, 0.74, 2, 3},
		// Written at stop 20 the same way, as a fact-checker and a teacher
		// going through each article from its end (8 of the writer's 50
		// already in the other sets, taken out). Measured once, on that
		// stop's final engine and on stop 19's, which answer it alike:
		// hit@1 0.806, hit@3 0.833, 5 of 6 absent abstained, 4 answerable
		// abstained. Its misses were read then: a tuning set since.
		{"holdout24.json", 0.80, 0.83, 5, 4},
		// Written at the end of stop 20 the same way, as members of an
		// international-relations class ask in a chat (16 of the
		// writer's 50 already in the other sets, taken out); never tuned
		// on. Measured once, on that stop's final engine: hit@1 0.562,
		// hit@3 0.688, 0 of 2 absent abstained, 2 answerable abstained
		// (stop 19's engine: the same, but 3 answerable abstained).
		{"holdout25.json", 0.56, 0.68, 0, 2},
		// Written at the end of stop 20 the same way, as readers of a
		// news digest ask a day later, preferring facts past the first
		// paragraph (11 of the writer's 50 already in the other sets,
		// taken out); never tuned on. Measured once, on that stop's final
		// engine and on stop 19's, which answer it alike: hit@1 0.750,
		// hit@3 0.806, 2 of 3 absent abstained, 3 answerable abstained.
		{"holdout26.json", 0.75, 0.80, 2, 3},
		// Written at the start of stop 21 the same way, as a
		// journalist's fact-checker asks a chatbot (10 of the writer's
		// 50 already in the other sets, taken out); never tuned on.
		// Measured once, on that stop's final engine and on stop 20's,
		// which answer it alike: hit@1 0.806, hit@3 0.917, 2 of 4 absent
		// abstained, 1 answerable abstained.
		{"holdout27.json", 0.80, 0.91, 2, 1},
	} {
		t.Run(set.file, func(t *testing.T) {
			qs, err := loadEvalset(filepath.Join("testdata", "eval", set.file))
			if err != nil {
				t.Fatal(err)
			}
			r := evaluate(t, ix, qs)
			t.Logf("%s: %s", set.file, r)
			for _, m := range r.misses {
				t.Log("  ", m)
			}
			if r.hit1 < set.hit1 || r.hit3 < set.hit3 {
				t.Errorf("hit@1 %.3f (want ≥ %.2f), hit@3 %.3f (want ≥ %.2f)", r.hit1, set.hit1, r.hit3, set.hit3)
			}
			if r.abstainedOK < set.abstained {
				t.Errorf("abstained on %d of %d out-of-corpus questions, want at least %d", r.abstainedOK, r.absent, set.abstained)
			}
			if r.wrongAbstain > set.wrong {
				t.Errorf("abstained on %d answerable questions, want at most %d", r.wrongAbstain, set.wrong)
			}
		})
	}
}
