package token

// What claims and header fields mean comes from the catalogue
// (i18n.ClaimMeaning, i18n.HeaderMeaning), shared with `tokentui decode`.

// timeClaims are the claims holding a NumericDate.
var timeClaims = map[string]bool{"exp": true, "nbf": true, "iat": true, "auth_time": true}
