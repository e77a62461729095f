package cli

// `tokentui decode --json`: the decoded token as one JSON object for tools,
// with keys in English (like `diagnose --json`).

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"tokentui/auth"
)

// decodeReport is what `decode --json` prints.
type decodeReport struct {
	Header       map[string]any      `json:"header"`   // as decoded; numbers stay numbers
	Claims       map[string]any      `json:"claims"`   // as decoded; numbers stay numbers
	Times        map[string]jsonTime `json:"times"`    // exp, iat, nbf: those present and numeric
	Scopes       []string            `json:"scopes"`   // scope (or scp), never null
	Audience     []string            `json:"audience"` // aud, never null
	Verification *jsonVerification   `json:"verification,omitempty"`
}

// jsonTime is a NumericDate claim read as a time.
type jsonTime struct {
	Time           string `json:"time"`             // RFC 3339, UTC
	SecondsFromNow int64  `json:"seconds_from_now"` // negative when it is past
}

// jsonVerification is the outcome of --verify.
type jsonVerification struct {
	Status  string `json:"status"` // verified | failed | not_checked
	KeyID   string `json:"kid"`
	Alg     string `json:"alg"`
	Reason  string `json:"reason"` // in English, as auth gives it
	JWKSURL string `json:"jwks_url"`
}

// newDecodeReport builds the report of j at now; v is the verification,
// nil when none was asked for.
func newDecodeReport(j *auth.JWT, v *auth.Verification, now time.Time) decodeReport {
	r := decodeReport{Header: j.Header, Claims: j.Claims, Times: map[string]jsonTime{},
		Scopes: j.Scopes(), Audience: j.Audience()}
	for _, name := range []string{"exp", "iat", "nbf"} {
		if t, ok := j.Time(name); ok {
			r.Times[name] = jsonTime{Time: t.UTC().Format(time.RFC3339Nano), SecondsFromNow: int64(t.Sub(now).Round(time.Second) / time.Second)}
		}
	}
	if r.Scopes == nil {
		r.Scopes = []string{}
	}
	if r.Audience == nil {
		r.Audience = []string{}
	}
	if v != nil {
		status := map[auth.VerifyStatus]string{auth.Verified: "verified", auth.Failed: "failed"}[v.Status]
		if status == "" {
			status = "not_checked"
		}
		r.Verification = &jsonVerification{Status: status, KeyID: v.KeyID, Alg: v.Alg, Reason: v.Reason, JWKSURL: v.JWKSURL}
	}
	return r
}

// writeDecodeJSON writes r indented. Every value is the token's own,
// exact; the characters a terminal could act on that encoding/json leaves
// as they are (C1 controls, bidi overrides and isolates) are written as \u
// escapes, so the output is inert on a terminal and the same JSON to a
// parser.
//
// The JSON is made compact, then indented as it is written: the indented
// text, many times the token's size for deeply nested claims, is never
// held whole in memory.
func writeDecodeJSON(w io.Writer, r any) error {
	var compact, escaped bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return err
	}
	ew := bufio.NewWriter(&escaped)
	if err := writeEscaped(ew, compact.Bytes()); err != nil {
		return err
	}
	if err := ew.Flush(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	writeIndented(bw, escaped.Bytes())
	return bw.Flush()
}

// writeIndented writes compact JSON text b to w indented by two spaces, as
// json.Indent would: empty objects and arrays stay "{}" and "[]".
func writeIndented(w *bufio.Writer, b []byte) {
	depth, inString, escaped := 0, false, false
	newline := func() {
		w.WriteByte('\n')
		for range depth {
			w.WriteString("  ")
		}
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inString {
			w.WriteByte(c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			w.WriteByte(c)
		case '{', '[':
			w.WriteByte(c)
			if i+1 < len(b) && (b[i+1] == '}' || b[i+1] == ']') {
				w.WriteByte(b[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			w.WriteByte(c)
		case ',':
			w.WriteByte(c)
			newline()
		case ':':
			w.WriteString(": ")
		default:
			w.WriteByte(c)
		}
	}
}

// writeEscaped writes JSON text b to w with DEL, C1 controls and bidi controls
// rewritten as \u escapes; they can only be inside strings, where an
// escape means the same. The text is copied in runs, not whole.
func writeEscaped(w *bufio.Writer, b []byte) error {
	start := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 ||
			r == 0x200e || r == 0x200f || r == 0x061c {
			w.Write(b[start:i])
			fmt.Fprintf(w, `\u%04x`, r)
			start = i + n
		}
		i += n
	}
	_, err := w.Write(b[start:])
	return err
}
