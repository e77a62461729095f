package codegen

import (
	"fmt"
	"maps"
)

// comments are the texts of the programs' comments, by key, in English;
// the catalogue (text/i18n, i18n.CodeComments) has them in Portuguese and
// gives them in Input.Comments. They explain the OAuth2 steps; "\n" breaks
// a comment into lines. Only fmt arguments made safe by the templates (a
// number, a name through safe) go into them, never a profile's value.
var comments = map[string]string{
	"intro":        "Gets an OAuth2 client-credentials token, reuses it until shortly\nbefore it expires, and calls the API with it.\nWritten by tokentui for the profile %s.",
	"run":          "How to run it:",
	"values":       "Values from the profile. The client secret is not here: it is read\nfrom the environment variable named below.",
	"calls":        "How many times the API is called: every call reuses the same token.",
	"margin":       "Renew the token this many seconds before it expires, so it never\nexpires in the middle of a call.",
	"secret":       "The client secret comes from the environment, never from the code.",
	"noSecret":     "set %s to the client secret",
	"discovery":    "Step 1 - discovery: the issuer says where its token endpoint is.",
	"tokenURL":     "Step 1 - the token endpoint, from the profile.",
	"tokenRequest": "Step 2 - the token request: POST grant_type=client_credentials and\nthe scopes to the token endpoint, authenticated as the client.",
	"basic":        "client_secret_basic: id and secret in an HTTP Basic header (each\nform-encoded first, RFC 6749 2.3.1). Set explicitly, never guessed:\nguessing sends a second token request whenever the first one fails.",
	"post":         "client_secret_post: id and secret in the form body. Set explicitly,\nnever guessed: guessing sends a second token request whenever the\nfirst one fails.",
	"params":       "Extra fields of the token request, from the profile.",
	"insecure":     "http:// is allowed only because this profile's provider uses it,\nas the local sandbox does; real providers are always https.",
	"call":         "Step 3 - the API call, with the token in Authorization: Bearer.",
	"blocked":      "Never ask for a token per call: a token lives about an hour and a\nclient that asks too often is blocked by the provider.",
	"reuseGo":      "TOKEN REUSE HAPPENS HERE: Config.Client wraps a ReuseTokenSource. The\nfirst call asks for a token; the next ones reuse it until 10 s before\nit expires, and only then is a new one requested.",
	"reuseCache":   "TOKEN REUSE HAPPENS HERE: the token is kept with its expiry and\nreturned as long as it has more than the renewal margin left; only\nthen is a new one requested.",
	"reuseJava":    "TOKEN REUSE HAPPENS HERE: authorize() returns the token kept in the\nOAuth2AuthorizedClientService while it has more than the clock skew\n(60 s) left, and asks the provider only when there is none or it is\nabout to expire.",
	"reuseShell":   "TOKEN REUSE HAPPENS HERE: tokentui token prints the cached token while\nit is valid (shared by every process on this machine, under a lock)\nand asks the provider only when there is none or it is about to\nexpire. tokentui reads the secret from the profile's reference.",
	"singleFlight": "One token request at a time: calls that arrive while a token is\nbeing fetched wait for that same token.",
	"tokenFile":    "The token and its expiry live in this file (mode 0600), shared by\nevery run of this script.",
	"urlencode":    "Form-encodes a value (RFC 6749 2.3.1 and appendix B).",
	"basicRFC":     "Authlib before 1.3 does not form-encode the id and secret in the\nBasic header; this does, as RFC 6749 2.3.1 asks.",
	"deps":         "Dependencies:",
	"failed":       "the API answered %s",
}

// EnglishComments returns the English of every comment, by key.
func EnglishComments() map[string]string { return maps.Clone(comments) }

// comment is the text of key: from given (the user's language) when it
// has it, else English.
func comment(given map[string]string, key string, args ...any) (string, error) {
	text, ok := comments[key]
	if !ok {
		return "", fmt.Errorf("codegen: no comment %q", key)
	}
	if t, ok := given[key]; ok {
		text = t
	}
	if len(args) > 0 {
		text = fmt.Sprintf(text, args...)
	}
	return text, nil
}
