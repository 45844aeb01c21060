package corpus

import (
	"embed"
	"io/fs"
	"sync"
)

//go:embed articles/*.md
var embedded embed.FS

var embeddedCorpus = sync.OnceValues(func() (*Corpus, error) {
	sub, err := fs.Sub(embedded, "articles")
	if err != nil {
		return nil, err
	}
	return Load(sub)
})

// Embedded returns the default corpus that ships inside the binary. It is
// parsed once; later calls return the same corpus, which must not be
// modified.
func Embedded() (*Corpus, error) { return embeddedCorpus() }
