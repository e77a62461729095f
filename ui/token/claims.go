package token

// claimMeanings explains the registered JWT claims (RFC 7519, RFC 9068) and
// the ones IdentityServer adds, in a few words each.
var claimMeanings = map[string]string{
	"iss":         "issuer: who made and signed the token",
	"sub":         "subject: the user (client tokens have none)",
	"aud":         "audience: the API(s) meant to accept it",
	"exp":         "expires: rejected after this time",
	"nbf":         "not before: rejected before this time",
	"iat":         "issued at: when it was made",
	"jti":         "token id: unique per token",
	"scope":       "scopes: what the token allows",
	"client_id":   "the client the token was issued to",
	"client_name": "the client's display name",
	"auth_time":   "when the user signed in",
	"idp":         "the identity provider used",
	"amr":         "how the user authenticated",
	"sid":         "session id",
	"cnf":         "confirmation key (proof of possession)",
	"role":        "roles granted",
}

// headerMeanings explains the JOSE header fields.
var headerMeanings = map[string]string{
	"alg": "signing algorithm",
	"typ": "token type (at+jwt: an OAuth2 access token, RFC 9068)",
	"kid": "which key of the provider's JWKS signed it",
	"x5t": "thumbprint of the signing certificate",
	"cty": "content type",
}

// timeClaims are the claims holding a NumericDate.
var timeClaims = map[string]bool{"exp": true, "nbf": true, "iat": true, "auth_time": true}

// claimOrder is the order claims are listed in; others follow alphabetically.
var claimOrder = []string{"iss", "client_id", "aud", "scope", "sub", "iat", "nbf", "exp", "jti"}
