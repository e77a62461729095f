package demo

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// mtlsClient is an HTTP client trusting the sandbox's test CA and
// presenting cred (none when cred is empty).
func mtlsClient(t *testing.T, s *Server, cred Credential) *http.Client {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM([]byte(s.MTLSCACert()))
	cfg := &tls.Config{RootCAs: pool}
	if cred.CertPEM != "" {
		c, err := tls.X509KeyPair([]byte(cred.CertPEM), []byte(cred.KeyPEM))
		if err != nil {
			t.Fatal(err)
		}
		cfg.Certificates = []tls.Certificate{c}
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func mtlsPost(t *testing.T, hc *http.Client, u string, form url.Values) reply {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, u, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return doWith(t, hc, req)
}

func doWith(t *testing.T, hc *http.Client, req *http.Request) reply {
	t.Helper()
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	r := reply{status: resp.StatusCode, header: resp.Header, raw: string(b)}
	_ = jsonUnmarshal(b, &r.json)
	return r
}

func TestMTLS(t *testing.T) {
	s := startTest(t, Options{RateLimit: 1000})
	tokenURL := s.MTLSURL + TokenPath
	form := func(id string) url.Values { return url.Values{"grant_type": {"client_credentials"}, "client_id": {id}} }
	for _, tc := range []struct {
		name string
		id   string
		cred Credential
		code string
		desc string
	}{
		{"tls_client_auth", MTLSClientID, s.MTLSClient(), "", ""},
		{"self_signed_tls_client_auth", SelfSignedClientID, s.ClientCredential(SelfSignedClientID), "", ""},
		{"no certificate", MTLSClientID, Credential{}, "invalid_client", "no client certificate"},
		{"self-signed for a CA client", MTLSClientID, s.ClientCredential(SelfSignedClientID), "invalid_client", "not trusted"},
		{"another certificate for a self-signed client", SelfSignedClientID, s.MTLSClient(), "invalid_client", "not the one registered"},
		{"secret client with a certificate", ClientID, s.MTLSClient(), "invalid_client", "no certificate registered"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hc := mtlsClient(t, s, tc.cred)
			r := mtlsPost(t, hc, tokenURL, form(tc.id))
			if r.str("error") != tc.code || !contains(r.str("error_description"), tc.desc) {
				t.Fatalf("got %d %s, want %q mentioning %q", r.status, r.raw, tc.code, tc.desc)
			}
			if tc.code != "" {
				return
			}
			tok := r.str("access_token")
			// Bound to the certificate: the API takes it over mTLS with it, and not without.
			req, _ := http.NewRequest(http.MethodGet, s.MTLSURL+APIPath+"me", nil)
			req.Header.Set("Authorization", "Bearer "+tok)
			if r := doWith(t, hc, req); r.status != 200 {
				t.Errorf("API with the certificate: %d %s", r.status, r.raw)
			}
			if r := apiGet(t, s, "me", tok); r.status != 401 || !contains(r.header.Get("WWW-Authenticate"), "invalid_token") || !contains(r.raw, "bound") {
				t.Errorf("API without the certificate: %d %s", r.status, r.raw)
			}
		})
	}
	// The discovery document points certificate clients at the mTLS port.
	r := do(t, mustReq(http.MethodGet, s.DiscoveryURL))
	if aliases, _ := r.json["mtls_endpoint_aliases"].(map[string]any); aliases["token_endpoint"] != tokenURL {
		t.Errorf("mtls_endpoint_aliases = %v", r.json["mtls_endpoint_aliases"])
	}
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
