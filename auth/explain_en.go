package auth

import "maps"

// Explanations returns the English cause and hint of every code, for the
// catalogue (text/i18n writes them in the user's language).
// The reasons of the client's auth method are among them.
func Explanations() map[Code]Text {
	out := maps.Clone(english)
	maps.Copy(out, clientAuthEnglish)
	return out
}

// englishText is the cause and hint of a code or a reason.
func englishText(c Code) (Text, bool) {
	if t, ok := english[c]; ok {
		return t, true
	}
	t, ok := clientAuthEnglish[c]
	return t, ok
}

// english holds every cause and hint, keyed by code.
var english = map[Code]Text{
	CodeInvalidRequest: {
		Cause: "The provider says the token request is malformed: a required field is missing, repeated or has a bad value.",
		Hint:  "Check the profile's extra params and scopes for typos; run 'tokentui diagnose' to see the exact request (secret masked).",
	},
	CodeInvalidClient: {
		Cause: "The provider did not accept the client credentials: the client id is unknown, the secret is wrong or expired, or the auth method does not match the client's registration.",
		Hint:  "Check client_id and the secret (homologation and production keys differ); try the other auth_method (client_secret_basic / client_secret_post); do not retry in a loop, the provider blocks clients that fail repeatedly.",
	},
	CodeInvalidGrant: {
		Cause: "The provider rejected the grant itself; for client credentials this usually means the client is disabled or its grant was revoked.",
		Hint:  "Ask the provider's administrators whether the client is active and allowed to use client_credentials.",
	},
	CodeUnauthorizedClient: {
		Cause: "The client exists but is not allowed to use the client_credentials grant (or these scopes).",
		Hint:  "Ask the provider's administrators to enable client_credentials for this client.",
	},
	CodeUnsupportedGrantType: {
		Cause: "The token endpoint does not support the client_credentials grant.",
		Hint:  "Check the token URL (is it the right provider?) and grant_types_supported in its discovery document.",
	},
	CodeInvalidScope: {
		Cause: "A scope asked for is unknown to the provider, or not allowed for this client.",
		Hint:  "Compare the profile's scopes with the ones granted to the client (scope names are per API, e.g. api-organograma); remove the scope or ask for it to be granted.",
	},
	CodeOtherOAuthError: {
		Cause: "The provider answered with an error code outside the OAuth2 standard list.",
		Hint:  "Read the provider's error description below; it is the best clue.",
	},
	CodeRateLimited: {
		Cause: "The provider is rate limiting this client (HTTP 429): it asked for tokens too often and is temporarily blocked.",
		Hint:  "Wait until the time given and reuse the cached token meanwhile; never request a token per API call.",
	},
	CodeGuardRefused: {
		Cause: "tokentui refused to ask for another token: too many forced renewals in the last minute. Providers block clients that ask for tokens too often, and unblocking can take a long time.",
		Hint:  "Use the cached token, which is still reused automatically, or wait a minute before forcing again.",
	},
	CodeServerError: {
		Cause: "The token endpoint failed on its side (HTTP 5xx).",
		Hint:  "Try again later; if it persists, report it to the provider with the time of the failure.",
	},
	CodeHTTPError: {
		Cause: "The token endpoint answered with an HTTP error and no OAuth2 error code: the URL may not be a token endpoint, or a proxy answered instead.",
		Hint:  "Check the token URL (or the issuer used for discovery) and any proxy in between.",
	},
	CodeInvalidResponse: {
		Cause: "The token endpoint answered successfully but without a usable access token.",
		Hint:  "Check that the token URL is the provider's token endpoint, not a login page or a proxy.",
	},
	CodeInvalidToken: {
		Cause: "The API rejected the access token: it is expired, revoked, malformed, or issued for another audience or by another issuer.",
		Hint:  "Decode it with 'tokentui decode --verify' to check exp, aud and iss; get a new token only if it really expired.",
	},
	CodeInsufficientScope: {
		Cause: "The token is valid but lacks the scope this API operation requires.",
		Hint:  "Add the required scope to the profile (it must also be granted to the client by the provider), then renew the token.",
	},
	CodeBearerRequest: {
		Cause: "The API says the request is malformed (RFC 6750 invalid_request), e.g. the token was sent twice or in the wrong place.",
		Hint:  "Send the token once, in the Authorization: Bearer header.",
	},
	CodeNoToken: {
		Cause: "The API requires authentication and no valid token was presented.",
		Hint:  "Send the token in the Authorization: Bearer header.",
	},
	CodeDNS: {
		Cause: "The provider's host name could not be resolved (DNS).",
		Hint:  "Check the URL for typos, your network or VPN, and whether the host is only visible on an internal network.",
	},
	CodeConnectionRefused: {
		Cause: "Nothing is listening at the provider's address and port (connection refused).",
		Hint:  "Check the URL's port and scheme; for the sandbox, check that 'tokentui sandbox' is running.",
	},
	CodeTLSUnknownAuthority: {
		Cause: "The provider's TLS certificate is signed by an authority this machine does not trust (common behind corporate proxies or with internal CAs).",
		Hint:  "Set ca_file in the profile to the CA certificate (PEM), or install the CA in the system store.",
	},
	CodeTLSHostname: {
		Cause: "The provider's TLS certificate is not valid for the host name in the URL.",
		Hint:  "Use the host name the certificate is issued for; check for a proxy intercepting TLS.",
	},
	CodeTLSInvalid: {
		Cause: "The TLS connection failed: the certificate is expired or invalid, or the server does not speak TLS on this port.",
		Hint:  "Check the URL's scheme (https vs http) and port, and the machine's clock.",
	},
	CodeTimeout: {
		Cause: "The provider did not answer in time.",
		Hint:  "Check your network, VPN or proxy; try again in a moment.",
	},
	CodeCanceled: {
		Cause: "The operation was canceled before it finished.",
		Hint:  "Run it again when ready.",
	},
	CodeNetwork: {
		Cause: "A network error prevented the exchange with the provider.",
		Hint:  "Check the URL, your network, VPN or proxy.",
	},
	CodeClockSkew: {
		Cause: "This machine's clock differs from the provider's; tokens may look expired or not yet valid.",
		Hint:  "Synchronise the clock (e.g. timedatectl set-ntp true, or w32tm /resync).",
	},
	CodeIATFuture: {
		Cause: "The token says it was issued in the future: this machine's clock is behind the provider's.",
		Hint:  "Synchronise the clock (e.g. timedatectl set-ntp true, or w32tm /resync).",
	},
	CodeDiscovery: {
		Cause: "The provider's discovery document (/.well-known/openid-configuration) could not be read.",
		Hint:  "Check the issuer URL (for IdentityServer it often ends in /is or similar), or set token_url and jwks_url in the profile explicitly.",
	},
	CodeIssuerMismatch: {
		Cause: "The discovery document belongs to a different issuer than the one configured; using it could send the secret to the wrong party.",
		Hint:  "Set the profile's issuer to exactly the 'issuer' value of the provider's discovery document.",
	},
	CodeMalformed: {
		Cause: "The text is not a well-formed JWT (three base64url parts separated by dots, the first two JSON).",
		Hint:  "Check that the whole token was copied, without quotes or line breaks; opaque tokens cannot be decoded.",
	},
	CodeConfig: {
		Cause: "The profile is incomplete or inconsistent.",
		Hint:  "Run 'tokentui profiles show NAME' and fix the field named in the message.",
	},
	CodeNoSecret: {
		Cause: "The client secret could not be obtained from the profile's secret reference.",
		Hint:  "Check client_secret in the profile: env:VAR needs the variable set, file:PATH a readable file, keyring an entry in the system keyring.",
	},
	CodeUnknown: {
		Cause: "An unexpected error occurred.",
		Hint:  "Run 'tokentui diagnose' for a step-by-step check.",
	},
}
