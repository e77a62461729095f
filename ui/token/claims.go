package token

// What claims and header fields mean comes from the catalogue
// (i18n.ClaimMeaning, i18n.HeaderMeaning), shared with `tokentui decode`.

// timeClaims are the claims holding a NumericDate.
var timeClaims = map[string]bool{"exp": true, "nbf": true, "iat": true, "auth_time": true}

// claimOrder is the order claims are listed in; others follow
// alphabetically. The client's id and the scopes come first under each
// provider's name for them (scp: Okta, Entra ID; roles: Entra ID's
// application permissions).
var claimOrder = []string{"iss", "client_id", "cid", "appid", "azp", "aud", "scope", "scp", "roles", "sub", "iat", "nbf", "exp", "jti"}
