package i18n

// claimKeys says what the registered JWT claims (RFC 7519, RFC 9068),
// OpenID Connect's and IdentityServer's mean, for the Token tab and
// `tokentui decode`.
var claimKeys = map[string]Key{
	"iss": ClaimIss, "sub": ClaimSub, "aud": ClaimAud, "exp": ClaimExp, "nbf": ClaimNbf, "iat": ClaimIat,
	"jti": ClaimJti, "scope": ClaimScope, "scp": ClaimScope, "client_id": ClaimClientID, "azp": ClaimAzp,
	"client_name": ClaimClientName, "auth_time": ClaimAuthTime, "idp": ClaimIdp, "amr": ClaimAmr,
	"sid": ClaimSid, "cnf": ClaimCnf, "role": ClaimRole, "name": ClaimName, "email": ClaimEmail,
}

// headerKeys says what the JOSE header fields (RFC 7515) mean.
var headerKeys = map[string]Key{
	"alg": HeaderAlg, "typ": HeaderTyp, "kid": HeaderKid, "x5t": HeaderX5t, "x5t#S256": HeaderX5tS256,
	"cty": HeaderCty, "jku": HeaderJku, "x5u": HeaderX5u, "crit": HeaderCrit,
}

// ClaimMeaning says in a few words what a JWT claim means, in lang; "" for
// a claim it does not know.
func ClaimMeaning(lang Lang, name string) string {
	if k, ok := claimKeys[name]; ok {
		return T(lang, k)
	}
	return ""
}

// HeaderMeaning says what a JOSE header field means, in lang; "" when unknown.
func HeaderMeaning(lang Lang, name string) string {
	if k, ok := headerKeys[name]; ok {
		return T(lang, k)
	}
	return ""
}
