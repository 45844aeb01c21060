// Package thesaurus relates an English word to words that can paraphrase it
// (afraid → scared, buy → purchase, threat → menace, fund → money), so that a
// question can match a sentence that says the same thing in other words.
//
// # Data
//
// The table is generated from WordNet 3.0, the lexical database of Princeton
// University (https://wordnet.princeton.edu), and embedded in the binary as
// thesaurus.txt.gz. WordNet's licence permits use and redistribution provided
// its notice travels with the data: it is in LICENSE.wordnet, next to the
// table. No word list is written by hand, except the English function words
// ("us", "will", "can") that the generator refuses to relate.
//
// For every single-word lemma (lowercase ASCII letters) the generator follows
// the most frequent senses only: up to three per part of speech, as ranked by
// WordNet's sense-tagged corpora (index.* order, cntlist.rev counts), or the
// first two when those corpora never saw the word. From these senses it
// takes the other lemmas of the same synset ([Synonym]), adjective
// "similar to" and verb groups ([Similar]), derivationally related forms,
// pertainyms and attributes across parts of speech ([Derived]) and one
// hypernym or hyponym hop for nouns and verbs ([Broader], [Narrower]),
// between senses the tagged corpora saw and never to a broad concept with
// more than 40 hyponyms. A relation is kept only if it
// reaches one of the target word's own most frequent senses, so a rare sense
// at either end adds nothing; its [Relation.Sense] says how rare the rarer
// end is. Words with more than 30 senses ("take", "run") are left out.
// Phrasal verbs ("set_up") are kept as sources, never as targets. National
// capitals and their countries are related both ways ([Capital]): a
// capital is an instance of "national capital" that is part of its
// country (or part of a district that is), or that WordNet names
// "capital_of_<country>".
// The irregular inflections of WordNet's exception lists (*.exc) are in the
// table too, for [Thesaurus.Lemmas].
//
// # Regenerating
//
// The table is committed, so building and testing need no WordNet. To
// regenerate it (Debian: apt-get install wordnet-base), from the module root:
//
//	go run ./answers/internal/cmd/genthesaurus -wordnet /usr/share/wordnet -out answers/internal/thesaurus/thesaurus.txt.gz
//
// The output is deterministic. The command also rewrites LICENSE.wordnet
// from the licence header of the data files.
//
// # Size and speed
//
// The table relates 55,571 words by 190,679 relations (95k synonyms, 29k
// similar, 33k derived, 17k broader, 16k narrower, 652 capital–country)
// and lists 3,757 irregular inflections: 943 KB compressed, 2.82 MB of
// text. Default loads
// it on first use in about 45 ms and holds about 6.5 MB (the text plus an
// 8-byte index entry per word); Related then takes 1 to 3 µs and 4
// allocations (go test -bench . -benchmem, 2-core amd64).
//
// # Format
//
// The decompressed table is text, one line per word, sorted:
//
//	word<TAB>parts of speech<TAB>relation relation...
//	=inflection<TAB>base base...
//
// Parts of speech are letters among "nvar" (noun, verb, adjective, adverb). A
// relation is a kind letter (s synonym, m similar, d derived, b broader,
// n narrower, c capital), the sense rank as one digit and the related word, e.g.
// "s1purchase". Lines starting with # are comments.
package thesaurus
