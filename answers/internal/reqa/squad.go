// Package reqa measures how well a question-answering system finds the
// sentence that answers a question, on the SQuAD v1.1 development set read
// as in ReQA (Ahmad et al., 2019, "ReQA: An Evaluation for End-to-End Answer
// Retrieval Models").
//
// The whole data set becomes one Citebot corpus: one article per Wikipedia
// title, built through corpus.Parse and corpus.New like any other corpus, so
// every sentence of every paragraph is a candidate answer. A question is
// answered at rank r when the r-th quote returned is a sentence that contains
// the start of one of its gold answers. Questions are deduplicated by their
// text; R@1, R@5 and MRR@10 are averaged over the unique questions.
//
// A plain BM25 ranker over the same sentences serves as a reference: its
// published figure on this benchmark validates the protocol.
package reqa

import (
	"archive/zip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path"
)

// Dataset is a SQuAD-format file.
type Dataset struct {
	Version string        `json:"version"`
	Data    []WikiArticle `json:"data"`

	// SHA256 is the hex digest of the JSON file the dataset was read from.
	SHA256 string `json:"-"`
}

// WikiArticle is one Wikipedia article of a SQuAD file.
type WikiArticle struct {
	Title      string      `json:"title"` // underscores for spaces, as in Wikipedia addresses
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Paragraph is a passage of a Wikipedia article and the questions asked
// about it.
type Paragraph struct {
	Context string `json:"context"`
	QAs     []QA   `json:"qas"`
}

// QA is one crowd-written question and its gold answers.
type QA struct {
	ID       string       `json:"id"`
	Question string       `json:"question"`
	Answers  []GoldAnswer `json:"answers"`
}

// GoldAnswer is a span of a paragraph that answers a question.
type GoldAnswer struct {
	Text  string `json:"text"`
	Start int    `json:"answer_start"` // in Unicode code points from the start of the context
}

// Read decodes a SQuAD JSON file.
func Read(r io.Reader) (*Dataset, error) {
	h := sha256.New()
	var ds Dataset
	if err := json.NewDecoder(io.TeeReader(r, h)).Decode(&ds); err != nil {
		return nil, fmt.Errorf("decode SQuAD JSON: %w", err)
	}
	if _, err := io.Copy(h, r); err != nil {
		return nil, fmt.Errorf("read SQuAD JSON: %w", err)
	}
	if len(ds.Data) == 0 {
		return nil, fmt.Errorf("decode SQuAD JSON: no articles")
	}
	ds.SHA256 = hex.EncodeToString(h.Sum(nil))
	return &ds, nil
}

// ReadZip reads the one JSON file of a zip archive, such as
// squad-v1.1-dev.json.zip.
func ReadZip(name string) (*Dataset, error) {
	zr, err := zip.OpenReader(name)
	if err != nil {
		return nil, fmt.Errorf("open SQuAD archive: %w", err)
	}
	defer zr.Close()
	var member *zip.File
	for _, f := range zr.File {
		if path.Ext(f.Name) != ".json" {
			continue
		}
		if member != nil {
			return nil, fmt.Errorf("%s: more than one JSON file (%s, %s)", name, member.Name, f.Name)
		}
		member = f
	}
	if member == nil {
		return nil, fmt.Errorf("%s: no JSON file in the archive", name)
	}
	rc, err := member.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: open %s: %w", name, member.Name, err)
	}
	defer rc.Close()
	ds, err := Read(rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", name, member.Name, err)
	}
	return ds, nil
}
