package demo

import (
	"net"
	"strings"
	"testing"
)

func TestClientListHandsOutWhatEachClientNeeds(t *testing.T) {
	s := startTest(t, Options{})
	byID := map[string]ClientInfo{}
	for _, c := range s.ClientList() {
		byID[c.ID] = c
	}
	if _, ok := byID[StormClientID]; ok || len(byID) != 7 {
		t.Errorf("clients %v: want the 7 demo clients, the storm's left out", byID)
	}
	tests := []struct {
		id, method string
		check      func(c ClientInfo) bool
	}{
		{ClientID, "client_secret_basic", func(c ClientInfo) bool { return c.Secret == ClientSecret && c.Grant }},
		{NoGrantClientID, "client_secret_basic", func(c ClientInfo) bool { return !c.Grant }},
		{JWTClientID, "private_key_jwt", func(c ClientInfo) bool { return c.Key == JWTClientKey && c.KeyID == JWTKeyID && c.Alg == "ES256" }},
		{SecretJWTClientID, "client_secret_jwt", func(c ClientInfo) bool { return c.Secret == SecretJWTSecret && c.Alg == "HS256" }},
		{MTLSClientID, "tls_client_auth", func(c ClientInfo) bool {
			return c.MTLS && c.Cert == s.MTLSClient().CertPEM && c.Key == s.MTLSClient().KeyPEM
		}},
		{SelfSignedClientID, "self_signed_tls_client_auth", func(c ClientInfo) bool {
			return c.MTLS && c.Cert == s.ClientCredential(SelfSignedClientID).CertPEM && strings.Contains(c.Key, "PRIVATE KEY")
		}},
	}
	for _, tc := range tests {
		c := byID[tc.id]
		if c.Method != tc.method || !tc.check(c) {
			t.Errorf("%s: %+v", tc.id, c)
		}
	}
}

// The mTLS port listens where asked, else (taken) on a free port.
func TestMTLSAddrTakenFallsBackToAFreePort(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	s := startTest(t, Options{MTLSAddr: busy.Addr().String()})
	if s.MTLSURL == "" || strings.HasSuffix(s.MTLSURL, busy.Addr().String()) {
		t.Errorf("MTLSURL %q with %s taken", s.MTLSURL, busy.Addr())
	}
	free, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := free.Addr().String()
	free.Close()
	if s2 := startTest(t, Options{MTLSAddr: addr}); s2.MTLSURL != "https://"+addr {
		t.Errorf("MTLSURL %q, want https://%s", s2.MTLSURL, addr)
	}
}
