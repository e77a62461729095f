package profileform

// Auth methods without a shared secret (private_key_jwt, mTLS): the form
// chooses the method; the key and certificate references stay as the file
// or `profiles add` set them.

import "tokentui/profiles"

func init() {
	for _, f := range []string{"client_key", "client_key_id", "client_key_alg", "assertion_audience", "client_cert"} {
		byYAML[f] = fAuth // their problems show under the auth method
	}
}

// noSecret adjusts a draft to its auth method: a method proven by a key or
// a certificate needs no secret (what the secret rows hold is dropped, and
// their problems with it); one that does not use a key or certificate
// drops the references it had.
func noSecret(p *profiles.Profile, d *draft) {
	if p.UsesKey() {
		p.ClientSecret, d.keyring = "", ""
		delete(d.errs, fRef)
		delete(d.errs, fSecret)
	} else {
		p.ClientKey, p.ClientKeyID, p.ClientKeyAlg = "", "", ""
		if !p.UsesAssertion() {
			p.AssertionAudience = ""
		}
	}
	if !p.UsesCert() {
		p.ClientCert = ""
	}
}
