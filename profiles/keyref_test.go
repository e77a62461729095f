package profiles

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadAssertionProfile(t *testing.T) {
	path := writeFile(t, "profiles:\n"+okProfile+
		"    auth_method: private_key_jwt\n    client_key: file:~/k.pem\n    client_key_id: kid-1\n"+
		"    client_key_alg: PS256\n    assertion_audience: https://id.example/is\n")
	f, err := Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	p := f.Profiles[0]
	if p.ClientKey != "file:~/k.pem" || p.ClientKeyID != "kid-1" || p.ClientKeyAlg != "PS256" || p.AssertionAudience != "https://id.example/is" || !p.UsesKey() {
		t.Errorf("profile = %+v", p)
	}
}

func TestValidateAssertionProfiles(t *testing.T) {
	for _, tc := range []struct {
		name  string
		yaml  string
		field string
		kind  error
	}{
		{"no key", "    auth_method: private_key_jwt\n", "client_key", ErrMissingField},
		{"key and secret", "    auth_method: private_key_jwt\n    client_key: file:k\n    client_secret: env:S\n", "client_secret", ErrBadValue},
		{"HS256 with a key", "    auth_method: private_key_jwt\n    client_key: file:k\n    client_key_alg: HS256\n", "client_key_alg", ErrBadValue},
		{"RS256 with a secret", "    auth_method: client_secret_jwt\n    client_secret: env:S\n    client_key_alg: RS256\n", "client_key_alg", ErrBadValue},
		{"key with basic", "    client_secret: env:S\n    client_key: file:k\n", "client_key", ErrBadValue},
		{"kid with basic", "    client_secret: env:S\n    client_key_id: k\n", "client_key_id", ErrBadValue},
		{"typo in method", "    auth_method: private_key_jwk\n", "auth_method", ErrBadAuthMethod},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(writeFile(t, "profiles:\n"+okProfile+tc.yaml))
			var le *LoadError
			if !errors.As(err, &le) || le.Field != tc.field || !errors.Is(err, tc.kind) || le.Line == 0 {
				t.Fatalf("err = %v (%+v), want %v on field %s with a line", err, le, tc.kind, tc.field)
			}
			if HintText(err).IsZero() || le.Msg.IsZero() {
				t.Errorf("message or hint without a code: %v (hint %q)", err, hint(err))
			}
		})
	}
	_, err := Load(writeFile(t, "profiles:\n"+okProfile+"    auth_method: private_key_jwk\n"))
	if !strings.Contains(hint(err), `did you mean "private_key_jwt"`) {
		t.Errorf("hint = %q", hint(err))
	}
}

func TestResolveKey(t *testing.T) {
	dir := t.TempDir()
	const pemText = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
	good, loose := filepath.Join(dir, "good.pem"), filepath.Join(dir, "loose.pem")
	os.WriteFile(good, []byte(pemText), 0o600)
	os.WriteFile(loose, []byte(pemText), 0o644)
	t.Setenv("TT_KEY", pemText)
	p := Profile{Name: "p", AuthMethod: AuthPrivateKeyJWT}
	for _, tc := range []struct {
		ref  string
		kind error
	}{
		{"file:" + good, nil},
		{"env:TT_KEY", nil},
		{"cmd:cat " + good, nil},
		{pemText, nil}, // a literal, warned elsewhere
		{"file:" + loose, ErrSecretInsecure},
		{"env:TT_NOPE", ErrSecretMissing},
		{"", ErrSecretMissing},
	} {
		p.ClientKey = tc.ref
		got, err := ResolveKey(context.Background(), p)
		if tc.kind == nil {
			if err != nil || !strings.Contains(got, "BEGIN PRIVATE KEY") {
				t.Errorf("%.20q: %q, %v", tc.ref, got, err)
			}
			continue
		}
		if !errors.Is(err, tc.kind) || !strings.Contains(err.Error(), "client key") {
			t.Errorf("%.20q: err = %v, want %v about the client key", tc.ref, err, tc.kind)
		}
		if err != nil && strings.Contains(err.Error(), "AAAA") {
			t.Errorf("the error shows the key: %v", err)
		}
	}
}

func TestValidateTLSProfiles(t *testing.T) {
	ok := "    auth_method: tls_client_auth\n    client_cert: file:c.pem\n    client_key: file:k.pem\n"
	if _, err := Load(writeFile(t, "profiles:\n"+okProfile+ok)); err != nil {
		t.Fatalf("valid tls_client_auth profile: %v", err)
	}
	for _, tc := range []struct{ yaml, field string }{
		{"    auth_method: tls_client_auth\n    client_key: file:k.pem\n", "client_cert"},
		{"    auth_method: self_signed_tls_client_auth\n    client_cert: file:c.pem\n", "client_key"},
		{ok + "    client_secret: env:S\n", "client_secret"},
		{"    client_secret: env:S\n    client_cert: file:c.pem\n", "client_cert"},
	} {
		_, err := Load(writeFile(t, "profiles:\n"+okProfile+tc.yaml))
		var le *LoadError
		if !errors.As(err, &le) || le.Field != tc.field || HintText(err).IsZero() {
			t.Errorf("%q: err = %v, want one on %s with a coded hint", tc.yaml, err, tc.field)
		}
	}
}
