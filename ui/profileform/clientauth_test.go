package profileform

import (
	"path/filepath"
	"strings"
	"testing"

	"tokentui/profiles"
)

// Editing a private_key_jwt profile keeps its method and key reference and
// asks for no secret; switching it to client_secret_basic drops the key.
func TestEditPrivateKeyJWTProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "profiles.yaml")
	orig := profiles.Profile{Name: "jwt", Issuer: "https://idp.example/is", ClientID: "c",
		AuthMethod: profiles.AuthPrivateKeyJWT, ClientKey: "file:~/k.pem", ClientKeyID: "k1"}
	if err := (&profiles.File{Default: "jwt", Profiles: []profiles.Profile{orig}}).Save(path); err != nil {
		t.Fatal(err)
	}
	m := newForm(t, Options{Path: path, Profile: orig, Editing: true})
	if authMethods[m.auth].id != profiles.AuthPrivateKeyJWT {
		t.Fatalf("auth choice %q", authMethods[m.auth].id)
	}
	if !strings.Contains(fullScreen(m), "tokentui keys gen") {
		t.Errorf("no note on the key:\n%s", fullScreen(m))
	}
	m.inputs[fScopes].SetValue("api.read")
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 1 || up[0].(SavedMsg).Err != nil {
		t.Fatalf("save: %#v\n%s", up, fullScreen(m))
	}
	f, _ := profiles.Load(path)
	p, _ := f.Find("jwt")
	if p.Method() != profiles.AuthPrivateKeyJWT || p.ClientKey != "file:~/k.pem" || p.ClientKeyID != "k1" || p.ClientSecret != "" || p.Scopes[0] != "api.read" {
		t.Errorf("after the edit: %+v", *p)
	}
}
