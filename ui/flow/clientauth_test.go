package flow

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// Step 2 of a private_key_jwt profile: the request carries the assertion
// (masked), decoded and explained below, in both languages.
func TestFlowPrivateKeyJWT(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		t.Run(string(lang), func(t *testing.T) {
			srv := startSandbox(t)
			c, err := auth.New(auth.Options{
				Profile: "sandbox-jwt", Issuer: srv.IssuerURL, ClientID: demo.JWTClientID, AuthMethod: auth.AuthMethodPrivateKeyJWT,
				ClientKey: func(context.Context) (string, error) { return demo.JWTClientKey, nil }, KeyID: demo.JWTKeyID,
				Scopes: []string{demo.ScopeRead},
			})
			if err != nil {
				t.Fatal(err)
			}
			m := newFlowIn(t, lang, srv, c, 110, 200)
			m = press(t, m, "n")
			want := []string{"POST /connect/token HTTP/1.1", "client_assertion=****", "client_assertion_type = urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
				"alg: \"ES256\"", "kid: \"" + demo.JWTKeyID + "\"", "iss: \"demo-jwt\"", "aud: \"" + srv.TokenURL + "\"", "jti: ", "exp: "}
			if lang == i18n.En {
				want = append(want, "The client assertion (private_key_jwt), decoded", "who may accept it: the token endpoint",
					"a unique id: the provider refuses a second use", "1m after signing")
			} else {
				want = append(want, "A asserção do cliente (private_key_jwt), decodificada", "quem pode aceitá-la")
			}
			s := mustShow(t, m, want...)
			if strings.Contains(s, "Authorization: Basic") {
				t.Errorf("an assertion request shows Basic authentication:\n%s", s)
			}
			if c.AssertionsSigned() != 1 {
				t.Errorf("%d assertions signed, want 1", c.AssertionsSigned())
			}
		})
	}
}

// Step 2 of a tls_client_auth profile shows the certificate presented.
func TestFlowMTLS(t *testing.T) {
	srv := startSandbox(t)
	cred := srv.MTLSClient()
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM([]byte(srv.MTLSCACert()))
	pair, err := tls.X509KeyPair([]byte(cred.CertPEM), []byte(cred.KeyPEM))
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool,
		GetClientCertificate: func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &pair, nil }}}}
	c, err := auth.New(auth.Options{
		Profile: "sandbox-mtls", Issuer: srv.IssuerURL, ClientID: demo.MTLSClientID, AuthMethod: auth.AuthMethodTLS,
		ClientCert: func(context.Context) (string, error) { return cred.CertPEM, nil }, HTTPClient: hc,
	})
	if err != nil {
		t.Fatal(err)
	}
	_, info, _ := auth.ParseCert(cred.CertPEM)
	m := newFlow(t, srv, c, 110, 200)
	m = press(t, m, "n")
	mustShow(t, m, "POST /connect/token HTTP/1.1", "client_id = demo-mtls", "The client certificate (tls_client_auth)",
		"subject:     CN=demo-mtls", "issuer:      CN=tokentui sandbox test CA", "SHA-256:     "+info.Thumbprint,
		"issued by a CA", "cnf x5t#S256")
}

// The Flow explains a key client's refusal with its key, not a secret, in
// both languages.
func TestFlowKeyClientRefusal(t *testing.T) {
	err := &auth.TokenError{StatusCode: 400, Code: "invalid_client", AuthMethod: auth.AuthMethodPrivateKeyJWT,
		Description: `the client assertion is not valid: kid "k9" is not a key registered for client "demo-jwt"`}
	styles := common.NewStyles(true)
	c, cerr := auth.New(auth.Options{Issuer: "http://idp", ClientID: "demo-jwt"})
	if cerr != nil {
		t.Fatal(cerr)
	}
	for lang, want := range map[i18n.Lang]string{i18n.En: "client_key_id to the kid", i18n.PtBR: "client_key_id com o kid"} {
		m := New(common.Common{Styles: &styles, Lang: lang}, Options{ID: "p", Source: Source{Client: c}})
		m.res = results{tokDone: true, tokFresh: true, tokErr: err}
		m.step = StepTokenResponse
		m.SetSize(58, 60)
		flat := strings.Join(strings.Fields(ansi.Strip(m.View())), " ")
		if !strings.Contains(flat, want) || strings.Contains(flat, "client_secret_basic") {
			t.Errorf("%s: no key advice:\n%s", lang, flat)
		}
	}
}

// The token was got before the Flow opened (the Token tab's request, this
// session): step 2 shows that recorded exchange and the assertion signed
// for it, not "no assertion was signed"; and its intro speaks of the
// method used, not of a secret in a Basic header.
func TestFlowRecordedAssertion(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		t.Run(string(lang), func(t *testing.T) {
			srv := startSandbox(t)
			c, err := auth.New(auth.Options{
				Profile: "sandbox-jwt", Issuer: srv.IssuerURL, ClientID: demo.JWTClientID, AuthMethod: auth.AuthMethodPrivateKeyJWT,
				ClientKey: func(context.Context) (string, error) { return demo.JWTClientKey, nil }, KeyID: demo.JWTKeyID,
				Scopes: []string{demo.ScopeRead},
			})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Token(context.Background()); err != nil { // as the Token tab does at start
				t.Fatal(err)
			}
			m := newFlowIn(t, lang, srv, c, 110, 200)
			m = press(t, m, "n")
			s := mustShow(t, m, "client_assertion=****", "kid: \""+demo.JWTKeyID+"\"", "iss: \"demo-jwt\"")
			if strings.Contains(s, i18n.T(lang, i18n.FlowAssertionNone)) {
				t.Errorf("the recorded exchange's assertion is said not to exist:\n%s", s)
			}
			flat := strings.Join(strings.Fields(s), " ")
			if strings.Contains(flat, "client_secret_basic) or") || strings.Contains(flat, "Secrets are masked") || strings.Contains(flat, "segredos são mascarados") {
				t.Errorf("step 2's intro speaks of a secret for a private_key_jwt client:\n%s", s)
			}
			if c.AssertionsSigned() != 1 {
				t.Errorf("%d assertions signed, want 1 (the Flow reuses the token)", c.AssertionsSigned())
			}
		})
	}
}
