package answers_test

import (
	"fmt"

	"github.com/citebot/citebot/answers"
	"github.com/citebot/citebot/corpus"
)

func ExampleIndex_Search() {
	c, err := corpus.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	ix := answers.New(c)
	// The question spells the minister's name as one outlet does; the
	// answer quotes another, and names the outlet that carries it too.
	got, err := ix.Search("What did Tileuberdi say about threats from Russia?", answers.Options{K: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range got {
		fmt.Println(a.Quote)
		fmt.Println("—", a.Article.Outlet)
		for _, m := range a.AlsoIn {
			fmt.Println("also:", m.Article.Outlet)
		}
	}
	// Output:
	// But Mukhtar Tleuberdi, head of the Kazakh Foreign Ministry, gave a substantive answer: "We don't see or feel any risks or threats from Russia at the moment," he said at a joint press conference with U.S. Secretary of State Anthony Blinken.
	// — Geofor (Center for Geopolitical Forecasts)
	// also: The Eastern Herald
}

func ExampleIndex_Search_abstains() {
	c, err := corpus.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	got, err := answers.New(c).Search("How do I bake bread?", answers.Options{})
	fmt.Println(len(got), err)
	// Output:
	// 0 <nil>
}

func ExampleIndex_Suggest() {
	c, err := corpus.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range answers.New(c).Suggest("who is Tokay", 3) {
		fmt.Println(s)
	}
	// Output:
	// who is Tokayev
	// who is President Tokayev
	// who is Kazakhstan Tokayev
}
