package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// partsOfSpeech are the WordNet file suffixes and the letters that stand for
// them in index lines, pointers and the generated table.
var partsOfSpeech = []struct {
	file   string
	letter byte
}{
	{"noun", 'n'},
	{"verb", 'v'},
	{"adj", 'a'},
	{"adv", 'r'},
}

// synsetID names a synset: its part of speech ('n', 'v', 'a' or 'r';
// adjective satellites are 'a', since they live in data.adj) and byte offset.
type synsetID struct {
	pos    byte
	offset uint32
}

// pointer is one relation from a synset. Source and target are 1-based word
// numbers for a lexical pointer, both 0 for a semantic one (whole synsets).
type pointer struct {
	symbol         string
	target         synsetID
	source, tgWord int
}

// synset is a data.* line: its lemmas (lowercase, adjective markers such as
// "(p)" removed, multiword lemmas keep their underscores) and its pointers.
type synset struct {
	words    []string
	pointers []pointer
}

// senseKey names one sense of a lemma as cntlist.rev does: part of speech and
// 1-based sense number in index order.
type senseKey struct {
	lemma string
	pos   byte
	sense int
}

// database is the part of WordNet the generator reads.
type database struct {
	synsets map[synsetID]*synset
	// senses lists, for each lemma and part of speech, its synsets in index
	// order, which WordNet sorts by frequency in its tagged corpora.
	senses map[string]map[byte][]synsetID
	// counts are the tagged-corpus frequencies of senses, from cntlist.rev.
	counts map[senseKey]int
	// exceptions maps irregular inflections to their base forms (*.exc).
	exceptions map[string][]string
}

func newDatabase() *database {
	return &database{
		synsets:    make(map[synsetID]*synset),
		senses:     make(map[string]map[byte][]synsetID),
		counts:     make(map[senseKey]int),
		exceptions: make(map[string][]string),
	}
}

// readDatabase parses the WordNet 3.0 files in dir.
func readDatabase(dir string) (*database, error) {
	db := newDatabase()
	for _, p := range partsOfSpeech {
		if err := readFile(filepath.Join(dir, "data."+p.file), db.addDataLine); err != nil {
			return nil, err
		}
		if err := readFile(filepath.Join(dir, "index."+p.file), db.addIndexLine); err != nil {
			return nil, err
		}
		if err := readFile(filepath.Join(dir, p.file+".exc"), db.addExceptionLine); err != nil {
			return nil, err
		}
	}
	if err := readFile(filepath.Join(dir, "cntlist.rev"), db.addCountLine); err != nil {
		return nil, err
	}
	return db, nil
}

// readFile calls add for each line of the named file that is not part of the
// licence header (lines starting with two spaces).
func readFile(name string, add func(line string) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := readLines(f, add); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func readLines(r io.Reader, add func(line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || strings.TrimSpace(line) == "" {
			continue
		}
		if err := add(line); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// posLetter maps a part-of-speech letter of the WordNet files to the one used
// here: satellites ('s') are adjectives.
func posLetter(s string) (byte, error) {
	switch s {
	case "n", "v", "a", "r":
		return s[0], nil
	case "s":
		return 'a', nil
	}
	return 0, fmt.Errorf("unknown part of speech %q", s)
}

// addDataLine parses
//
//	offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] [frames...] | gloss
//
// where w_cnt and lex_id are hexadecimal and each pointer is
// "symbol offset pos source/target" (source/target as four hex digits).
func (db *database) addDataLine(line string) error {
	if i := strings.Index(line, " | "); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(line)
	if len(f) < 4 {
		return fmt.Errorf("short data line")
	}
	off, err := strconv.ParseUint(f[0], 10, 32)
	if err != nil {
		return fmt.Errorf("offset: %w", err)
	}
	pos, err := posLetter(f[2])
	if err != nil {
		return err
	}
	nw, err := strconv.ParseUint(f[3], 16, 8)
	if err != nil {
		return fmt.Errorf("word count: %w", err)
	}
	i := 4
	if len(f) < i+2*int(nw)+1 {
		return fmt.Errorf("synset %d: %d words announced, line too short", off, nw)
	}
	s := &synset{words: make([]string, nw)}
	for w := range int(nw) {
		word := f[i]
		if j := strings.IndexByte(word, '('); j >= 0 {
			word = word[:j]
		}
		s.words[w] = strings.ToLower(word)
		i += 2
	}
	np, err := strconv.Atoi(f[i])
	if err != nil {
		return fmt.Errorf("synset %d: pointer count: %w", off, err)
	}
	i++
	if len(f) < i+4*np {
		return fmt.Errorf("synset %d: %d pointers announced, line too short", off, np)
	}
	s.pointers = make([]pointer, np)
	for p := range np {
		toff, err := strconv.ParseUint(f[i+1], 10, 32)
		if err != nil {
			return fmt.Errorf("synset %d: pointer offset: %w", off, err)
		}
		tpos, err := posLetter(f[i+2])
		if err != nil {
			return fmt.Errorf("synset %d: %w", off, err)
		}
		st, err := strconv.ParseUint(f[i+3], 16, 16)
		if err != nil || len(f[i+3]) != 4 {
			return fmt.Errorf("synset %d: pointer source/target %q", off, f[i+3])
		}
		s.pointers[p] = pointer{
			symbol: f[i],
			target: synsetID{tpos, uint32(toff)},
			source: int(st >> 8),
			tgWord: int(st & 0xff),
		}
		i += 4
	}
	db.synsets[synsetID{pos, uint32(off)}] = s
	return nil
}

// addIndexLine parses
//
//	lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
func (db *database) addIndexLine(line string) error {
	f := strings.Fields(line)
	if len(f) < 4 {
		return fmt.Errorf("short index line")
	}
	pos, err := posLetter(f[1])
	if err != nil {
		return err
	}
	nsyn, err := strconv.Atoi(f[2])
	if err != nil {
		return fmt.Errorf("%s: synset count: %w", f[0], err)
	}
	nptr, err := strconv.Atoi(f[3])
	if err != nil {
		return fmt.Errorf("%s: pointer count: %w", f[0], err)
	}
	offsets := f[4+nptr+2:]
	if len(offsets) != nsyn {
		return fmt.Errorf("%s: %d synsets announced, %d listed", f[0], nsyn, len(offsets))
	}
	ids := make([]synsetID, nsyn)
	for i, o := range offsets {
		off, err := strconv.ParseUint(o, 10, 32)
		if err != nil {
			return fmt.Errorf("%s: offset: %w", f[0], err)
		}
		ids[i] = synsetID{pos, uint32(off)}
	}
	byPos := db.senses[f[0]]
	if byPos == nil {
		byPos = make(map[byte][]synsetID)
		db.senses[f[0]] = byPos
	}
	byPos[pos] = ids
	return nil
}

// addCountLine parses "sense_key sense_number tag_cnt", where sense_key is
// "lemma%ss_type:lex_filenum:lex_id:head_word:head_id".
func (db *database) addCountLine(line string) error {
	f := strings.Fields(line)
	if len(f) != 3 {
		return fmt.Errorf("want 3 fields, got %d", len(f))
	}
	lemma, rest, ok := strings.Cut(f[0], "%")
	if !ok || rest == "" {
		return fmt.Errorf("sense key %q", f[0])
	}
	var pos byte
	switch rest[0] {
	case '1':
		pos = 'n'
	case '2':
		pos = 'v'
	case '3', '5':
		pos = 'a'
	case '4':
		pos = 'r'
	default:
		return fmt.Errorf("sense key %q: synset type", f[0])
	}
	sense, err := strconv.Atoi(f[1])
	if err != nil {
		return fmt.Errorf("sense number: %w", err)
	}
	n, err := strconv.Atoi(f[2])
	if err != nil {
		return fmt.Errorf("tag count: %w", err)
	}
	db.counts[senseKey{strings.ToLower(lemma), pos, sense}] += n
	return nil
}

// addExceptionLine parses "inflected base [base...]".
func (db *database) addExceptionLine(line string) error {
	f := strings.Fields(line)
	if len(f) < 2 {
		return fmt.Errorf("exception without base form")
	}
	for _, b := range f[1:] {
		if !slices.Contains(db.exceptions[f[0]], b) {
			db.exceptions[f[0]] = append(db.exceptions[f[0]], b)
		}
	}
	return nil
}

// readLicence returns the licence notice that opens every WordNet data file:
// its lines start with two spaces and a line number.
func readLicence(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() && strings.HasPrefix(sc.Text(), "  ") {
		_, text, _ := strings.Cut(strings.TrimLeft(sc.Text(), " "), " ")
		b.WriteString(strings.TrimRight(text, " "))
		b.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if b.Len() == 0 {
		return "", fmt.Errorf("%s: no licence header", name)
	}
	return b.String(), nil
}
