package answers

// Params are the ranking weights. DefaultParams were fitted on one half of
// the SQuAD benchmark, then refitted jointly on it and the two news
// development sets, and checked on the other half and the news holdout sets
// (see the README); they are never set per question.
type Params struct {
	K1, B           float64 // BM25 term saturation and length normalisation
	Neighbour       float64 // a question name met in the sentence before or after
	NeighbourWord   float64 // … another question word: a neighbour lends its names to a "he" or "it", seldom its other words
	Antecedent      float64 // … another question word, met in the sentence before one that opens by going on about a thing it told of ("The initiatives include…")
	Paragraph       float64 // … met elsewhere in the paragraph
	Title           float64 // … met in the article title
	Outlet          float64 // … met in the name of the article's outlet
	TypeBonus       float64 // the sentence holds the kind of thing asked for: a number for "how many", a date for "when"
	UnitBonus       float64 // … an amount in the unit asked for: money for "how much aid", a share for "what percentage"
	NameBonus       float64 // … a name for "who" or "where"
	CountBonus      float64 // … a number next to the noun "how many" counts: "three personal messages"
	ReasonBonus     float64 // … a reason or purpose, for "why": "because", "to quell", "in order to"
	MeansBonus      float64 // … a means, for "How did X…?": "through its investments", "by sending"
	FormerBonus     float64 // … a former name, for "What was X called before?": "earlier known as", "renamed"
	DefinitionBonus float64 // … a definition, for "What is X?": "X, a …", "X (…)", "X is a …"
	Proximity       float64 // two words next to each other in the question stand close, in order, in the sentence
	Cover           float64 // how much a term met in context counts towards coverage
	MinCover        float64 // abstain when the best answer covers less of the question
	NeedNumber      bool    // abstain when a question asking for an amount gets no candidate holding a number
	NeedDate        bool    // … and when a question opening with "when" or "what year" gets none holding a date
	NeedCount       bool    // … and, for "how many X", none that holds a number with X after it
	NeedAge         bool    // … and, for "how old", none that tells an age ("60-year-old", "aged 60")
	CountVerb       bool    // for NeedCount, "How many X V-ed": X followed by another verb ("five countries abstained") or "one of the X" counts nothing; the number before "V-ed" counts
	NeedOwner       bool    // … or a name the question writes as an owner ("Uzbekistan's border") stands in neither it, its neighbours nor its paragraph
	HowWord         float64
	FormerWord      float64 // weight of the words that ask for a former name ("called before", "old name"), in their idfs, when FormerBonus is on
	RoleTitle       float64 // weight of a title or an honorific right before a name the corpus writes ("Secretary Blinken", "Mr. Blinken"), in its idfs
	TitleOf         bool    // … also a title of several words: "Secretary of State Blinken"
	KeywordType     bool    // a question typed as keywords asks what its first word names: "share of trade with Russia" as "What share…" (see keywordQuestion)
	Contractions    bool    // a question word's contracted auxiliary is read written out: "What'd", "How's", "whyd", "wheres"
	ClauseInitial   bool    // a word that opens a sentence of the question is no name for its capital: "…? Details please."
	LightVerb       float64 // … of a verb that says little before its object ("pay" in "pay attention")
	RateBonus       float64 // … that states the amount per what it is asked per ("$9 million per country")
	ListBonus       float64 // … that enumerates three or more names the question does not, when it asks "which countries…"
	DestBonus       float64 // … that takes someone to a place the question does not name, when it asks where someone went
	HolderBonus     float64 // … that names a person by a role of a name the question writes ("Turkmenistan's Foreign Minister Rashit Meredou"), when it asks who
	RoleBonus       float64 // … that names a person by a role of another name ("Uzbekistan's President Shavkat Mirziyoyev"), when it asks who
	Motion          float64 // weight of another verb of motion for the one a "where" question asks with ("flew" for "go")
	NameFirst       float64 // share of the best score from which a candidate meeting the question's names goes first, and those meeting none go
	NameReach       int     // sentences either side of a candidate, in its article, within which a question's name counts as met for NeedName and NameFirst (0: only its neighbours, paragraph and title)
	OwnerGroup      bool    // a candidate that refers back to "these countries" meets the question's owners (NeedOwner) when they are named within NameReach
	Forenames       bool    // a forename before a name the corpus writes is not looked for (see dropForenames)
	Shouted         bool    // read a question typed in capitals throughout as if typed in lower case
	FuzzyVariants   bool    // a misspelt name also meets the corpus's other spellings of the name it is corrected to
	FuzzyRelated    bool    // a misspelt name meets the names related to its correction: "Kazah" → "Kazakh" → "Kazakhstan"
	Chatter         bool    // a clause that talks about the asking, not what is asked, is not looked for (see chatter)
	BarePossessive  bool    // a name with an "s" and no apostrophe before a word is the name's possessive ("kazakhstans president")
	Caseless        bool    // in a question typed without capitals, a name the corpus writes as one counts as written so: for BarePossessive ("who is tajikistans president") and for a name's adjective before the noun "how many" counts ("how many russian soldiers")
	OutletVerb      bool    // drop a verb of viewing or saying right after an outlet's name ("How does Geofor describe…")
	NeedName        bool    // abstain when the best answer meets none of the names the question mentions, or the question names one the corpus never does
	StrangeYear     bool    // a year the corpus never writes turns the question away, as a name it never mentions does: "…in the 2019 election?"
	NeedSpeech      bool    // abstain when "What did X discuss…?" gets no candidate near the best that reports what was said
	SpeechSubject   bool    // … and for NeedSpeech, a candidate reports speech only when it or a neighbour meets the question's subject (its first term)
	SpeechShare     float64 // share of the best score from which a candidate counts for NeedSpeech
	NeedContent     bool    // abstain when "What did X write…?" gets a best answer that names X only after saying details were withheld ("without elaborating")
	NeedNamed       bool    // abstain when "What is the name of the X…?" gets a best answer that gives X no name (see Index.namesNoun)
	NeedFocus       bool    // abstain when "What is the X of Y?" gets a best answer that does not name X
	FocusOf         bool    // … also "the X of Y" anywhere in the question, when Y is a name: "What did Blinken say to the president of Turkmenistan?"
	NeedFocusOwner  bool    // … or one that names X only as another's: "the president of Kyrgyzstan" for "the president of Tajikistan"
	FocusMin        float64 // word-vector cosine at which a sentence word counts as naming X
	Unknown         float64 // weight of a question word the corpus lacks, in idfs of a word seen nowhere
	Typo1           float64 // weight of a word one edit from a misspelt question word
	Typo2           float64 // … two edits
	Dropped         bool    // a misspelling of six letters or more may have lost two letters of a word: "Uzbkstan" (see dropsLetters)
	Translit        float64 // weight of a name the corpus writes in another transliteration: "Toqayev" for "Tokayev" (see translitFold)
	Respell         bool    // read each misspelt word of a question as its correction before reading the question's shape (see respell)
	English         float64 // weight of a misspelt word's English correction, when the corpus holds no word near the misspelling: "anonymus" → "anonymous", meeting "anonymity" (see englishCorrection)
	Variant         float64 // weight of another spelling of a name in the corpus
	Synonym         float64 // weight of a thesaurus relation
	Capital         float64 // … between a national capital and its country: "Moscow", "Russia"
	CoverClose      float64 // word-vector cosine from which a question word the corpus lacks counts as covered by the sentence's closest word
	PairInitials    float64 // weight of a two-word name the corpus writes for a question's two capitals that are its initials ("US" → "United States")
	Soft            float64 // weight of question words the sentence meets by words close in meaning
	SoftMin         float64 // word-vector cosine below which two words are not close in meaning
	Related         float64 // weight of a name that begins another, a few letters apart: "Kazakh", "Kazakhstan"
	StemNames       float64 // weight of a name sharing a stem with a question word the corpus lacks: "China" for "Chinese" (see Index.stemNames)
	Duplicate       float64 // idf-weighted content-term overlap from which two quotes state one fact (see Index.sameFact)
	HeadingPen      float64 // a heading's score is multiplied by this: headings rarely answer
}

// DefaultParams returns the weights the engine ships with.
func DefaultParams() Params {
	return Params{
		K1: 0.14, B: 0.74,
		Neighbour: 0.7, NeighbourWord: 0.26, Antecedent: 0.4, Paragraph: 0.26, Title: 0.7, Outlet: 0.7, TypeBonus: 0.15, UnitBonus: 0.27, NameBonus: 0.03, CountBonus: 0.13, ReasonBonus: 0.05, MeansBonus: 0.1, FormerBonus: 0.2, DefinitionBonus: 0.2, Proximity: 0.067,
		Cover: 0.67, MinCover: 0.22, NeedNumber: true, NeedDate: true, NeedCount: true, NeedAge: true, NeedName: true, NameFirst: 0.85, NameReach: 5, OwnerGroup: true, HolderBonus: 0.2, RoleBonus: 0.1, PairInitials: 0.9, RateBonus: 0.4, ListBonus: 0.2, DestBonus: 0.2, Motion: 0.8, HowWord: 0.15, FormerWord: 0.3, NeedOwner: true, NeedSpeech: true, SpeechSubject: true, SpeechShare: 0.5, NeedContent: true, NeedFocus: true, NeedNamed: true, NeedFocusOwner: true, CountVerb: true, OutletVerb: true, Forenames: true, Shouted: true, FuzzyVariants: true, Chatter: true, BarePossessive: true, FocusOf: true, StrangeYear: true, FuzzyRelated: true, LightVerb: 0.3, RoleTitle: 0.15, TitleOf: true, Contractions: true, KeywordType: true, ClauseInitial: true, Caseless: true, FocusMin: 0.6, Unknown: 1.5,
		Typo1: 0.95, Typo2: 0.7, Dropped: true, Respell: true, English: 0.8, Translit: 0.95, Variant: 1, Related: 1, StemNames: 0.9, Synonym: 0.56, Capital: 0.3, Soft: 0.35, SoftMin: 0.5, CoverClose: 0.745,
		Duplicate: 0.45, HeadingPen: 0.6,
	}
}

// WithParams returns an index that shares ix's data but ranks with p. It
// is how the benchmark harness fits the weights.
func (ix *Index) WithParams(p Params) *Index {
	return &Index{indexData: ix.indexData, p: p}
}
