package auth

import (
	"fmt"
	"maps"
	"strings"
	"sync"
	"time"
)

// TextCode names a sentence of the diagnosis, of a token's notes or of a
// verification, so that the CLI and the TUI can write it in the user's
// language: text/i18n holds the Portuguese of every code and takes the
// English from EnglishTexts. Detail, Note and Reason stay English, for
// logs, JSON reports and developers. (The explanations of a failure are
// keyed by Code.)
type TextCode string

// Phrase is one sentence: its code and its arguments. An argument may be a
// Phrase (written in the same language), an error, a Span, Millis, Day or
// Clock (written the way the language writes them), or plain data.
type Phrase struct {
	Code TextCode
	Args []any
}

func say(c TextCode, args ...any) Phrase { return Phrase{Code: c, Args: args} }

// String is the English.
func (t Phrase) String() string {
	if t.Code == "" {
		return ""
	}
	return fmt.Sprintf(englishTexts()[t.Code], t.Args...)
}

// IsZero reports whether t says nothing.
func (t Phrase) IsZero() bool { return t.Code == "" }

// JoinPhrases writes texts in English, separated by "; ".
func JoinPhrases(texts []Phrase) string {
	parts := make([]string, len(texts))
	for i, t := range texts {
		parts[i] = t.String()
	}
	return strings.Join(parts, "; ")
}

// EnglishTexts returns the English format of every TextCode.
func EnglishTexts() map[TextCode]string { return maps.Clone(englishTexts()) }

// Span is a duration as people say it ("41m", "1h 2m"; see Human).
type Span time.Duration

func (s Span) String() string { return Human(time.Duration(s)) }

// Millis is a short measured time: "0.3ms", "120ms".
type Millis time.Duration

func (m Millis) String() string { return ms(time.Duration(m)) }

// Day is a date: "2026-12-03".
type Day time.Time

func (d Day) String() string { return time.Time(d).Format("2006-01-02") }

// Clock is a time of day: "15:04:05".
type Clock time.Time

func (c Clock) String() string { return time.Time(c).Format("15:04:05") }

// phraseError is an error of this package made of a phrase; it unwraps
// to the errors it names (a sentinel, a cause).
type phraseError struct {
	p       Phrase
	wrapped []error
}

func (e *phraseError) Error() string   { return e.p.String() }
func (e *phraseError) Unwrap() []error { return e.wrapped }

// Phrase is the error as a phrase, to be written in any language.
func (e *phraseError) Phrase() Phrase { return e.p }

// sayErr makes an error of a phrase that unwraps to wrapped.
func sayErr(p Phrase, wrapped ...error) error { return &phraseError{p: p, wrapped: wrapped} }

// typeName is the Go type of v, for a message that must not keep v itself
// (a key) in its arguments.
func typeName(v any) string { return fmt.Sprintf("%T", v) }

// Errs are errors written one after the other, separated by "; ".
type Errs []error

func (es Errs) String() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// The codes; englishTexts holds the English of each.
const (
	// titles of the checks, by ID
	SayTitleProfile      TextCode = "title_profile"
	SayTitleReachability TextCode = "title_reachability"
	SayTitleDiscovery    TextCode = "title_discovery"
	SayTitleAuthMethod   TextCode = "title_auth_method"
	SayTitleGrantType    TextCode = "title_grant_type"
	SayTitleScopesSupp   TextCode = "title_scopes_supported"
	SayTitleCredentials  TextCode = "title_credentials"
	SayTitleScopesGrant  TextCode = "title_scopes_granted"
	SayTitleClock        TextCode = "title_clock"
	SayTitleSignature    TextCode = "title_signature"
	SayTitleClientKey    TextCode = "title_client_key"
	SayTitleClientCert   TextCode = "title_client_cert"

	// profile
	SayPlainHTTP     TextCode = "plain_http"
	SayNoScopesAsked TextCode = "no_scopes_asked"
	SayNoSecret      TextCode = "no_secret"
	SayClient        TextCode = "client"

	// reachability
	SayFailed       TextCode = "failed"
	SayBadURL       TextCode = "bad_url"
	SayProxy        TextCode = "proxy"
	SayDNSFailed    TextCode = "dns_failed"
	SayDNS          TextCode = "dns"
	SayConnect      TextCode = "connect"
	SayTCP          TextCode = "tcp"
	SayTLSFailed    TextCode = "tls_failed"
	SayTLS          TextCode = "tls"
	SayTLSCert      TextCode = "tls_cert"
	SayHintTokenURL TextCode = "hint_token_url"

	// discovery
	SayNoIssuer         TextCode = "no_issuer"
	SayDiscoveryFailed  TextCode = "discovery_failed"
	SayNeedsDiscovery   TextCode = "needs_discovery"
	SayDiscovered       TextCode = "discovered"
	SayNoTokenEndpoint  TextCode = "no_token_endpoint"
	SaySupported        TextCode = "supported"
	SayBasicDefault     TextCode = "basic_default"
	SayMethodsUnknown   TextCode = "methods_unknown"
	SayMayNotWork       TextCode = "may_not_work"
	SayNotSupported     TextCode = "not_supported"
	SayHintAuthMethod   TextCode = "hint_auth_method"
	SayGrantsUnknown    TextCode = "grants_unknown"
	SayNoScopes         TextCode = "no_scopes"
	SayScopesUnknown    TextCode = "scopes_unknown"
	SayScopesAdvertised TextCode = "scopes_advertised"
	SayScopesHidden     TextCode = "scopes_hidden"

	// credentials
	SayNeedsEndpoint TextCode = "needs_endpoint"
	SayCachedToken   TextCode = "cached_token"
	SayNoNewToken    TextCode = "no_new_token"
	SayRequestFailed TextCode = "request_failed"
	SayCachedValid   TextCode = "cached_valid"
	SayMeanwhile     TextCode = "meanwhile"
	SayValidFor      TextCode = "valid_for"
	SayIssued        TextCode = "issued"
	SayProof         TextCode = "proof"
	SayProofShared   TextCode = "proof_shared"
	SayNotCachedDisk TextCode = "not_cached_disk"

	// scopes granted
	SayNoToken       TextCode = "no_token"
	SayGrantedColon  TextCode = "granted_colon"
	SayScopesAssumed TextCode = "scopes_assumed"
	SayTakenAsAsked  TextCode = "taken_as_asked"
	SayAskedGranted  TextCode = "asked_granted"
	SayMissing       TextCode = "missing"
	SayGranted       TextCode = "granted"

	// clock
	SayDateAgrees  TextCode = "date_agrees"
	SayDateDiffers TextCode = "date_differs"
	SaySkewAhead   TextCode = "skew_ahead"
	SaySkewBehind  TextCode = "skew_behind"
	SayFromDate    TextCode = "from_date"
	SayFromIAT     TextCode = "from_iat"
	SayInTheFuture TextCode = "in_the_future"
	SayNoAnswer    TextCode = "no_answer"
	SayHintJWKS    TextCode = "hint_jwks"

	// client key and certificate
	SayKeyUnreadable       TextCode = "key_unreadable"
	SayKeyCannotSign       TextCode = "key_cannot_sign"
	SayKeyThumb            TextCode = "key_thumb"
	SayKid                 TextCode = "kid"
	SayNoKid               TextCode = "no_kid"
	SayAssertionAud        TextCode = "assertion_aud"
	SaySecretUnreadable    TextCode = "secret_unreadable"
	SayHMACSecret          TextCode = "hmac_secret"
	SayShortSecret         TextCode = "short_secret"
	SayCertUnreadable      TextCode = "cert_unreadable"
	SayCertSubject         TextCode = "cert_subject"
	SaySelfSigned          TextCode = "self_signed"
	SayExpiredOn           TextCode = "expired_on"
	SayNotValidBefore      TextCode = "not_valid_before"
	SayValidUntil          TextCode = "valid_until"
	SayExpiresSoon         TextCode = "expires_soon"
	SaySelfSignedTLS       TextCode = "self_signed_tls"
	SayKeyNotCerts         TextCode = "key_not_certs"
	SayHintKeyUnreadable   TextCode = "hint_key_unreadable"
	SayHintKeyAlg          TextCode = "hint_key_alg"
	SayHintCertExpired     TextCode = "hint_cert_expired"
	SayHintCertKey         TextCode = "hint_cert_key"
	SayHintAssertionClient TextCode = "hint_assertion_client"
	SayHintCertClient      TextCode = "hint_cert_client"
	SayHintShortSecret     TextCode = "hint_short_secret"

	// a token's notes (Token.Notes)
	SayExpFar          TextCode = "exp_far"
	SayExpPast         TextCode = "exp_past"
	SayExpDiffer       TextCode = "exp_differ"
	SayExpFromJWT      TextCode = "exp_from_jwt"
	SayNoExpiry        TextCode = "no_expiry"
	SayExpiresInNaN    TextCode = "expires_in_nan"
	SayExpiresInType   TextCode = "expires_in_type"
	SayExpiresInNonPos TextCode = "expires_in_non_pos"
	SayExpiresInFar    TextCode = "expires_in_far"

	// a verification (Verification.Reasons)
	SayNoIss         TextCode = "no_iss"
	SayError         TextCode = "error"
	SayNoKeys        TextCode = "no_keys"
	SayOpaque        TextCode = "opaque"
	SayUnsigned      TextCode = "unsigned"
	SayNoKeyWithKid  TextCode = "no_key_with_kid"
	SayAlgNotAllowed TextCode = "alg_not_allowed"
	SaySigMismatch   TextCode = "sig_mismatch"
	SaySigUnchecked  TextCode = "sig_unchecked"
	SaySigGoodBut    TextCode = "sig_good_but"
	SayVerified      TextCode = "verified"
	SayValidLeeway   TextCode = "valid_leeway"
	SayLeeway        TextCode = "leeway"
	SayExpNotNumber  TextCode = "exp_not_number"
	SayExpiredAt     TextCode = "expired_at"
	SayNotYetValid   TextCode = "not_yet_valid"
	SayIssuedFuture  TextCode = "issued_future"
	SayWrongIssuer   TextCode = "wrong_issuer"
	SayWrongAudience TextCode = "wrong_audience"
	SayNbfAhead      TextCode = "nbf_ahead"
	SayNoExp         TextCode = "no_exp"
	SayLeewayOf      TextCode = "leeway_of"
	SayNone          TextCode = "none"
	SayTwo           TextCode = "two"

	// discovery and token request errors
	SayIssuerNotURL      TextCode = "issuer_not_url"
	SayIssuerMismatch    TextCode = "issuer_mismatch"
	SayDiscoveryFor      TextCode = "discovery_for"
	SayDiscoveryUnread   TextCode = "discovery_unread"
	SayDiscoveryHTTP     TextCode = "discovery_http"
	SayDiscoveryNotJSON  TextCode = "discovery_not_json"
	SayDiscoveryNoIss    TextCode = "discovery_no_iss"
	SayNoIssuerDoc       TextCode = "no_issuer_doc"
	SayNoTokenEndpointIn TextCode = "no_token_endpoint_in"
	SayNoJWKSSource      TextCode = "no_jwks_source"
	SayNoJWKSURIIn       TextCode = "no_jwks_uri_in"
	SayBadTokenResponse  TextCode = "bad_token_response"
	SayTokenRequestFail  TextCode = "token_request_fail"
	SayJWKSBadURL        TextCode = "jwks_bad_url"
	SayJWKSFetch         TextCode = "jwks_fetch"
	SayJWKSRead          TextCode = "jwks_read"
	SayJWKSHTTP          TextCode = "jwks_http"
	SayJWKSNotJSON       TextCode = "jwks_not_json"
	SayJWKSNoKey         TextCode = "jwks_no_key"
	SayCacheCreate       TextCode = "cache_create"
	SayCacheUse          TextCode = "cache_use"
	SayCacheLock         TextCode = "cache_lock"
	SayNoCert            TextCode = "no_cert"
	SayCertNoPEM         TextCode = "cert_no_pem"
	SayCertNoParse       TextCode = "cert_no_parse"

	// unusable client keys (ErrBadKey)
	SayKeyNotPEMNorJWK     TextCode = "key_not_p_e_m_nor_j_w_k"
	SayKeyPEMNoPrivate     TextCode = "key_p_e_m_no_private"
	SayKeyEncrypted        TextCode = "key_encrypted"
	SayKeyBlockNoParse     TextCode = "key_block_no_parse"
	SayKeyTypeUnsupported  TextCode = "key_type_unsupported"
	SayKeyJWKNotJSON       TextCode = "key_j_w_k_not_j_s_o_n"
	SayKeyJWKPublic        TextCode = "key_j_w_k_public"
	SayKeyJWKField         TextCode = "key_j_w_k_field"
	SayKeyJWKExponent      TextCode = "key_j_w_k_exponent"
	SayKeyJWKRSABad        TextCode = "key_j_w_k_r_s_a_bad"
	SayKeyCurveUnsupported TextCode = "key_curve_unsupported"
	SayKeyJWKDTooLong      TextCode = "key_j_w_k_d_too_long"
	SayKeyJWKDInvalid      TextCode = "key_j_w_k_d_invalid"
	SayKeyJWKXYMismatch    TextCode = "key_j_w_k_x_y_mismatch"
	SayKeyJWKOct           TextCode = "key_j_w_k_oct"
	SayKeyJWKKty           TextCode = "key_j_w_k_kty"
	SayKeyAlgShared        TextCode = "key_alg_shared"
	SayKeyAlgUnsupported   TextCode = "key_alg_unsupported"
	SayKeyAlgNeedsEC       TextCode = "key_alg_needs_e_c"
	SayKeyRSATooSmall      TextCode = "key_r_s_a_too_small"
	SayKeyAlgNeedsRSA      TextCode = "key_alg_needs_r_s_a"
	SayKeyAlgWrongCurve    TextCode = "key_alg_wrong_curve"
	SayKeyGenAlg           TextCode = "key_gen_alg"
	SayKeyPublicBad        TextCode = "key_public_bad"
	SayKeyJWKRSAPublicBad  TextCode = "key_j_w_k_r_s_a_public_bad"
	SayKeyJWKECPublicBad   TextCode = "key_j_w_k_e_c_public_bad"
	SayKeyJWKPointTooLong  TextCode = "key_j_w_k_point_too_long"
	SayKeyJWKPointOff      TextCode = "key_j_w_k_point_off"
	SayKeyHoldsNone        TextCode = "key_holds_none"
	// the errors of JWT decoding (MalformedError)
	SayMalformedJWT        TextCode = "malformed_jwt"
	SayMalformedPart       TextCode = "malformed_part"
	SayMalformedPartErr    TextCode = "malformed_part_err"
	SayPartHeader          TextCode = "part_header"
	SayPartPayload         TextCode = "part_payload"
	SayPartSignature       TextCode = "part_signature"
	SayTokenEmpty          TextCode = "token_empty"
	SayExpectedParts       TextCode = "expected_parts"
	SayExpectedPartsJWE    TextCode = "expected_parts_jwe"
	SayExpectedPartsOpaque TextCode = "expected_parts_opaque"
	SayTokenTooLong        TextCode = "token_too_long"
	SayNotB64              TextCode = "not_b64"
	SayNotJSON             TextCode = "not_json"
	SayNotObject           TextCode = "not_object"
	SayPartEmpty           TextCode = "part_empty"
	SayTooDeep             TextCode = "too_deep"
	SayDataAfter           TextCode = "data_after"

	// the options New and assertion signing refuse (ErrConfig, ErrNoSecret)
	SayCfgNoClientID     TextCode = "cfg_no_client_id"
	SayCfgNoEndpoint     TextCode = "cfg_no_endpoint"
	SayCfgNotHTTP        TextCode = "cfg_not_http"
	SayCfgBadMethod      TextCode = "cfg_bad_method"
	SayCfgReservedParam  TextCode = "cfg_reserved_param"
	SayCfgNeedsKey       TextCode = "cfg_needs_key"
	SayCfgKeyAlg         TextCode = "cfg_key_alg"
	SayCfgNotHMAC        TextCode = "cfg_not_hmac"
	SayCfgNeedsCert      TextCode = "cfg_needs_cert"
	SayCfgCertUnused     TextCode = "cfg_cert_unused"
	SayCfgKeyUnused      TextCode = "cfg_key_unused"
	SayNoClientKey       TextCode = "no_client_key"
	SaySecretEmpty       TextCode = "secret_empty"
	SayKeyCannotSignCfg  TextCode = "key_cannot_sign_cfg"
	SayMethodNoAssertion TextCode = "method_no_assertion"
	SayAlgNotSupported   TextCode = "alg_not_supported"
	SayAssertionSignFail TextCode = "assertion_sign_fail"

	// WWW-Authenticate parsing (ErrBadChallenge)
	SayChallengeBad        TextCode = "challenge_bad"
	SayChallengeNone       TextCode = "challenge_none"
	SayChallengeUnquoted   TextCode = "challenge_unquoted"
	SayChallengeScheme     TextCode = "challenge_scheme"
	SayChallengeUnexpected TextCode = "challenge_unexpected"
	SayChallengeComma      TextCode = "challenge_comma"

	// the cache files
	SayCacheNotRegular TextCode = "cache_not_regular"
	SayCacheFileTooBig TextCode = "cache_file_too_big"
	SayFingerprintKey  TextCode = "fingerprint_key"

	// the rest: generated key names, unusable access tokens, redirects
	SayKeyNamesTaken     TextCode = "key_names_taken"
	SayTokenTooBigHeader TextCode = "token_too_big_header"
	SayTokenBadChar      TextCode = "token_bad_char"
	SayTooManyRedirects  TextCode = "too_many_redirects"
)

// englishTexts is built on first use, not at every start.
var englishTexts = sync.OnceValue(func() map[TextCode]string {
	return map[TextCode]string{
		SayTitleProfile:      "Profile",
		SayTitleReachability: "Reachability",
		SayTitleDiscovery:    "Discovery",
		SayTitleAuthMethod:   "Auth method",
		SayTitleGrantType:    "Grant type",
		SayTitleScopesSupp:   "Scopes supported",
		SayTitleCredentials:  "Credentials",
		SayTitleScopesGrant:  "Scopes granted",
		SayTitleClock:        "Clock",
		SayTitleSignature:    "Signature",
		SayTitleClientKey:    "Client key",
		SayTitleClientCert:   "Client certificate",

		SayPlainHTTP:     "%s is plain http: the secret and tokens cross the network unencrypted",
		SayNoScopesAsked: "no scopes are asked for: the provider grants its defaults, often none",
		SayNoSecret:      "the profile has no client_secret",
		SayClient:        "client %q, %s, scopes [%s]",

		SayFailed:       "%s: %v",
		SayBadURL:       "bad URL",
		SayProxy:        "through the proxy %s: direct DNS/TCP/TLS checks skipped",
		SayDNSFailed:    "DNS lookup of %s failed",
		SayDNS:          "DNS %s → %s",
		SayConnect:      "cannot connect to %s",
		SayTCP:          "TCP %s in %s",
		SayTLSFailed:    "TLS handshake with %s failed",
		SayTLS:          "TLS %s",
		SayTLSCert:      "TLS %s, certificate for %s by %s, valid until %s",
		SayHintTokenURL: "set token_url in the profile",

		SayNoIssuer:         "no issuer: the token URL is used directly",
		SayDiscoveryFailed:  "cannot use the discovery document",
		SayNeedsDiscovery:   "needs the discovery document",
		SayDiscovered:       "%s: issuer matches; token_endpoint %s; jwks_uri %s",
		SayNoTokenEndpoint:  "no token_endpoint",
		SaySupported:        "%s is supported",
		SayBasicDefault:     "not advertised; client_secret_basic is the default (RFC 8414)",
		SayMethodsUnknown:   "the provider does not advertise its auth methods",
		SayMayNotWork:       "%s may not work",
		SayNotSupported:     "%s is not supported (supported: %s)",
		SayHintAuthMethod:   "set auth_method in the profile to one the provider supports",
		SayGrantsUnknown:    "grant_types_supported is not advertised (RFC 8414's default does not include client_credentials)",
		SayNoScopes:         "no scopes asked for",
		SayScopesUnknown:    "scopes_supported is not advertised",
		SayScopesAdvertised: "every scope asked for is advertised",
		SayScopesHidden:     "not advertised: %s (providers may hide some scopes; invalid_scope would confirm it)",

		SayNeedsEndpoint: "needs the token endpoint",
		SayCachedToken:   "a cached token, obtained %s ago, is valid for another %s",
		SayNoNewToken:    "no new token was requested (use --fresh to test the credentials now)",
		SayRequestFailed: "the token request failed",
		SayCachedValid:   "a cached token is valid for another %s",
		SayMeanwhile:     "another process got a token meanwhile",
		SayValidFor:      "valid for another %s",
		SayIssued:        "a token was issued in %s, valid for %s",
		SayProof:         "this secret was accepted by %s at %s (token request of profile %q)",
		SayProofShared:   "this secret was accepted by %s at %s (token request of profile %q, same credentials)",
		SayNotCachedDisk: "not cached on disk: %v",

		SayNoToken:       "no token",
		SayGrantedColon:  "granted: [%s]",
		SayScopesAssumed: "the provider did not say which scopes it granted (no scope in the response or the token)",
		SayTakenAsAsked:  "taken as those asked for: [%s]",
		SayAskedGranted:  "asked [%s], granted [%s]",
		SayMissing:       "missing: %s",
		SayGranted:       "granted [%s]",

		SayDateAgrees:  "the provider's Date agrees with this machine's clock (to the second)",
		SayDateDiffers: "the provider's Date differs from this machine's clock by %s",
		SaySkewAhead:   "the local clock is %s ahead of the provider's (from the %s)",
		SaySkewBehind:  "the local clock is %s behind the provider's (from the %s)",
		SayFromDate:    "Date header",
		SayFromIAT:     "iat claim",
		SayInTheFuture: "%s: the token says it was issued in the future",
		SayNoAnswer:    "no answer from the provider to compare with",
		SayHintJWKS:    "check jwks_url / the issuer: the token must be verifiable with the provider's published keys",

		SayKeyUnreadable:       "cannot read the client_key: %v",
		SayKeyCannotSign:       "the client_key cannot sign: %v",
		SayKeyThumb:            "%s key (%s), thumbprint %s",
		SayKid:                 "kid %q",
		SayNoKid:               "no kid: the provider must try every key registered for the client, and some refuse",
		SayAssertionAud:        "assertion aud %s",
		SaySecretUnreadable:    "cannot read the client secret: %v",
		SayHMACSecret:          "HMAC secret of %d bytes (%s)",
		SayShortSecret:         "%s needs a secret of %d bytes or more (RFC 7518 §3.2); many providers refuse a shorter one",
		SayCertUnreadable:      "cannot read the client_cert: %v",
		SayCertSubject:         "subject %s, issuer %s, SHA-256 %s",
		SaySelfSigned:          "self-signed",
		SayExpiredOn:           "expired on %s",
		SayNotValidBefore:      "not valid before %s",
		SayValidUntil:          "valid until %s",
		SayExpiresSoon:         "expires within 30 days",
		SaySelfSignedTLS:       "a self-signed certificate with tls_client_auth: the provider needs a chain to a CA it trusts (or use self_signed_tls_client_auth)",
		SayKeyNotCerts:         "client_key is not the private key of client_cert",
		SayHintKeyUnreadable:   "check client_key: file:PATH (mode 0600), env:, cmd: or keyring; 'tokentui keys show FILE' says what a file holds",
		SayHintKeyAlg:          "make client_key_alg fit the key (RS256/PS256 for RSA, ES256 for EC P-256), or leave it out",
		SayHintCertExpired:     "get a new certificate from the provider (or make a self-signed one) and register it for the client",
		SayHintCertKey:         "client_key must be the private key of client_cert itself",
		SayHintAssertionClient: "the provider refused the assertion: check, in this order, that the public key registered for the client is this one (thumbprint above) under this kid; the aud it expects (sent: the token endpoint; some want the issuer: set assertion_audience); the clock (the assertion is valid for 60 s from its iat)",
		SayHintCertClient:      "the provider refused the certificate: check that it is the one registered for the client (subject or SHA-256 thumbprint above), that it has not expired, and that the request went to the mTLS endpoint (mtls_endpoint_aliases)",
		SayHintShortSecret:     "use a secret of 32 bytes or more, or client_secret_basic",

		SayExpFar:          "the JWT's exp (%s) is more than %s away; taken as %s",
		SayExpPast:         "the JWT's exp (%s) is already past by the local clock, which is probably ahead of the provider's by about %s; using expires_in",
		SayExpDiffer:       "expires_in (%s) and the JWT's exp (%s) differ by %s; using the earlier",
		SayExpFromJWT:      "no expires_in in the response (or none usable); expiry from the JWT's exp",
		SayNoExpiry:        "neither expires_in nor the token says when it expires; assuming it lives %s",
		SayExpiresInNaN:    "expires_in %q is not a number; ignored",
		SayExpiresInType:   "expires_in is a %s, not a number; ignored",
		SayExpiresInNonPos: "expires_in %v is not a positive number of seconds; ignored",
		SayExpiresInFar:    "expires_in %.0f seconds is more than %s; taken as %s",

		SayNoIss:         "the token has no http(s) \"iss\" to discover its keys from; give the JWKS URL (--jwks)",
		SayError:         "%v",
		SayNoKeys:        "cannot find the provider's keys: %v",
		SayOpaque:        "an opaque token (not a JWT): only the provider can check it",
		SayUnsigned:      "the token is unsigned (alg \"none\"); unsigned tokens are never accepted",
		SayNoKeyWithKid:  "no key with kid %q in the JWKS at %s (it has %s): the token was signed by another key or another provider",
		SayAlgNotAllowed: "alg %s is not allowed with this key (allowed: %s); a token whose alg does not match its key type is rejected (RFC 8725 §3.1)",
		SaySigMismatch:   "the signature does not match key %q: the token was altered or signed by another key",
		SaySigUnchecked:  "the signature could not be checked: %v",
		SaySigGoodBut:    "signature good (key %q, %s), but %s",
		SayVerified:      "signature verified with key %q (%s)",
		SayValidLeeway:   "valid for another %s (leeway %s)",
		SayLeeway:        "(leeway %s)",
		SayExpNotNumber:  "its exp is not a number",
		SayExpiredAt:     "it expired at %s (%s ago; %s)",
		SayNotYetValid:   "it is not valid before %s (in %s): this machine's clock is behind the provider's, or the token is not meant for now",
		SayIssuedFuture:  "it was issued in the future (iat %s, in %s): this machine's clock is behind the provider's",
		SayWrongIssuer:   "it was issued by %q, not by the expected %q",
		SayWrongAudience: "its audience %s does not include the expected %q",
		SayNbfAhead:      "nbf is %s ahead of this machine's clock (tolerated up to %s)",
		SayNoExp:         "the token has no exp",
		SayLeewayOf:      "leeway %s",
		SayNone:          "none",
		SayTwo:           "%s %s",

		SayIssuerNotURL:        "%v: the issuer %q is not an absolute URL",
		SayIssuerMismatch:      "%v: the discovery document at %s names the issuer %q, not %q as configured",
		SayDiscoveryFor:        "%v for issuer %s: %s",
		SayDiscoveryUnread:     "cannot read the discovery document at %s: %v",
		SayDiscoveryHTTP:       "%s answered HTTP %d",
		SayDiscoveryNotJSON:    "%s is not a JSON discovery document: %v",
		SayDiscoveryNoIss:      "%s has no \"issuer\" field",
		SayNoIssuerDoc:         "%v: no issuer configured, so there is no discovery document",
		SayNoTokenEndpointIn:   "%v: the discovery document of %s has no token_endpoint; set token_url in the profile",
		SayNoJWKSSource:        "%v: neither jwks_url nor issuer is set, so the token cannot be verified",
		SayNoJWKSURIIn:         "%v: the discovery document of %s has no jwks_uri; set jwks_url in the profile",
		SayBadTokenResponse:    "%v from %s: %v",
		SayTokenRequestFail:    "the token request to %s failed: %v",
		SayJWKSBadURL:          "bad JWKS URL %q: %v",
		SayJWKSFetch:           "cannot fetch the JWKS at %s: %v",
		SayJWKSRead:            "cannot read the JWKS at %s: %v",
		SayJWKSHTTP:            "the JWKS at %s answered HTTP %d",
		SayJWKSNotJSON:         "the JWKS at %s is not a JSON JWK Set: %v",
		SayJWKSNoKey:           "the JWKS at %s has no usable public key (%s)",
		SayCacheCreate:         "cannot create the cache directory %s: %v",
		SayCacheUse:            "cannot use the cache directory %s: %v",
		SayCacheLock:           "cannot lock the token cache %s: %v",
		SayNoCert:              "the profile has no client_cert",
		SayCertNoPEM:           "%v: the client_cert holds no PEM CERTIFICATE",
		SayCertNoParse:         "%v: the client certificate does not parse: %v",
		SayKeyNotPEMNorJWK:     "%v: it is neither PEM (-----BEGIN … PRIVATE KEY-----) nor a JWK (JSON)",
		SayKeyPEMNoPrivate:     "%v: the PEM holds no private key (a certificate or a public key alone cannot sign)",
		SayKeyEncrypted:        "%v: the private key is encrypted with a passphrase; decrypt it first (openssl pkcs8 -in KEY -out PLAIN.pem) and keep the result 0600",
		SayKeyBlockNoParse:     "%v: the %s block does not parse: %v",
		SayKeyTypeUnsupported:  "%v: %s keys are not supported (use RSA or EC)",
		SayKeyJWKNotJSON:       "%v: the JWK is not valid JSON",
		SayKeyJWKPublic:        "%v: the JWK is a public key (no \"d\"); a private key is needed to sign",
		SayKeyJWKField:         "%v: the JWK's %q is missing or not base64url",
		SayKeyJWKExponent:      "%v: the JWK's exponent \"e\" is out of range",
		SayKeyJWKRSABad:        "%v: the JWK's RSA numbers do not make a valid key",
		SayKeyCurveUnsupported: "%v: curve %q is not supported (use P-256, P-384 or P-521)",
		SayKeyJWKDTooLong:      "%v: the JWK's \"d\" is too long for %s",
		SayKeyJWKDInvalid:      "%v: the JWK's \"d\" is not a valid %s key",
		SayKeyJWKXYMismatch:    "%v: the JWK's \"x\" and \"y\" do not belong to its \"d\"",
		SayKeyJWKOct:           "%v: a symmetric (oct) JWK is a shared secret: use auth_method client_secret_jwt with client_secret instead",
		SayKeyJWKKty:           "%v: JWK key type %q is not supported (use RSA or EC)",
		SayKeyAlgShared:        "%v: %s signs with a shared secret, not a private key: use auth_method client_secret_jwt",
		SayKeyAlgUnsupported:   "%v: algorithm %q is not supported for private_key_jwt (use RS256, PS256 or ES256)",
		SayKeyAlgNeedsEC:       "%v: %s needs an EC key on %s, and this is an RSA key (use RS256 or PS256 with it)",
		SayKeyRSATooSmall:      "%v: the RSA key has %d bits; providers require 2048 or more",
		SayKeyAlgNeedsRSA:      "%v: %s needs an RSA key, and this is an EC key on %s (use %s with it)",
		SayKeyAlgWrongCurve:    "%v: %s needs a key on %s, and this one is on %s (use %s with it)",
		SayKeyGenAlg:           "%v: keys are generated for ES256, RS256 or PS256, not %q",
		SayKeyPublicBad:        "%v: %v",
		SayKeyJWKRSAPublicBad:  "%v: the RSA JWK's \"n\" or \"e\" is missing or malformed",
		SayKeyJWKECPublicBad:   "%v: the EC JWK's \"crv\", \"x\" or \"y\" is missing or not supported",
		SayKeyJWKPointTooLong:  "%v: the EC JWK's point is too long for %s",
		SayKeyJWKPointOff:      "%v: the EC JWK's point is not on %s",
		SayKeyHoldsNone:        "%v: it holds no key: neither PEM (-----BEGIN … KEY----- or CERTIFICATE) nor a JWK (JSON)",
		SayMalformedJWT:        "malformed JWT: %v",
		SayMalformedPart:       "malformed JWT: the %v is %v",
		SayMalformedPartErr:    "malformed JWT: the %v is %v (%v)",
		SayPartHeader:          "header",
		SayPartPayload:         "payload",
		SayPartSignature:       "signature",
		SayTokenEmpty:          "the token is empty",
		SayExpectedParts:       "expected 3 parts separated by dots, got %d",
		SayExpectedPartsJWE:    "expected 3 parts separated by dots, got %d (this looks like an encrypted JWE, which cannot be decoded without the key)",
		SayExpectedPartsOpaque: "expected 3 parts separated by dots, got %d (an opaque token, not a JWT)",
		SayTokenTooLong:        "it is %d bytes long, over the %d a token can be (1 MiB)",
		SayNotB64:              "not base64url",
		SayNotJSON:             "not JSON",
		SayNotObject:           "not a JSON object",
		SayPartEmpty:           "empty",
		SayTooDeep:             "nested deeper than %d levels",
		SayDataAfter:           "data after the object",

		SayCfgNoClientID:     "%v: client_id is empty",
		SayCfgNoEndpoint:     "%v: set issuer (for discovery) or token_url",
		SayCfgNotHTTP:        "%v: %s %q is not an http(s) URL",
		SayCfgBadMethod:      "%v: auth_method %q is not supported (use %s, %s, %s, %s, %s or %s)",
		SayCfgReservedParam:  "%v: params cannot set %q; it is set by the profile itself",
		SayCfgNeedsKey:       "%v: auth_method private_key_jwt needs client_key, the private key that signs the assertion",
		SayCfgKeyAlg:         "%v: client_key_alg %q is not supported for private_key_jwt (use RS256, PS256 or ES256)",
		SayCfgNotHMAC:        "%v: client_key_alg %q is not an HMAC algorithm; client_secret_jwt signs with HS256, HS384 or HS512",
		SayCfgNeedsCert:      "%v: auth_method %s needs client_cert, the certificate presented over TLS",
		SayCfgCertUnused:     "%v: client_cert is set but auth_method is %s, which does not use it",
		SayCfgKeyUnused:      "%v: client_key is set but auth_method is %s, which does not use it",
		SayNoClientKey:       "the profile has no client_key",
		SaySecretEmpty:       "the client secret is empty",
		SayKeyCannotSignCfg:  "%v: the client_key cannot sign: %v",
		SayMethodNoAssertion: "%v: auth_method %s does not sign assertions",
		SayAlgNotSupported:   "%v: algorithm %q is not supported",
		SayAssertionSignFail: "%v: signing the client assertion failed: %v",

		SayChallengeBad:        "%v: %v",
		SayChallengeNone:       "%v: no challenge in %q",
		SayChallengeUnquoted:   "unterminated quoted string at byte %d",
		SayChallengeScheme:     "expected an auth scheme at byte %d, found %q",
		SayChallengeUnexpected: "unexpected %q at byte %d",
		SayChallengeComma:      "expected ',' after parameter %q at byte %d",

		SayCacheNotRegular: "%s is not a regular file (%s)",
		SayCacheFileTooBig: "%s is %d bytes, more than the %d a cache file may have",
		SayFingerprintKey:  "cannot read or create the fingerprint key in %s",

		SayKeyNamesTaken:     "%v: %s already holds %s.pem to %s-%d.pem",
		SayTokenTooBigHeader: "%v from %s: the access_token is %d bytes, more than the %d a header can carry",
		SayTokenBadChar:      "%v from %s: the access_token holds a space or control character, so it cannot be sent in a header",
		SayTooManyRedirects:  "stopped after 10 redirects",
	}
})
