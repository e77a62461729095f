package i18n

import (
	"fmt"
	"sync"
)

// tables holds the catalogue of each language.
var tables = map[Lang]map[Key]string{
	En:   english,
	PtBR: portuguese,
}

// register adds a part of the catalogue kept in a file of its own (one per
// pane or area, so that several people can add keys at once): the English
// and Portuguese texts of the same keys. Called from init functions.
func register(en, pt map[Key]string) {
	for k, v := range en {
		english[k] = v
	}
	for k, v := range pt {
		portuguese[k] = v
	}
}

// lazyParts are parts of the catalogue registered by registerLazy: built
// and merged on first use, not at init, so that starting the program
// allocates little (TestStartupInitIsLight).
var (
	lazyParts []func() (en, pt map[Key]string)
	lazyOnce  sync.Once
)

// registerLazy is register for a part built only when a text is first
// looked up. Called from init functions.
func registerLazy(part func() (en, pt map[Key]string)) { lazyParts = append(lazyParts, part) }

// loadLazy merges the lazy parts, once; every reader of the tables calls
// it first.
func loadLazy() {
	lazyOnce.Do(func() {
		for _, part := range lazyParts {
			register(part())
		}
	})
}

// Format is the raw format string of key in lang, for callers that need
// fmt.Errorf's %w; it falls back to English, then to the key's name.
func Format(lang Lang, key Key) string {
	loadLazy()
	if s, ok := tables[lang][key]; ok {
		return s
	}
	if s, ok := english[key]; ok {
		return s
	}
	return string(key)
}

// T is the message of key in lang with args put in its fmt placeholders.
// An unknown language reads as English.
func T(lang Lang, key Key, args ...any) string {
	return fmt.Sprintf(Format(lang, key), args...)
}

// N is T of one when n is 1 and of many otherwise, with n as the first
// argument: N(lang, 3, TokenRequestsOne, TokenRequestsMany) is "3 requests".
func N(lang Lang, n int, one, many Key, args ...any) string {
	k := many
	if n == 1 {
		k = one
	}
	return T(lang, k, append([]any{n}, args...)...)
}

// Message is a key with its arguments, to be written in a language later,
// for instance by the code that knows which language the user reads.
type Message struct {
	Key  Key
	Args []any
}

// M makes a Message.
func M(key Key, args ...any) Message { return Message{Key: key, Args: args} }

// In writes the message in lang.
func (m Message) In(lang Lang) string { return T(lang, m.Key, m.Args...) }

// Keys lists every key of the English catalogue (in no order), for tests
// and tools.
func Keys() []Key {
	loadLazy()
	out := make([]Key, 0, len(english))
	for k := range english {
		out = append(out, k)
	}
	return out
}

// Has reports whether lang has its own text for key (no fallback).
func Has(lang Lang, key Key) bool {
	loadLazy()
	_, ok := tables[lang][key]
	return ok
}
