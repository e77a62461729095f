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

// lazyParts are parts of the catalogue built on first use rather than at
// start (registerLazy): the init of this package must stay light.
var lazyParts []func() (en, pt map[Key]string)

// registerLazy adds a part of the catalogue that is built and registered
// the first time any text is looked up. Called from init functions.
func registerLazy(part func() (en, pt map[Key]string)) { lazyParts = append(lazyParts, part) }

// loadLazy registers the lazy parts, once, before the first lookup.
var loadLazy = sync.OnceFunc(func() {
	for _, part := range lazyParts {
		register(part())
	}
})

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

// N is T of one when n takes the singular in lang (CLDR's plural rules)
// and of many otherwise, with n as the first argument:
// N(lang, 3, TokenRequestsOne, TokenRequestsMany) is "3 requests".
func N(lang Lang, n int, one, many Key, args ...any) string {
	k := many
	if isOne(lang, n) {
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

// addCodes puts a domain package's sentences into a catalogue part: its
// English and their Portuguese, each under the key the code maps to.
func addCodes[C ~string](en, pt map[Key]string, key func(C) Key, english, portuguese map[C]string) {
	for c, f := range english {
		en[key(c)] = f
	}
	for c, f := range portuguese {
		pt[key(c)] = f
	}
}
