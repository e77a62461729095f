package i18n

// Keys of the Flow's step 2 for clients that authenticate without a
// shared secret on the wire: the client assertion (private_key_jwt,
// client_secret_jwt) and the TLS client certificate (mTLS).
const (
	FlowAssertionTitle   Key = "FlowAssertionTitle"   // The client assertion (%s), decoded
	FlowAssertionExplain Key = "FlowAssertionExplain" // Instead of a secret, the client sends a short-lived JWT it signed…
	FlowAssertionNone    Key = "FlowAssertionNone"    // No assertion was signed: …cache
	FlowAssertionHeader  Key = "FlowAssertionHeader"  // Header
	FlowAssertionClaims  Key = "FlowAssertionClaims"  // Claims
	FlowAssertionAlg     Key = "FlowAssertionAlg"     // how it is signed
	FlowAssertionKid     Key = "FlowAssertionKid"     // which registered key signed it
	FlowAssertionTyp     Key = "FlowAssertionTyp"     // the kind of token
	FlowAssertionIss     Key = "FlowAssertionIss"     // who signed it: the client_id
	FlowAssertionSub     Key = "FlowAssertionSub"     // who it speaks for: the client_id again
	FlowAssertionAud     Key = "FlowAssertionAud"     // who may accept it: the token endpoint
	FlowAssertionJti     Key = "FlowAssertionJti"     // unique id: a second use is refused
	FlowAssertionIat     Key = "FlowAssertionIat"     // signed at %s
	FlowAssertionExp     Key = "FlowAssertionExp"     // expires at %s, %s after signing
	FlowAssertionThumb   Key = "FlowAssertionThumb"   // key thumbprint (RFC 7638): %s
	FlowCertTitle        Key = "FlowCertTitle"        // The client certificate (%s)
	FlowCertExplain      Key = "FlowCertExplain"      // The client proves itself during the TLS handshake…
	FlowCertSubject      Key = "FlowCertSubject"      // subject:     %s
	FlowCertIssuer       Key = "FlowCertIssuer"       // issuer:      %s
	FlowCertThumb        Key = "FlowCertThumb"        // SHA-256:     %s
	FlowCertExpiry       Key = "FlowCertExpiry"       // valid until: %s
	FlowCertSelfSigned   Key = "FlowCertSelfSigned"   // self-signed: the provider knows it by its thumbprint
	FlowCertCAIssued     Key = "FlowCertCAIssued"     // issued by a CA: the provider checks the chain and the subject
	FlowCertNone         Key = "FlowCertNone"         // The certificate has not been read yet.
	FlowCertBoundExplain Key = "FlowCertBoundExplain" // Tokens got this way may be bound to this certificate…

	FlowTokenRequestAssertion Key = "FlowTokenRequestAssertion" // step 2's intro for private_key_jwt / client_secret_jwt
	FlowTokenRequestTLS       Key = "FlowTokenRequestTLS"       // step 2's intro for the mTLS methods

	ProfileFormPrivateKeyJWTNote Key = "ProfileFormPrivateKeyJWTNote" // a JWT signed with the client's private key (client_key)…
	ProfileFormSecretJWTNote     Key = "ProfileFormSecretJWTNote"     // a JWT signed with the secret (HS256); the secret never travels
	ProfileFormTLSNote           Key = "ProfileFormTLSNote"           // a TLS client certificate (client_cert, client_key)…
	ProfileFormSelfSignedTLSNote Key = "ProfileFormSelfSignedTLSNote" // a self-signed TLS client certificate…
)

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		return map[Key]string{
				FlowAssertionTitle:   "The client assertion (%s), decoded",
				FlowAssertionExplain: "Instead of a secret, the client sends a short-lived JWT it signed itself. The provider checks the signature with the key registered for the client, that it is meant for this token endpoint, that it has not expired and that it was never used before.",
				FlowAssertionNone:    "No assertion was signed for this token: it came from the cache. A new assertion is signed only when a token request is really sent.",
				FlowAssertionHeader:  "Header",
				FlowAssertionClaims:  "Claims",
				FlowAssertionAlg:     "how it is signed",
				FlowAssertionKid:     "which registered key signed it",
				FlowAssertionTyp:     "the kind of token",
				FlowAssertionIss:     "who signed it: the client_id",
				FlowAssertionSub:     "who it speaks for: the client_id again",
				FlowAssertionAud:     "who may accept it: the token endpoint, unless the profile says otherwise",
				FlowAssertionJti:     "a unique id: the provider refuses a second use",
				FlowAssertionIat:     "signed at %s",
				FlowAssertionExp:     "expires at %s, %s after signing: short on purpose",
				FlowAssertionThumb:   "key thumbprint (RFC 7638): %s",
				FlowCertTitle:        "The client certificate (%s)",
				FlowCertExplain:      "The client proves who it is during the TLS handshake, with the certificate and its private key; no secret travels in the request.",
				FlowCertSubject:      "subject:     %s",
				FlowCertIssuer:       "issuer:      %s",
				FlowCertThumb:        "SHA-256:     %s",
				FlowCertExpiry:       "valid until: %s",
				FlowCertSelfSigned:   "self-signed: the provider knows it by its thumbprint",
				FlowCertCAIssued:     "issued by a CA: the provider checks the chain and the subject registered for the client",
				FlowCertNone:         "The certificate has not been read yet.",
				FlowTokenRequestAssertion: "The client POSTs grant_type=client_credentials to the token endpoint (RFC 6749 §4.4) and proves " +
					"who it is with a client assertion: a short JWT it signs (RFC 7523) and sends as client_assertion, with " +
					"its client_id. The assertion is masked in the request and decoded below.",
				FlowTokenRequestTLS: "The client POSTs grant_type=client_credentials to the token endpoint (RFC 6749 §4.4) over a TLS " +
					"connection where it presents its client certificate (RFC 8705): the form carries only its client_id, " +
					"no secret. The certificate is described below.",
				FlowCertBoundExplain: "The token may be bound to this certificate (cnf x5t#S256): the API then accepts it only over TLS with the same certificate, so a stolen token is useless alone.",

				ProfileFormPrivateKeyJWTNote: "a JWT signed with the client's private key: no secret travels; the key, its kid and the assertion's audience are the rows below",
				ProfileFormSecretJWTNote:     "a JWT signed with the secret (HS256): the secret itself never travels",
				ProfileFormTLSNote:           "a TLS client certificate from a CA the provider trusts: no secret travels; the certificate and its key are the rows below",
				ProfileFormSelfSignedTLSNote: "a self-signed TLS client certificate registered with the provider: no secret travels; the certificate and its key are the rows below",
			}, map[Key]string{
				FlowAssertionTitle:   "A asserção do cliente (%s), decodificada",
				FlowAssertionExplain: "Em vez de um segredo, o cliente manda um JWT de vida curta assinado por ele mesmo. O provedor confere a assinatura com a chave registrada para o cliente, se ele é destinado a este token endpoint, se não expirou e se nunca foi usado antes.",
				FlowAssertionNone:    "Nenhuma asserção foi assinada para este token: ele veio do cache. Uma nova asserção só é assinada quando um pedido de token é de fato enviado.",
				FlowAssertionHeader:  "Cabeçalho",
				FlowAssertionClaims:  "Declarações (claims)",
				FlowAssertionAlg:     "como é assinada",
				FlowAssertionKid:     "qual chave registrada a assinou",
				FlowAssertionTyp:     "o tipo de token",
				FlowAssertionIss:     "quem a assinou: o client_id",
				FlowAssertionSub:     "em nome de quem fala: o client_id de novo",
				FlowAssertionAud:     "quem pode aceitá-la: o token endpoint, a menos que o perfil diga outra coisa",
				FlowAssertionJti:     "um id único: o provedor recusa um segundo uso",
				FlowAssertionIat:     "assinada em %s",
				FlowAssertionExp:     "expira em %s, %s depois da assinatura: curta de propósito",
				FlowAssertionThumb:   "impressão digital da chave (RFC 7638): %s",
				FlowCertTitle:        "O certificado do cliente (%s)",
				FlowCertExplain:      "O cliente prova quem é durante o handshake TLS, com o certificado e a chave privada dele; nenhum segredo viaja no pedido.",
				FlowCertSubject:      "titular:     %s",
				FlowCertIssuer:       "emissor:     %s",
				FlowCertThumb:        "impressão SHA-256: %s",
				FlowCertExpiry:       "válido até:  %s",
				FlowCertSelfSigned:   "autoassinado: o provedor o reconhece pela impressão digital",
				FlowCertCAIssued:     "emitido por uma CA: o provedor confere a cadeia e o titular registrado para o cliente",
				FlowCertNone:         "O certificado ainda não foi lido.",
				FlowTokenRequestAssertion: "O cliente faz um POST com grant_type=client_credentials no endpoint de token (RFC 6749 §4.4) " +
					"e se identifica com uma asserção de cliente: um JWT curto que ele assina (RFC 7523) e envia como " +
					"client_assertion, com o client_id. A asserção aparece mascarada no pedido e decodificada abaixo.",
				FlowTokenRequestTLS: "O cliente faz um POST com grant_type=client_credentials no endpoint de token (RFC 6749 §4.4) " +
					"numa conexão TLS em que apresenta o seu certificado de cliente (RFC 8705): o formulário leva só o " +
					"client_id, nenhum segredo. O certificado é descrito abaixo.",
				FlowCertBoundExplain: "O token pode ficar vinculado a este certificado (cnf x5t#S256): a API então só o aceita via TLS com o mesmo certificado, e um token roubado sozinho não serve para nada.",

				ProfileFormPrivateKeyJWTNote: "um JWT assinado com a chave privada do cliente: nenhum segredo viaja; a chave, o kid dela e a audiência da asserção são as linhas abaixo",
				ProfileFormSecretJWTNote:     "um JWT assinado com o segredo (HS256): o próprio segredo nunca viaja",
				ProfileFormTLSNote:           "um certificado TLS de cliente emitido por uma CA em que o provedor confia: nenhum segredo viaja; o certificado e a chave dele são as linhas abaixo",
				ProfileFormSelfSignedTLSNote: "um certificado TLS de cliente autoassinado, registrado no provedor: nenhum segredo viaja; o certificado e a chave dele são as linhas abaixo",
			}
	})
}
