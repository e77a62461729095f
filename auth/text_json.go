package auth

import (
	"encoding/json"
	"fmt"
	"time"
)

// A phrase in the disk cache (a token's notes): its code and its
// arguments, each tagged with its kind so that it reads back the same and
// can be written in any language. An argument of another kind (an error)
// is kept as its English text.

type storedArg struct {
	S     *string        `json:"s,omitempty"`
	I     *int           `json:"i,omitempty"`
	F     *float64       `json:"f,omitempty"`
	Span  *time.Duration `json:"span,omitempty"`
	D     *time.Duration `json:"d,omitempty"`
	Short *time.Duration `json:"ms,omitempty"`
	Day   *time.Time     `json:"day,omitempty"`
	Clock *time.Time     `json:"clock,omitempty"`
	P     *Phrase        `json:"p,omitempty"`
}

type storedPhrase struct {
	Code TextCode    `json:"code"`
	Args []storedArg `json:"args,omitempty"`
}

// MarshalJSON writes the phrase with its arguments' kinds.
func (t Phrase) MarshalJSON() ([]byte, error) {
	sp := storedPhrase{Code: t.Code}
	for _, a := range t.Args {
		var s storedArg
		switch a := a.(type) {
		case string:
			s.S = &a
		case int:
			s.I = &a
		case float64:
			s.F = &a
		case Span:
			d := time.Duration(a)
			s.Span = &d
		case time.Duration:
			s.D = &a
		case Millis:
			d := time.Duration(a)
			s.Short = &d
		case Day:
			d := time.Time(a)
			s.Day = &d
		case Clock:
			c := time.Time(a)
			s.Clock = &c
		case Phrase:
			s.P = &a
		default:
			text := fmt.Sprint(a)
			s.S = &text
		}
		sp.Args = append(sp.Args, s)
	}
	return json.Marshal(sp)
}

// UnmarshalJSON reads a phrase written by MarshalJSON. What it cannot
// read (a code of another version, an argument of no known kind) becomes
// the zero phrase, never an error: a token file must not be lost over
// its notes (readDisk then keeps the English Note).
func (t *Phrase) UnmarshalJSON(data []byte) error {
	*t = Phrase{}
	var sp storedPhrase
	if err := json.Unmarshal(data, &sp); err != nil {
		return nil
	}
	if _, ok := englishTexts()[sp.Code]; !ok {
		return nil
	}
	p := Phrase{Code: sp.Code}
	for _, s := range sp.Args {
		var a any
		switch {
		case s.S != nil:
			a = *s.S
		case s.I != nil:
			a = *s.I
		case s.F != nil:
			a = *s.F
		case s.Span != nil:
			a = Span(*s.Span)
		case s.D != nil:
			a = *s.D
		case s.Short != nil:
			a = Millis(*s.Short)
		case s.Day != nil:
			a = Day(*s.Day)
		case s.Clock != nil:
			a = Clock(*s.Clock)
		case s.P != nil:
			a = *s.P
		default:
			return nil
		}
		p.Args = append(p.Args, a)
	}
	*t = p
	return nil
}
