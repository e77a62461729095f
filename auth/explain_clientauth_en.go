package auth

// clientAuthEnglish holds the cause and hint of every reason of
// explain_clientauth.go, keyed by its code.
var clientAuthEnglish = map[Code]Text{
	CodeAssertionRefused: {
		Cause: "The provider did not accept the client assertion (private_key_jwt): the key it is signed with may not be registered for the client (or not under this kid), its aud may not be what the provider expects, or this machine's clock may be off.",
		Hint:  "Register the public key ('tokentui keys show FILE' prints its JWK) for the client under the kid the profile sends (client_key_id); check assertion_audience and the clock; 'tokentui diagnose' checks them one by one. Do not retry in a loop.",
	},
	CodeSecretAssertionRefused: {
		Cause: "The provider did not accept the client assertion (client_secret_jwt): the secret it is signed with (HMAC) may be wrong, its aud may not be what the provider expects, or this machine's clock may be off.",
		Hint:  "Check client_secret (homologation and production differ) and client_key_alg (HS256, HS384 or HS512); check assertion_audience and the clock; 'tokentui diagnose' checks them one by one. Do not retry in a loop.",
	},
	CodeAssertionUnknownKid: {
		Cause: "The client assertion is signed with a key whose kid the provider does not know for this client: the public key is not registered, or under another kid.",
		Hint:  "Register the public key with the provider ('tokentui keys show FILE' prints its JWK and thumbprint), or set client_key_id to the kid it is registered under.",
	},
	CodeAssertionSignature: {
		Cause: "The client assertion's signature does not match the public key the provider has for the client: the profile's key is not the registered one.",
		Hint:  "Compare the thumbprint of 'tokentui keys show FILE' with the key registered for the client; register this key's JWK or point client_key at the registered key's private half.",
	},
	CodeSecretAssertionSig: {
		Cause: "The client assertion's HMAC does not match the secret the provider has for the client: the secret is wrong or expired.",
		Hint:  "Check client_secret (homologation and production secrets differ) and client_key_alg against the client's registration.",
	},
	CodeAssertionAudience: {
		Cause: "The client assertion's aud does not name the provider: it expects another audience (its token endpoint or its issuer).",
		Hint:  "Set assertion_audience in the profile to what the provider expects (often the issuer URL, or the token endpoint exactly as published); 'tokentui diagnose' shows the aud sent.",
	},
	CodeAssertionTime: {
		Cause: "The provider found the client assertion expired or not yet valid: this machine's clock is off from the provider's.",
		Hint:  "Synchronise the clock (e.g. timedatectl set-ntp true, or w32tm /resync) and ask again; assertions live only a minute.",
	},
	CodeAssertionReplayed: {
		Cause: "The provider saw this client assertion (its jti) before: every token request needs a newly signed one.",
		Hint:  "Ask again: tokentui signs a new assertion with a new jti for every request; if it persists, another program may be sending the same assertion.",
	},
	CodeAssertionClient: {
		Cause: "The provider does not know the client named in the assertion: client_id is unknown, or the assertion's iss and sub do not match it.",
		Hint:  "Check client_id in the profile (homologation and production clients differ).",
	},
	CodeMethodNotRegistered: {
		Cause: "The client is not registered for this auth method: the provider has no key, secret or certificate of it for this kind of authentication.",
		Hint:  "Ask the provider's administrators to register the key or certificate for the client, or set auth_method to the method the client is registered for.",
	},
	CodeAssertionRequest: {
		Cause: "The provider says the token request with the client assertion is malformed: the client authenticated twice (a client_secret or an Authorization header besides the assertion) or client_assertion_type is wrong.",
		Hint:  "Remove client_secret, client_assertion and Authorization from the profile's params and headers; tokentui sends the assertion alone.",
	},
	CodeAssertionUnauthorized: {
		Cause: "The client exists but may not use the client_credentials grant, or may not authenticate with a signed assertion.",
		Hint:  "Ask the provider's administrators to enable client_credentials and this auth method (token_endpoint_auth_method) for the client.",
	},
	CodeCertRefused: {
		Cause: "The provider did not accept the client certificate (tls_client_auth): it may not be issued by a CA the provider trusts, its subject may not be the one registered, or it may have expired.",
		Hint:  "Check that client_cert is the certificate registered for the client and client_key its key, that it has not expired, and that the request went to the mTLS endpoint; 'tokentui diagnose' shows its subject and thumbprint.",
	},
	CodeSelfSignedCertRefused: {
		Cause: "The provider did not accept the self-signed client certificate (self_signed_tls_client_auth): it is not the one registered for the client, or it has expired.",
		Hint:  "Register this certificate (or its key's JWK) for the client, or point client_cert at the registered one; 'tokentui diagnose' shows its SHA-256 thumbprint.",
	},
	CodeCertMissing: {
		Cause: "No client certificate reached the provider: the request did not go over mutual TLS, or a proxy ended the TLS connection.",
		Hint:  "Check client_cert and client_key in the profile and that the token request goes to the mTLS endpoint (mtls_endpoint_aliases); a TLS-intercepting proxy cannot pass it on.",
	},
	CodeCertUntrusted: {
		Cause: "The provider does not trust the client certificate: it is not issued by a CA the provider accepts for tls_client_auth, or its chain is incomplete.",
		Hint:  "Use a certificate issued by the CA the provider names, with its intermediates in client_cert; for a self-signed one use self_signed_tls_client_auth.",
	},
	CodeCertSubject: {
		Cause: "The client certificate's subject is not the one registered for the client.",
		Hint:  "Point client_cert at the certificate with the registered subject, or ask the provider to register this one's subject.",
	},
	CodeCertThumbprint: {
		Cause: "The client certificate is not the one registered for the client (its SHA-256 thumbprint differs).",
		Hint:  "Register this certificate with the provider, or point client_cert and client_key at the registered one; 'tokentui diagnose' shows the thumbprint sent.",
	},
	CodeCertValidity: {
		Cause: "The client certificate has expired or is not valid yet.",
		Hint:  "Get a new certificate (or generate a new self-signed one), register it for the client, and check this machine's clock.",
	},
	CodeCertClient: {
		Cause: "The provider does not know the client_id sent with the certificate.",
		Hint:  "Check client_id in the profile (homologation and production clients differ).",
	},
	CodeCertHandshake: {
		Cause: "The provider broke off the TLS handshake: it did not accept the client certificate (missing, expired, not from a CA it trusts, or not the registered one).",
		Hint:  "Check client_cert and client_key (the key must be the certificate's), its expiry and issuer; 'tokentui diagnose' checks the certificate locally.",
	},
	CodeCertUnauthorized: {
		Cause: "The client exists but may not use the client_credentials grant, or may not authenticate with a certificate.",
		Hint:  "Ask the provider's administrators to enable client_credentials and this auth method (token_endpoint_auth_method) for the client.",
	},
}
