package demo

// The demo clients as a list for those who hand them out (the banner of
// `tokentui sandbox`): how each authenticates and with what.

import "slices"

// ClientInfo describes one demo client and its credentials, all public on
// purpose: the sandbox holds no real secrets.
type ClientInfo struct {
	ID     string
	Method string   // the auth method it uses: client_secret_basic (or _post), private_key_jwt…
	Scopes []string // the scopes it may ask for
	Grant  bool     // it may use the client_credentials grant
	Secret string   // client_secret_basic and client_secret_jwt: the shared secret
	KeyID  string   // private_key_jwt: the kid its key is registered under
	Alg    string   // the algorithm it signs assertions with (private_key_jwt, client_secret_jwt)
	Key    string   // private_key_jwt and mTLS: the private key (PEM)
	Cert   string   // mTLS: the client certificate (PEM)
	MTLS   bool     // it authenticates on the mTLS port (MTLSURL)
}

// ClientList lists the demo clients, those with a secret first; the
// storm demo's throwaway client is left out.
func (s *Server) ClientList() []ClientInfo {
	var out []ClientInfo
	for _, c := range defaultClients() {
		if c.id == StormClientID {
			continue
		}
		ci := ClientInfo{ID: c.id, Method: "client_secret_basic", Scopes: c.scopes,
			Grant: slices.Contains(c.grants, grantClientCredentials), Secret: c.secret}
		switch {
		case len(c.keys) > 0:
			ci.Method, ci.KeyID, ci.Alg, ci.Key = "private_key_jwt", JWTKeyID, "ES256", JWTClientKey
		case c.jwtSecret != "":
			ci.Method, ci.Alg, ci.Secret = "client_secret_jwt", "HS256", c.jwtSecret
		case c.tlsSubject != "" || c.tlsSelfSigned:
			ci.Method, ci.MTLS = "tls_client_auth", true
			if c.tlsSelfSigned {
				ci.Method = "self_signed_tls_client_auth"
			}
			cred := s.ClientCredential(c.id)
			ci.Cert, ci.Key = cred.CertPEM, cred.KeyPEM
		}
		out = append(out, ci)
	}
	return out
}
