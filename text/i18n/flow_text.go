package i18n

// Keys of what the Flow tab's steps show under their explanation: section
// titles, where the token came from, notes on the exchanges, the result of
// the signature check and the API call. Protocol text (HTTP lines, header
// names, JSON fields) is not in the catalogue: it reads the same everywhere.
const (
	FlowCannotRun       Key = "FlowCannotRun"       // This profile cannot run the flow yet.
	FlowCancelled       Key = "FlowCancelled"       // Cancelled.
	FlowPressRestart    Key = "FlowPressRestart"    // Press r to start again.
	FlowRunning         Key = "FlowRunning"         // … running: %s
	FlowNoIssuer        Key = "FlowNoIssuer"        // This profile has no issuer, so there is no discovery: it names its endpoints itself.
	FlowNoJWKS          Key = "FlowNoJWKS"          // (none: signatures cannot be checked)
	FlowReadingDiscover Key = "FlowReadingDiscover" // reading the discovery document…
	FlowRequest         Key = "FlowRequest"         // Request
	FlowAnswer          Key = "FlowAnswer"          // Answer
	FlowStatusIn        Key = "FlowStatusIn"        // %s in %s
	FlowDiscoveryCached Key = "FlowDiscoveryCached" // From the cache (read %s, kept until %s): no request this time.
	FlowAuthMethod      Key = "FlowAuthMethod"      // auth method %s
	FlowGrant           Key = "FlowGrant"           // grant %s
	FlowScope           Key = "FlowScope"           // scope %s
	FlowNotListed       Key = "FlowNotListed"       // – %s: not listed by the provider
	FlowOffered         Key = "FlowOffered"         // ✓ %s: offered
	FlowNotOffered      Key = "FlowNotOffered"      // ! %s: not in the provider's list

	FlowSentForced     Key = "FlowSentForced"     // Sent just now: you asked for a new token.
	FlowSentNoCache    Key = "FlowSentNoCache"    // Sent just now: no valid token was cached.
	FlowCachedRecorded Key = "FlowCachedRecorded" // No new request: this session got the token %s and reuses it, as every call should. This is the exchange that got it:
	FlowCachedWouldBe  Key = "FlowCachedWouldBe"  // No request this time: …what the request WOULD look like…
	FlowGettingCached  Key = "FlowGettingCached"  // getting the token (the cached one while it is valid)…
	FlowGettingToken   Key = "FlowGettingToken"   // getting the token…
	FlowFormFields     Key = "FlowFormFields"     // The form, field by field
	FlowCachedExchange Key = "FlowCachedExchange" // No new exchange: the token this session got %s is reused. The answer it got:
	FlowHeldExchange   Key = "FlowHeldExchange"   // The answer that holds the request back, recorded %s:
	FlowCacheRemembers Key = "FlowCacheRemembers" // No exchange this time and none recorded in this session… What the cache remembers of the answer:
	FlowObtained       Key = "FlowObtained"       // obtained
	FlowValidFor       Key = "FlowValidFor"       // ● Valid for %s more (until %s). Reuse this token until it expires: %s of this client in the last hour.
	FlowRequestsOne    Key = "FlowRequestsOne"    // %d token request
	FlowRequestsMany   Key = "FlowRequestsMany"   // %d token requests
	FlowExpired        Key = "FlowExpired"        // ● Expired %s.
	FlowAlsoHeaders    Key = "FlowAlsoHeaders"    // (also %s)
	FlowChars          Key = "FlowChars"          // %d chars

	FlowNoToken        Key = "FlowNoToken"        // ✗ There is no token: see step 2 for why.
	FlowOpaque         Key = "FlowOpaque"         // This token is not a JWT (an opaque token)…
	FlowPartHeader     Key = "FlowPartHeader"     // header
	FlowPartPayload    Key = "FlowPartPayload"    // payload
	FlowPartSignature  Key = "FlowPartSignature"  // signature
	FlowPartsJoined    Key = "FlowPartsJoined"    // — each part base64url, joined by dots
	FlowHowSigned      Key = "FlowHowSigned"      // how it was signed
	FlowTheClaims      Key = "FlowTheClaims"      // the claims
	FlowSignatureBytes Key = "FlowSignatureBytes" // %d bytes, made with the provider's private key — checked in step 5
	FlowMoreLines      Key = "FlowMoreLines"      // … %d more lines
	FlowHeaderNames    Key = "FlowHeaderNames"    // The token's header names
	FlowFetchingKeys   Key = "FlowFetchingKeys"   // fetching the provider's keys and checking the signature…
	FlowPublicKeys     Key = "FlowPublicKeys"     // The provider's public keys (JWK Set)
	FlowKeysFetched    Key = "FlowKeysFetched"    // fetched %s (APIs cache the keys too)
	FlowResult         Key = "FlowResult"         // Result
	FlowVerified       Key = "FlowVerified"       // ✓ verified — %s with the key kid %s
	FlowSigFailed      Key = "FlowSigFailed"      // ✗ failed — %s
	FlowSigNotChecked  Key = "FlowSigNotChecked"  // – not checked — %s
	FlowCheckedIssuer  Key = "FlowCheckedIssuer"  // issuer %s
	FlowCheckedAud     Key = "FlowCheckedAud"     // audience %s
	FlowCheckedTimes   Key = "FlowCheckedTimes"   // exp/nbf with a leeway of %s
	FlowChecked        Key = "FlowChecked"        // Checked: %s.
	FlowTokensKey      Key = "FlowTokensKey"      // ← the token's key

	FlowNoAPI       Key = "FlowNoAPI"       // This profile has no api_base_url, so there is no API to call…
	FlowWouldSend   Key = "FlowWouldSend"   // A call would send the token in the header Authorization: Bearer <token>.
	FlowCallingAPI  Key = "FlowCallingAPI"  // calling the API…
	FlowWholeAnswer Key = "FlowWholeAnswer" // … (the whole answer is on the %s tab)
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				FlowCannotRun:       "This profile cannot run the flow yet.",
				FlowCancelled:       "Cancelled.",
				FlowPressRestart:    "Press r to start again.",
				FlowRunning:         "… running: %s",
				FlowNoIssuer:        "This profile has no issuer, so there is no discovery: it names its endpoints itself.",
				FlowNoJWKS:          "(none: signatures cannot be checked)",
				FlowReadingDiscover: "reading the discovery document…",
				FlowRequest:         "Request",
				FlowAnswer:          "Answer",
				FlowStatusIn:        "%s in %s",
				FlowDiscoveryCached: "From the cache (read %s, kept until %s): no request this time.",
				FlowAuthMethod:      "auth method %s",
				FlowGrant:           "grant %s",
				FlowScope:           "scope %s",
				FlowNotListed:       "– %s: not listed by the provider",
				FlowOffered:         "✓ %s: offered",
				FlowNotOffered:      "! %s: not in the provider's list",

				FlowSentForced:     "Sent just now: you asked for a new token.",
				FlowSentNoCache:    "Sent just now: no valid token was cached.",
				FlowCachedRecorded: "No new request: this session got the token %s and reuses it, as every call should. This is the exchange that got it:",
				FlowCachedWouldBe: "No request this time: the token came from the cache, and no exchange was recorded in this session. " +
					"Below is what the request WOULD look like, built from the profile (secret masked).",
				FlowGettingCached:  "getting the token (the cached one while it is valid)…",
				FlowGettingToken:   "getting the token…",
				FlowFormFields:     "The form, field by field",
				FlowCachedExchange: "No new exchange: the token this session got %s is reused. The answer it got:",
				FlowHeldExchange:   "The provider's answer that holds the request back, recorded %s:",
				FlowCacheRemembers: "No exchange this time and none recorded in this session: the token came from the cache. " +
					"What the cache remembers of the answer:",
				FlowObtained:     "obtained",
				FlowValidFor:     "● Valid for %s more (until %s). Reuse this token until it expires: %s of this client in the last hour.",
				FlowRequestsOne:  "%d token request",
				FlowRequestsMany: "%d token requests",
				FlowExpired:      "● Expired %s.",
				FlowAlsoHeaders:  "(also %s)",
				FlowChars:        "%d chars",

				FlowNoToken:        "✗ There is no token: see step 2 for why.",
				FlowOpaque:         "This token is not a JWT (an opaque token): APIs check it with the provider instead of a signature. Nothing to decode.",
				FlowPartHeader:     "header",
				FlowPartPayload:    "payload",
				FlowPartSignature:  "signature",
				FlowPartsJoined:    "— each part base64url, joined by dots",
				FlowHowSigned:      "how it was signed",
				FlowTheClaims:      "the claims",
				FlowSignatureBytes: "%d bytes, made with the provider's private key — checked in step 5",
				FlowMoreLines:      "… %d more lines",
				FlowHeaderNames:    "The token's header names",
				FlowFetchingKeys:   "fetching the provider's keys and checking the signature…",
				FlowPublicKeys:     "The provider's public keys (JWK Set)",
				FlowKeysFetched:    "fetched %s (APIs cache the keys too)",
				FlowResult:         "Result",
				FlowVerified:       "✓ verified — %s with the key kid %s",
				FlowSigFailed:      "✗ failed — %s",
				FlowSigNotChecked:  "– not checked — %s",
				FlowCheckedIssuer:  "issuer %s",
				FlowCheckedAud:     "audience %s",
				FlowCheckedTimes:   "exp/nbf with a leeway of %s",
				FlowChecked:        "Checked: %s.",
				FlowTokensKey:      "← the token's key",

				FlowNoAPI: "This profile has no api_base_url, so there is no API to call. Set api_base_url (and a saved " +
					"request) in the profile to see this step for real.",
				FlowWouldSend:   "A call would send the token in the header Authorization: Bearer <token>.",
				FlowCallingAPI:  "calling the API…",
				FlowWholeAnswer: "… (the whole answer is on the %s tab)",
			}, map[Key]string{
				FlowCannotRun:       "Este perfil ainda não consegue rodar o fluxo.",
				FlowCancelled:       "Cancelado.",
				FlowPressRestart:    "Tecle r para começar de novo.",
				FlowRunning:         "… em andamento: %s",
				FlowNoIssuer:        "Este perfil não tem issuer, então não há descoberta: ele mesmo informa os endpoints.",
				FlowNoJWKS:          "(nenhuma: não dá para conferir assinaturas)",
				FlowReadingDiscover: "lendo o documento de descoberta…",
				FlowRequest:         "Requisição",
				FlowAnswer:          "Resposta",
				FlowStatusIn:        "%s em %s",
				FlowDiscoveryCached: "Do cache (lido %s, guardado até %s): nenhuma requisição desta vez.",
				FlowAuthMethod:      "método de autenticação %s",
				FlowGrant:           "tipo de grant %s",
				FlowScope:           "escopo %s",
				FlowNotListed:       "– %s: o provedor não publica a lista",
				FlowOffered:         "✓ %s: suportado",
				FlowNotOffered:      "! %s: fora da lista do provedor",

				FlowSentForced:     "Enviado agora: você pediu um token novo.",
				FlowSentNoCache:    "Enviado agora: não havia token válido em cache.",
				FlowCachedRecorded: "Nenhum pedido novo: esta sessão obteve o token %s e o reutiliza, como toda chamada deve fazer. Esta é a troca que o obteve:",
				FlowCachedWouldBe: "Nenhum pedido desta vez: o token veio do cache, e nenhuma troca foi registrada nesta sessão. " +
					"Abaixo, como o pedido SERIA, montado a partir do perfil (segredo mascarado).",
				FlowGettingCached:  "obtendo o token (o do cache, enquanto for válido)…",
				FlowGettingToken:   "obtendo o token…",
				FlowFormFields:     "O formulário, campo a campo",
				FlowCachedExchange: "Nenhuma troca nova: o token que esta sessão obteve %s é reutilizado. A resposta que ele teve:",
				FlowHeldExchange:   "A resposta do provedor que segura o pedido, registrada %s:",
				FlowCacheRemembers: "Nenhuma troca desta vez, e nenhuma registrada nesta sessão: o token veio do cache. " +
					"O que o cache guarda da resposta:",
				FlowObtained:     "obtido",
				FlowValidFor:     "● Válido por mais %s (até %s). Reutilize este token até ele expirar: %s deste cliente na última hora.",
				FlowRequestsOne:  "%d pedido de token",
				FlowRequestsMany: "%d pedidos de token",
				FlowExpired:      "● Expirou %s.",
				FlowAlsoHeaders:  "(além de %s)",
				FlowChars:        "%d caracteres",

				FlowNoToken:        "✗ Não há token: veja no passo 2 o motivo.",
				FlowOpaque:         "Este token não é um JWT (é um token opaco): as APIs o conferem com o provedor, não por uma assinatura. Não há o que decodificar.",
				FlowPartHeader:     "cabeçalho",
				FlowPartPayload:    "conteúdo",
				FlowPartSignature:  "assinatura",
				FlowPartsJoined:    "— cada parte em base64url, unidas por pontos",
				FlowHowSigned:      "como foi assinado",
				FlowTheClaims:      "as claims (o payload)",
				FlowSignatureBytes: "%d bytes, gerada com a chave privada do provedor — conferida no passo 5",
				FlowMoreLines:      "… mais %d linhas",
				FlowHeaderNames:    "O cabeçalho do token indica",
				FlowFetchingKeys:   "buscando as chaves do provedor e conferindo a assinatura…",
				FlowPublicKeys:     "As chaves públicas do provedor (JWK Set)",
				FlowKeysFetched:    "buscadas %s (as APIs também guardam as chaves em cache)",
				FlowResult:         "Resultado",
				FlowVerified:       "✓ assinatura verificada — %s com a chave kid %s",
				FlowSigFailed:      "✗ falhou — %s",
				FlowSigNotChecked:  "– não verificada — %s",
				FlowCheckedIssuer:  "emissor %s",
				FlowCheckedAud:     "audiência %s",
				FlowCheckedTimes:   "exp/nbf com tolerância de %s",
				FlowChecked:        "Conferido: %s.",
				FlowTokensKey:      "← a chave do token",

				FlowNoAPI: "Este perfil não tem api_base_url, então não há API para chamar. Defina api_base_url (e uma " +
					"requisição salva) no perfil para ver este passo de verdade.",
				FlowWouldSend:   "Uma chamada mandaria o token no cabeçalho Authorization: Bearer <token>.",
				FlowCallingAPI:  "chamando a API…",
				FlowWholeAnswer: "… (a resposta inteira está na aba %s)",
			}
	})
}
