package cli

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// decodedJSON is `decode --json` read back, numbers as json.Number.
type decodedJSON struct {
	Header map[string]any `json:"header"`
	Claims map[string]any `json:"claims"`
	Times  map[string]struct {
		Time           string `json:"time"`
		SecondsFromNow int64  `json:"seconds_from_now"`
	} `json:"times"`
	Scopes       []string           `json:"scopes"`
	Audience     []string           `json:"audience"`
	Verification *map[string]string `json:"verification"`
}

func parseDecoded(t *testing.T, out string) decodedJSON {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.UseNumber()
	dec.DisallowUnknownFields()
	var d decodedJSON
	if err := dec.Decode(&d); err != nil {
		t.Fatalf("not the JSON of decode --json: %v\n%s", err, out)
	}
	return d
}

func TestDecodeJSON(t *testing.T) {
	e := newCLIEnv(t, "")
	_, tok, _ := e.run("", "token")
	tok = strings.TrimSpace(tok)

	code, out, errOut := e.run("", "decode", "--json", tok)
	if code != 0 || errOut != "" {
		t.Fatalf("decode --json: exit %d, stderr %q", code, errOut)
	}
	d := parseDecoded(t, out)
	if d.Header["alg"] != "RS256" || d.Claims["iss"] != e.srv.IssuerURL || d.Claims["client_id"] != "demo-client" {
		t.Errorf("header %v, claims %v", d.Header, d.Claims)
	}
	if _, isNumber := d.Claims["exp"].(json.Number); !isNumber {
		t.Errorf("exp is %T (%v); want a JSON number", d.Claims["exp"], d.Claims["exp"])
	}
	if strings.Join(d.Scopes, " ") != "demo.read demo.write" || len(d.Audience) == 0 {
		t.Errorf("scopes %q, audience %q", d.Scopes, d.Audience)
	}
	for name, around := range map[string]int64{"exp": 3600, "iat": 0} {
		tm, ok := d.Times[name]
		at, err := time.Parse(time.RFC3339, tm.Time)
		if !ok || err != nil || !strings.HasSuffix(tm.Time, "Z") {
			t.Errorf("times.%s = %+v (%v); want RFC 3339 in UTC", name, tm, err)
			continue
		}
		exp, _ := d.Claims[name].(json.Number).Int64()
		if at.Unix() != exp || tm.SecondsFromNow < around-60 || tm.SecondsFromNow > around+1 {
			t.Errorf("times.%s = %+v; want %d, about %d s from now", name, tm, exp, around)
		}
	}
	if d.Verification != nil || strings.Contains(out, "verification") {
		t.Errorf("a verification without --verify:\n%s", out)
	}
	if strings.Contains(out, "Claims") || strings.Contains(out, "issuer: who") {
		t.Errorf("the human tables leaked into the JSON:\n%s", out)
	}

	// --verify: verified, through iss discovery; from stdin too.
	code, out, errOut = e.run(tok+"\n", "decode", "--json", "--verify", "-")
	if code != 0 || errOut != "" {
		t.Fatalf("--json --verify: exit %d, stderr %q", code, errOut)
	}
	v := parseDecoded(t, out).Verification
	if v == nil || (*v)["status"] != "verified" || (*v)["alg"] != "RS256" || (*v)["kid"] != d.Header["kid"] ||
		(*v)["jwks_url"] != e.srv.JWKSURL || (*v)["reason"] == "" {
		t.Errorf("verification = %v", v)
	}

	// A forged payload: the JSON says failed, the exit status is 1 as today.
	parts := strings.Split(tok, ".")
	forged := parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"iss":"`+e.srv.IssuerURL+`","exp":4102444800}`)) + "." + parts[2]
	code, out, errOut = e.run("", "decode", "--json", "--verify", forged)
	if v := parseDecoded(t, out).Verification; code != 1 || v == nil || (*v)["status"] != "failed" || !strings.Contains(errOut, "signature does not match") {
		t.Errorf("forged: exit %d, verification %v, stderr %q", code, v, errOut)
	}

	// Keys that cannot be fetched: not_checked, exit 1.
	code, out, _ = e.run("", "decode", "--json", "--jwks", "http://127.0.0.1:1/jwks", tok)
	if v := parseDecoded(t, out).Verification; code != 1 || v == nil || (*v)["status"] != "not_checked" || (*v)["jwks_url"] != "http://127.0.0.1:1/jwks" {
		t.Errorf("unreachable JWKS: exit %d, verification %v", code, v)
	}
}

func TestDecodeJSONMalformedAndHostile(t *testing.T) {
	e := newCLIEnv(t, "")
	for _, args := range [][]string{{"decode", "--json", "abc"}, {"decode", "--json", "--verify", "abc"}} {
		code, out, errOut := e.run("", args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "expected 3 parts") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2, nothing on stdout, the part named", args, code, out, errOut)
		}
	}

	b := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	note := "\u202eevil\u0085\u009b31m"
	hostile := b(`{"alg":"none","kid":"\u001b]52;c;ZXZpbA==\u0007"}`) + "." + b(`{"iss":"x\u001b[31mred","note":"`+note+`","big":12345678901234567890,"aud":["a","b"],"scope":"s1 s2"}`) + "."
	code, out, _ := e.run("", "decode", "--json", hostile)
	if code != 0 || strings.ContainsAny(out, "\x1b\x07\u202e\u0085\u009b") {
		t.Fatalf("hostile claims reached the terminal raw: exit %d %q", code, out)
	}
	d := parseDecoded(t, out)
	if d.Claims["note"] != note || d.Claims["iss"] != "x\x1b[31mred" || d.Header["kid"] != "\x1b]52;c;ZXZpbA==\a" {
		t.Errorf("the values changed on the way: %q %q %q", d.Claims["note"], d.Claims["iss"], d.Header["kid"])
	}
	if n, ok := d.Claims["big"].(json.Number); !ok || n.String() != "12345678901234567890" {
		t.Errorf("a large number lost precision: %v", d.Claims["big"])
	}
	if strings.Join(d.Audience, ",") != "a,b" || strings.Join(d.Scopes, ",") != "s1,s2" || len(d.Times) != 0 {
		t.Errorf("audience %q, scopes %q, times %v", d.Audience, d.Scopes, d.Times)
	}
	// A token with no scope, aud or times still has the keys, empty.
	code, out, _ = e.run("", "decode", "--json", b(`{"alg":"none"}`)+"."+b(`{}`)+".")
	for _, want := range []string{`"scopes": []`, `"audience": []`, `"times": {}`, `"claims": {}`} {
		if code != 0 || !bytes.Contains([]byte(out), []byte(want)) {
			t.Errorf("empty token: exit %d, output lacks %s:\n%s", code, want, out)
		}
	}
	code, out, errOut := e.run("", "decode", "--json", "--verify", hostile)
	if v := parseDecoded(t, out).Verification; code != 1 || v == nil || (*v)["status"] != "failed" || !strings.Contains(errOut, "unsigned") {
		t.Errorf("alg none --json --verify: exit %d, verification %v, stderr %q", code, v, errOut)
	}
}

// TestWriteIndentedIsJSONIndent: the streaming indenter writes what
// json.Indent writes.
func TestWriteIndentedIsJSONIndent(t *testing.T) {
	for _, in := range []string{
		`{"a":1,"b":[1,2,{"c":"x"}],"d":{},"e":[],"f":[[[]]],"g":{"h":{"i":null}}}` + "\n",
		`{"s":"brackets [{,:}] and \"quotes\" and \\","t":"é\u2028"}` + "\n",
		`[true,false,-1.5e3,""]` + "\n",
	} {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(in), "", "  "); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		bw := bufio.NewWriter(&got)
		writeIndented(bw, []byte(in))
		bw.Flush()
		if got.String() != want.String() {
			t.Errorf("writeIndented(%s) =\n%s\nwant\n%s", in, got.String(), want.String())
		}
	}
}
