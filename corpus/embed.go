package corpus

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"
)

//go:embed articles/*.md
var embedded embed.FS

var embeddedCorpus = sync.OnceValues(func() (*Corpus, error) {
	sub, err := fs.Sub(embedded, "articles")
	if err != nil {
		return nil, fmt.Errorf("embedded corpus: %w", err)
	}
	c, err := Load(sub)
	if err != nil {
		return nil, fmt.Errorf("embedded corpus: %w", err)
	}
	return c, nil
})

// Embedded returns the default corpus that ships inside the binary. It is
// parsed once; later calls return the same corpus, which must not be
// modified.
func Embedded() (*Corpus, error) { return embeddedCorpus() }
