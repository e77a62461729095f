package profiles

import (
	"errors"
	"io/fs"
)

// AcessoCidadaoProfile is the name of the first-run template for
// Espírito Santo's Acesso Cidadão.
const AcessoCidadaoProfile = "acesso-cidadao"

// SandboxNotes explains the sandbox preset.
const SandboxNotes = `The sandbox is tokentui's own identity provider and API, running on this machine ` +
	`('tokentui sandbox', or 'tokentui demo' to start it inside the app). Its credentials ` +
	`(demo-client / demo-secret) are public, so keeping the secret in the file is fine here. ` +
	`Like the real provider it blocks a client that asks for more than 10 tokens a minute.`

// AcessoCidadaoNotes says what to know before using Acesso Cidadão (and
// most providers like it), for the UI to show next to the template.
const AcessoCidadaoNotes = `Client keys (client id and secret) are requested from the provider: ` +
	`ask the Acesso Cidadão team for a client with the scopes of the APIs you need. ` +
	`Homologation and production keys differ: keep one profile for each. ` +
	`A token lives about an hour and must be reused: a client that asks for tokens too often ` +
	`is blocked automatically, so tokentui keeps and reuses the token it has. ` +
	`Keep the secret out of this file: client_secret is env:AC_CLIENT_SECRET, so export that variable ` +
	`(or switch to file:PATH, cmd:COMMAND or keyring).`

// FirstRun returns the profiles offered when there is no profiles file: a
// "sandbox" profile for the local sandbox (the default) and an
// "acesso-cidadao" template whose client_id is left empty for the user to
// fill.
//
// The result is meant to be shown, not saved as is: the template does not
// pass Validate (no client_id), so Save refuses it until it is filled in;
// call WithoutTemplates before saving to drop templates still unfilled.
// Nothing is written until the user saves.
func FirstRun() *File {
	return &File{
		Default: SandboxProfile,
		Profiles: []Profile{
			{
				Name:         SandboxProfile,
				Issuer:       "http://127.0.0.1:8765",
				ClientID:     "demo-client",
				ClientSecret: "demo-secret", // public sandbox credentials
				Scopes:       []string{"demo.read", "demo.write"},
				APIBaseURL:   "http://127.0.0.1:8765/api/v1/",
				Requests: []SavedRequest{
					{Name: "me", Method: "GET", Path: "/me"},
					{Name: "items", Method: "GET", Path: "/items"},
				},
			},
			{
				Name:         AcessoCidadaoProfile,
				Issuer:       "https://acessocidadao.es.gov.br/is",
				ClientID:     "", // to fill: the client id the provider gives you
				ClientSecret: "env:AC_CLIENT_SECRET",
				Scopes:       []string{"api-organograma"},
				AuthMethod:   AuthBasic,
			},
		},
	}
}

// IsUnfilledTemplate reports whether p is a first-run template the user has
// not filled in yet (a preset name with no client_id).
func IsUnfilledTemplate(p Profile) bool {
	return p.Name == AcessoCidadaoProfile && p.ClientID == ""
}

// WithoutTemplates returns a copy of f without the unfilled templates (see
// IsUnfilledTemplate), with Default cleared if it named one: what to save
// when the user has changed a first-run File.
func (f *File) WithoutTemplates() *File {
	out := &File{Default: f.Default}
	for _, p := range f.Profiles {
		if IsUnfilledTemplate(p) {
			if out.Default == p.Name {
				out.Default = ""
			}
			continue
		}
		out.Profiles = append(out.Profiles, p)
	}
	return out
}

// LoadOrFirstRun loads path; when the file does not exist it returns
// FirstRun() and firstRun = true (nothing is written). Other errors are
// Load's.
func LoadOrFirstRun(path string) (f *File, firstRun bool, err error) {
	f, err = Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return FirstRun(), true, nil
	}
	return f, false, err
}
