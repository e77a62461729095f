package token

import "tokentui/ui/i18n"

// claimMeanings explains the registered JWT claims (RFC 7519, RFC 9068) and
// the ones IdentityServer adds, in a few words each (text in the catalogue).
var claimMeanings = map[string]i18n.Key{
	"iss":         i18n.ClaimIss,
	"sub":         i18n.ClaimSub,
	"aud":         i18n.ClaimAud,
	"exp":         i18n.ClaimExp,
	"nbf":         i18n.ClaimNbf,
	"iat":         i18n.ClaimIat,
	"jti":         i18n.ClaimJti,
	"scope":       i18n.ClaimScope,
	"client_id":   i18n.ClaimClientID,
	"client_name": i18n.ClaimClientName,
	"auth_time":   i18n.ClaimAuthTime,
	"idp":         i18n.ClaimIdp,
	"amr":         i18n.ClaimAmr,
	"sid":         i18n.ClaimSid,
	"cnf":         i18n.ClaimCnf,
	"role":        i18n.ClaimRole,
}

// headerMeanings explains the JOSE header fields.
var headerMeanings = map[string]i18n.Key{
	"alg": i18n.HeaderAlg,
	"typ": i18n.HeaderTyp,
	"kid": i18n.HeaderKid,
	"x5t": i18n.HeaderX5t,
	"cty": i18n.HeaderCty,
}

// timeClaims are the claims holding a NumericDate.
var timeClaims = map[string]bool{"exp": true, "nbf": true, "iat": true, "auth_time": true}

// claimOrder is the order claims are listed in; others follow alphabetically.
var claimOrder = []string{"iss", "client_id", "aud", "scope", "sub", "iat", "nbf", "exp", "jti"}
