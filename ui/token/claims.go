package token

// What claims and header fields mean comes from the catalogue
// (i18n.ClaimMeaning, i18n.HeaderMeaning), shared with `tokentui decode`.

// timeClaims are the claims holding a NumericDate.
var timeClaims = map[string]bool{"exp": true, "nbf": true, "iat": true, "auth_time": true}

// claimOrder is the order claims are listed in; others follow alphabetically.
var claimOrder = []string{"iss", "client_id", "aud", "scope", "sub", "iat", "nbf", "exp", "jti"}
