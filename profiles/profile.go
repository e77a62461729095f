// Package profiles holds tokentui's profiles: the Profile type, the YAML
// store (profiles.yaml), its validation, secret references and the presets
// offered on first run.
//
// The package does no terminal I/O and imports nothing from Charm; it
// returns plain data and typed errors ([*LoadError], sentinels such as
// [ErrUnknownField] or [ErrSecretMissing]) that the CLI and the UI turn into
// messages.
package profiles

import (
	"sort"
	"strings"
	"time"
)

// SandboxProfile is the name of the preset profile that talks to the
// embedded sandbox (`tokentui sandbox`).
const SandboxProfile = "sandbox"

// Profile is one client of one identity provider: where to ask for tokens,
// with which credentials and scopes, and which API to call with them.
//
// ClientSecret is a secret REFERENCE, never printed: see [ResolveSecret].
type Profile struct {
	Name         string            `yaml:"name"`
	Issuer       string            `yaml:"issuer,omitempty"`    // discovery base; fills token_url and jwks_url
	TokenURL     string            `yaml:"token_url,omitempty"` // set when there is no discovery
	JWKSURL      string            `yaml:"jwks_url,omitempty"`
	ClientID     string            `yaml:"client_id"`
	ClientSecret string            `yaml:"client_secret,omitempty"` // env:VAR | file:PATH | cmd:COMMAND | keyring | literal
	Scopes       []string          `yaml:"scopes,omitempty"`
	AuthMethod   string            `yaml:"auth_method,omitempty"` // "" = client_secret_basic; see AuthMethods
	Params       map[string]string `yaml:"params,omitempty"`      // extra token-request fields
	APIBaseURL   string            `yaml:"api_base_url,omitempty"`
	TokenHosts   []string          `yaml:"token_hosts,omitempty"` // more origins the token may go to (https://HOST[:PORT])
	OpenAPI      string            `yaml:"openapi,omitempty"`     // the API's OpenAPI document: URL | path under api_base_url | file:PATH; "" = look in the usual places
	Headers      map[string]string `yaml:"headers,omitempty"`
	Requests     []SavedRequest    `yaml:"requests,omitempty"`
	CAFile       string            `yaml:"ca_file,omitempty"`      // extra CA bundle (PEM) for the provider and the API
	Insecure     bool              `yaml:"insecure,omitempty"`     // skip TLS verification (labs only)
	MetadataTTL  string            `yaml:"metadata_ttl,omitempty"` // how long discovery and JWKS are reused, e.g. 24h (the default); at least 1h

	// Client authentication with a signed assertion (auth_method private_key_jwt, client_secret_jwt).
	ClientKey         string `yaml:"client_key,omitempty"`         // private_key_jwt: the private key (PEM or JWK), referenced like client_secret
	ClientKeyID       string `yaml:"client_key_id,omitempty"`      // the assertion's kid; "" = the JWK's own kid, else none
	ClientKeyAlg      string `yaml:"client_key_alg,omitempty"`     // RS256, PS256, ES256… (HS256 for client_secret_jwt); "" = the key's own
	AssertionAudience string `yaml:"assertion_audience,omitempty"` // the assertion's aud; "" = the token endpoint
	ClientCert        string `yaml:"client_cert,omitempty"`        // tls_client_auth, self_signed_tls_client_auth: the certificate (PEM), referenced like client_secret; its key is client_key
	CACertPEM         string `yaml:"-"`                            // an extra CA (PEM) given in memory, for profiles made by the app (the demo's sandbox-mtls); never saved
}

// MinMetadataTTL is the least metadata_ttl may say: discovery and JWKS are
// configuration, and re-reading them often only loads the provider.
const MinMetadataTTL = time.Hour

// MetadataTTLDuration is metadata_ttl as a duration; 0 when unset (the
// default applies) or unreadable (Validate says so).
func (p Profile) MetadataTTLDuration() time.Duration {
	d, err := time.ParseDuration(p.MetadataTTL)
	if err != nil {
		return 0
	}
	return d
}

// SavedRequest is a request kept in a profile and shown in the request pane.
// Path is relative to the profile's APIBaseURL, or an absolute URL.
type SavedRequest struct {
	Name    string            `yaml:"name"`
	Method  string            `yaml:"method,omitempty"` // "" = GET
	Path    string            `yaml:"path"`
	Headers map[string]string `yaml:"headers,omitempty"`
	Body    string            `yaml:"body,omitempty"`
}

// File is the content of profiles.yaml.
type File struct {
	Default  string    `yaml:"default,omitempty"` // profile used when none is named
	Profiles []Profile `yaml:"profiles"`
}

// Auth methods accepted in Profile.AuthMethod (RFC 6749 §2.3.1).
const (
	AuthBasic = "client_secret_basic" // HTTP Basic; the default
	AuthPost  = "client_secret_post"  // id and secret in the form body
)

// Method returns the profile's auth method, AuthBasic when unset.
func (p Profile) Method() string {
	if p.AuthMethod == "" {
		return AuthBasic
	}
	return p.AuthMethod
}

// Names returns the profile names in file order.
func (f *File) Names() []string {
	names := make([]string, 0, len(f.Profiles))
	for _, p := range f.Profiles {
		names = append(names, p.Name)
	}
	return names
}

// Find returns the profile called name (a pointer into f.Profiles, so
// changes through it change f). The error wraps ErrNoProfile and suggests
// the closest name.
func (f *File) Find(name string) (*Profile, error) {
	for i := range f.Profiles {
		if f.Profiles[i].Name == name {
			return &f.Profiles[i], nil
		}
	}
	return nil, &ProfileError{Name: name, Kind: ErrNoProfile, Names: f.Names()}
}

// Select picks the profile to use: name when given, else the file's
// default, else the only profile. With several profiles and no default it
// returns an error wrapping ErrNoProfileSelected that lists them.
func (f *File) Select(name string) (*Profile, error) {
	switch {
	case name != "":
		return f.Find(name)
	case f.Default != "":
		return f.Find(f.Default)
	case len(f.Profiles) == 1:
		return &f.Profiles[0], nil
	case len(f.Profiles) == 0:
		return nil, &ProfileError{Kind: ErrNoProfile}
	default:
		return nil, &ProfileError{Kind: ErrNoProfileSelected, Names: f.Names()}
	}
}

// ProfileError reports a profile that cannot be found or chosen.
type ProfileError struct {
	Name  string   // the name asked for; "" when none was
	Kind  error    // ErrNoProfile or ErrNoProfileSelected
	Names []string // the profiles that exist
}

func (e *ProfileError) Error() string { return e.Message().String() }

// Message is Error as a Text.
func (e *ProfileError) Message() Text {
	switch {
	case e.Kind == ErrNoProfileSelected:
		return txt(CodeNoneDefault, strings.Join(e.Names, ", "))
	case e.Name == "":
		return txt(CodeNoProfilesYet)
	case len(e.Names) == 0:
		return txt(CodeNoSuchProfileNone, e.Name)
	default:
		return txt(CodeNoSuchProfile, e.Name, strings.Join(e.Names, ", "))
	}
}

// Unwrap returns the sentinel kind, for errors.Is.
func (e *ProfileError) Unwrap() error { return e.Kind }

// Hint says what to try next, in English.
func (e *ProfileError) Hint() string { return e.HintText().String() }

// HintText is the hint as a Text.
func (e *ProfileError) HintText() Text {
	switch {
	case e.Kind == ErrNoProfileSelected:
		return txt(HintChooseOne)
	case len(e.Names) == 0:
		return txt(HintAddOne)
	}
	if s := closest(e.Name, e.Names); s != "" {
		return txt(HintDidYouMeanList, s)
	}
	return txt(HintListShows)
}

// closest returns the candidate nearest to s by edit distance, or "" when
// none is near enough to be a likely typo.
func closest(s string, candidates []string) string {
	best, bestD := "", 0
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	for _, c := range sorted {
		d := editDistance(strings.ToLower(s), strings.ToLower(c))
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > max(2, len([]rune(s))/3) {
		return ""
	}
	return best
}

// editDistance is the Damerau–Levenshtein (optimal string alignment)
// distance, so that a swap like "secert" for "secret" counts as one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
