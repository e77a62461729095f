package flow

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// capitalize writes the first letter of s in upper case: "header" → "Header".
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// needToken draws the state of the token for steps 4–6 when it is not
// there; it reports whether the step can go on.
func (m Model) needToken(d *doc) bool {
	r := m.res
	switch {
	case !r.tokDone:
		m.runningLine(d, m.t(i18n.FlowGettingToken))
		return false
	case r.tok == nil:
		d.words(d.s.Bad, 0, m.t(i18n.FlowNoToken))
		if r.tokErr != nil {
			d.blank()
			d.errorBox(r.tokErr)
		}
		return false
	}
	return true
}

func (m Model) jwtLines(d *doc) {
	s, r := d.s, m.res
	if !m.needToken(d) {
		return
	}
	if r.jwtErr != nil {
		d.words(s.Warn, 0, m.t(i18n.FlowOpaque))
		d.words(s.Muted, 2, r.jwtErr.Error())
		return
	}
	j := r.jwt
	head, body, sig := m.t(i18n.FlowPartHeader), m.t(i18n.FlowPartPayload), m.t(i18n.FlowPartSignature)
	d.line(s.JWTHead.Render(head) + s.Muted.Render(".") + s.JWTBody.Render(body) + s.Muted.Render(".") +
		s.JWTSig.Render(sig) + s.Muted.Render("  "+m.t(i18n.FlowPartsJoined)))
	m.rawJWT(d, j)
	d.blank()
	d.line(s.JWTHead.Bold(true).Render("1 "+capitalize(head)) + s.Muted.Render("  "+m.t(i18n.FlowHowSigned)))
	m.jsonObject(d, s.JWTHead, j.HeaderKeys, j.Header)
	d.blank()
	d.line(s.JWTBody.Bold(true).Render("2 "+capitalize(body)) + s.Muted.Render("  "+m.t(i18n.FlowTheClaims)))
	m.jsonObject(d, s.JWTBody, j.ClaimKeys, j.Claims)
	d.blank()
	d.line(s.JWTSig.Bold(true).Render("3 "+capitalize(sig)) +
		s.Muted.Render("  "+m.t(i18n.FlowSignatureBytes, len(j.Signature))))
	d.text(s.JWTSig, 2, abbreviate(m.Lang, j.Parts[2]))
}

// rawJWT shows the token coloured by part, wrapped to the width; long
// tokens keep their first lines only (the whole is on the Token tab).
func (m Model) rawJWT(d *doc, j *auth.JWT) {
	const maxLines = 6
	lines := d.s.RawJWT(j.Parts, d.w-2, "  ")
	if len(lines) > maxLines {
		lines = append(lines[:maxLines-1], "  "+d.s.Muted.Render(m.t(i18n.FlowMoreLines, len(lines)-maxLines+1)))
	}
	for _, l := range lines {
		d.line(l)
	}
}

// jsonObject lists the fields of a decoded part as JSON, in the token's
// order, times annotated in local time.
func (m Model) jsonObject(d *doc, style lipgloss.Style, keys []string, fields map[string]any) {
	d.text(d.s.Muted, 2, "{")
	for i, k := range keys {
		v := fields[k]
		line := fmt.Sprintf("%q: %s", k, jsonValue(v))
		if i < len(keys)-1 {
			line += ","
		}
		note := ""
		if t, ok := auth.NumericDate(v); ok && (k == "exp" || k == "iat" || k == "nbf" || k == "auth_time") {
			note = "  // " + i18n.LocalTime(m.Lang, t, m.now) + ", " + i18n.Relative(m.Lang, t, m.now)
		}
		if note != "" && len(line)+len(note)+4 <= d.w {
			d.line("    " + style.Render(inert.String(line)) + d.s.Muted.Render(note))
			continue
		}
		d.text(style, 4, line)
		if note != "" {
			d.text(d.s.Muted, 6, strings.TrimSpace(note))
		}
	}
	d.text(d.s.Muted, 2, "}")
}

func (m Model) signatureLines(d *doc) {
	s, r := d.s, m.res
	if !m.needToken(d) {
		return
	}
	if r.jwt != nil {
		d.title(m.t(i18n.FlowHeaderNames))
		alg, kid := "alg ", "   kid " // the JOSE header's field names
		d.line("  " + s.Label.Render(alg) + s.Value.Render(inert.String(r.jwt.Alg())) +
			s.Label.Render(kid) + s.Value.Render(inert.String(r.jwt.KeyID())))
		d.blank()
	}
	if r.ver == nil {
		m.runningLine(d, m.t(i18n.FlowFetchingKeys))
		return
	}
	v := r.ver
	if x := r.jwksTrace; x != nil {
		line, host := requestLine(x.Method, x.URL)
		d.title(m.t(i18n.FlowPublicKeys))
		d.text(s.Value, 2, line)
		d.text(s.Muted, 2, "Host: "+host)
		d.line("  " + s.Good.Render(inert.String(x.StatusText)) +
			s.Muted.Render("  "+m.t(i18n.FlowKeysFetched, i18n.Relative(m.Lang, x.Start, m.now))))
		m.keyList(d, x.ResponseBody, v.KeyID)
		d.blank()
	} else if v.JWKSURL != "" {
		d.title(m.t(i18n.FlowPublicKeys))
		d.text(s.Value, 2, v.JWKSURL)
		d.blank()
	}
	d.title(m.t(i18n.FlowResult))
	reason := i18n.VerifyReason(m.Lang, *v)
	switch v.Status {
	case auth.Verified:
		d.words(s.Good.Bold(true), 0, m.t(i18n.FlowVerified, v.Alg, v.KeyID))
	case auth.Failed:
		d.words(s.Bad, 0, m.t(i18n.FlowSigFailed, reason))
		if v.Err != nil {
			d.hint(i18n.Explain(m.Lang, v.Err).Hint)
		}
	default:
		d.words(s.Warn, 0, m.t(i18n.FlowSigNotChecked, reason))
	}
	checked := []string{}
	if v.Issuer != "" {
		checked = append(checked, m.t(i18n.FlowCheckedIssuer, v.Issuer))
	}
	if v.Audience != "" {
		checked = append(checked, m.t(i18n.FlowCheckedAud, v.Audience))
	}
	checked = append(checked, m.t(i18n.FlowCheckedTimes, i18n.Span(m.Lang, v.Leeway)))
	d.words(s.Muted, 2, m.t(i18n.FlowChecked, strings.Join(checked, "; ")))
}

// keyList names the keys of a JWK Set, marking the one the token names.
func (m Model) keyList(d *doc, body, kid string) {
	var set struct {
		Keys []struct {
			Kid string `json:"kid"`
			Kty string `json:"kty"`
			Alg string `json:"alg"`
			Use string `json:"use"`
		} `json:"keys"`
	}
	if json.Unmarshal([]byte(body), &set) != nil {
		return
	}
	for _, k := range set.Keys {
		text := fmt.Sprintf("kid %s  %s %s %s", k.Kid, k.Kty, k.Alg, k.Use)
		if k.Kid == kid {
			d.text(d.s.Good, 2, "▸ "+text+"  "+m.t(i18n.FlowTokensKey))
		} else {
			d.text(d.s.Muted, 2, "  "+text)
		}
	}
}
