// Command bot answers questions about a corpus of news articles by quoting
// its sentences verbatim, each linked to its article: on Discord, or with
// --dry-run in the console.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	m := NewMain()
	if err := m.ParseFlags(os.Args[1:]); err != nil {
		os.Exit(reportExit(err))
	}
	err := m.Run(ctx)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Exit(reportExit(err))
	}
}

// reportExit prints err and returns the exit code it calls for.
func reportExit(err error) int {
	if errors.Is(err, errHelp) {
		return 0
	}
	fmt.Fprintln(os.Stderr, "bot:", err)
	var u *usageError
	if errors.As(err, &u) {
		return 2
	}
	return 1
}
