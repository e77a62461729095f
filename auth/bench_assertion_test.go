package auth

import (
	"context"
	"testing"
)

// jwtPrimed is a private_key_jwt client's options with a token cached on disk.
func jwtPrimed(b *testing.B) (*assertionProvider, Options) {
	p := newAssertionProvider(b, testClientID, &testECKey().PublicKey)
	o := Options{TokenURL: p.URL + "/token", ClientID: testClientID, AuthMethod: AuthMethodPrivateKeyJWT,
		ClientKey: staticSecret(pkcs8(b, testECKey()), nil), CacheDir: b.TempDir()}
	if _, err := newClient(b, o).Token(context.Background()); err != nil {
		b.Fatal(err)
	}
	p.tokens.Store(0)
	return p, o
}

// A warm Token with private_key_jwt, a new client each time as each CLI
// invocation (`tokentui call`) is: no signature, no provider request.
func BenchmarkTokenWarmPrivateKeyJWT(b *testing.B) {
	p, o := jwtPrimed(b)
	ctx := context.Background()
	var signed int64
	for b.Loop() {
		c := newClient(b, o)
		if t, err := c.Token(ctx); err != nil || !t.FromCache {
			b.Fatal(err)
		}
		signed += c.AssertionsSigned()
	}
	b.ReportMetric(float64(signed), "signatures")
	b.ReportMetric(float64(p.tokens.Load()), "provider-requests")
}

// A cold Token with private_key_jwt: one signature and one token request each.
func BenchmarkTokenColdPrivateKeyJWT(b *testing.B) {
	p, o := jwtPrimed(b)
	ctx := context.Background()
	var signed int64
	n := 0
	for b.Loop() {
		o.CacheDir = "" // memory only: nothing cached, every Token is cold
		c := newClient(b, o)
		if _, err := c.Token(ctx); err != nil {
			b.Fatal(err)
		}
		signed += c.AssertionsSigned()
		n++
	}
	b.ReportMetric(float64(signed)/float64(n), "signatures/op")
	b.ReportMetric(float64(p.tokens.Load())/float64(n), "provider-requests/op")
}
