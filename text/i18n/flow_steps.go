package i18n

// Keys of the Flow tab's steps (title, progress word, explanation) and of
// its keys: help, footer and the presentation mode's help line.
const (
	FlowStepOf Key = "FlowStepOf" // Step %d of %d

	FlowDiscoveryTitle       Key = "FlowDiscoveryTitle"       // Discovery
	FlowDiscoveryShort       Key = "FlowDiscoveryShort"       // discovery
	FlowDiscoveryExplain     Key = "FlowDiscoveryExplain"     // The client reads the provider's public discovery document…
	FlowTokenRequestTitle    Key = "FlowTokenRequestTitle"    // The token request
	FlowTokenRequestShort    Key = "FlowTokenRequestShort"    // request
	FlowTokenRequestExplain  Key = "FlowTokenRequestExplain"  // The client POSTs grant_type=client_credentials…
	FlowTokenResponseTitle   Key = "FlowTokenResponseTitle"   // The token response
	FlowTokenResponseShort   Key = "FlowTokenResponseShort"   // response
	FlowTokenResponseExplain Key = "FlowTokenResponseExplain" // The provider answers with JSON…
	FlowJWTTitle             Key = "FlowJWTTitle"             // The JWT, decoded
	FlowJWTShort             Key = "FlowJWTShort"             // JWT
	FlowJWTExplain           Key = "FlowJWTExplain"           // The token is a JWT: three base64url parts…
	FlowSignatureTitle       Key = "FlowSignatureTitle"       // The signature, checked
	FlowSignatureShort       Key = "FlowSignatureShort"       // signature
	FlowSignatureExplain     Key = "FlowSignatureExplain"     // An API trusts the token only if its signature checks out…
	FlowAPITitle             Key = "FlowAPITitle"             // Calling the API
	FlowAPIShort             Key = "FlowAPIShort"             // API call
	FlowAPIExplain           Key = "FlowAPIExplain"           // The client calls the API with Authorization: Bearer…

	FlowKeyNext      Key = "FlowKeyNext"      // next step
	FlowKeyPrev      Key = "FlowKeyPrev"      // previous step
	FlowKeyRestart   Key = "FlowKeyRestart"   // restart
	FlowKeyNewToken  Key = "FlowKeyNewToken"  // new token (guarded)
	FlowKeyPresent   Key = "FlowKeyPresent"   // presentation mode
	FlowKeyDiagnose  Key = "FlowKeyDiagnose"  // diagnose profile
	FlowKeyCopy      Key = "FlowKeyCopy"      // copy report
	FlowKeyConfirm   Key = "FlowKeyConfirm"   // yes, new token
	FlowKeyBack      Key = "FlowKeyBack"      // back / cancel
	FlowShortNext    Key = "FlowShortNext"    // next
	FlowShortBack    Key = "FlowShortBack"    // back
	FlowShortDiag    Key = "FlowShortDiag"    // diagnose
	FlowShortPresent Key = "FlowShortPresent" // present
	FlowShortNew     Key = "FlowShortNew"     // new token
	FlowShortAgain   Key = "FlowShortAgain"   // run again
	FlowLeavePresent Key = "FlowLeavePresent" // leave presentation
)

func init() {
	register(map[Key]string{
		FlowStepOf: "Step %d of %d",

		FlowDiscoveryTitle: "Discovery",
		FlowDiscoveryShort: "discovery",
		FlowDiscoveryExplain: "The client reads the provider's public discovery document: where to ask for tokens " +
			"(token_endpoint), where its signing keys are (jwks_uri), which client authentication methods and " +
			"scopes it accepts. It rarely changes, so it is cached.",
		FlowTokenRequestTitle: "The token request",
		FlowTokenRequestShort: "request",
		FlowTokenRequestExplain: "The client POSTs grant_type=client_credentials to the token endpoint (RFC 6749 §4.4) and proves " +
			"who it is with its id and secret: in a Basic header (client_secret_basic) or in the form " +
			"(client_secret_post). Secrets are masked here.",
		FlowTokenResponseTitle: "The token response",
		FlowTokenResponseShort: "response",
		FlowTokenResponseExplain: "The provider answers with JSON: the access_token, its type (Bearer) and expires_in, its life in " +
			"seconds. No refresh token in this grant. Reuse this token until it expires; asking for a new one " +
			"every call gets the client blocked.",
		FlowJWTTitle: "The JWT, decoded",
		FlowJWTShort: "JWT",
		FlowJWTExplain: "The token is a JWT: three base64url parts joined by dots. The header says how it was signed (alg, " +
			"kid); the payload holds the claims: issuer, audience, scopes, expiry. Anyone can read them: the " +
			"signature is what makes them trustworthy.",
		FlowSignatureTitle: "The signature, checked",
		FlowSignatureShort: "signature",
		FlowSignatureExplain: "An API trusts the token only if its signature checks out: it takes the key the header's kid names " +
			"from the provider's JWK Set (jwks_uri), verifies with the header's alg, then checks issuer, audience " +
			"and times — as done here.",
		FlowAPITitle: "Calling the API",
		FlowAPIShort: "API call",
		FlowAPIExplain: "The client calls the API with Authorization: Bearer and the token; the API verifies it as in " +
			"step 5 and checks its scopes. Every call reuses this token until it expires: no token request per call.",

		FlowKeyNext:      "next step",
		FlowKeyPrev:      "previous step",
		FlowKeyRestart:   "restart",
		FlowKeyNewToken:  "new token (guarded)",
		FlowKeyPresent:   "presentation mode",
		FlowKeyDiagnose:  "diagnose profile",
		FlowKeyCopy:      "copy report",
		FlowKeyConfirm:   "yes, new token",
		FlowKeyBack:      "back / cancel",
		FlowShortNext:    "next",
		FlowShortBack:    "back",
		FlowShortDiag:    "diagnose",
		FlowShortPresent: "present",
		FlowShortNew:     "new token",
		FlowShortAgain:   "run again",
		FlowLeavePresent: "leave presentation",
	}, map[Key]string{
		FlowStepOf: "Passo %d de %d",

		FlowDiscoveryTitle: "Descoberta do provedor",
		FlowDiscoveryShort: "descoberta",
		FlowDiscoveryExplain: "O cliente lê o documento público de descoberta (discovery) do provedor: onde pedir tokens " +
			"(token_endpoint), onde ficam as chaves de assinatura (jwks_uri), que métodos de autenticação de cliente " +
			"e que escopos ele aceita. Quase nunca muda, então fica em cache.",
		FlowTokenRequestTitle: "O pedido de token",
		FlowTokenRequestShort: "pedido",
		FlowTokenRequestExplain: "O cliente faz um POST com grant_type=client_credentials no endpoint de token (RFC 6749 §4.4) " +
			"e se identifica com o client id e o segredo do cliente: num cabeçalho Basic (client_secret_basic) " +
			"ou no corpo do formulário (client_secret_post). Aqui os segredos aparecem mascarados.",
		FlowTokenResponseTitle: "A resposta com o token",
		FlowTokenResponseShort: "resposta",
		FlowTokenResponseExplain: "O provedor responde em JSON: o access_token, o tipo (Bearer) e expires_in, a validade em " +
			"segundos. Este grant não tem refresh token. Reutilize este token até ele expirar: pedir um token novo " +
			"a cada chamada faz o cliente ser bloqueado automaticamente.",
		FlowJWTTitle: "O JWT decodificado",
		FlowJWTShort: "decodificação",
		FlowJWTExplain: "O token é um JWT: três partes em base64url unidas por pontos. O cabeçalho diz como ele foi " +
			"assinado (alg, kid); o conteúdo (payload) traz as claims: emissor, audiência, escopos, expiração. Qualquer um " +
			"pode lê-las: é a assinatura que as torna confiáveis.",
		FlowSignatureTitle: "A assinatura verificada",
		FlowSignatureShort: "assinatura",
		FlowSignatureExplain: "Uma API só confia no token se a assinatura confere: ela busca no JWK Set do provedor " +
			"(jwks_uri) a chave pública indicada pelo kid do cabeçalho, verifica com o alg do cabeçalho e depois " +
			"confere emissor, audiência e horários — como feito aqui.",
		FlowAPITitle: "Chamando a API",
		FlowAPIShort: "API",
		FlowAPIExplain: "O cliente chama a API com Authorization: Bearer e o token; a API o verifica como no passo 5 " +
			"e confere os escopos. Todas as chamadas reutilizam este token até ele expirar: nada de um pedido de " +
			"token por chamada.",

		FlowKeyNext:      "próximo passo",
		FlowKeyPrev:      "passo anterior",
		FlowKeyRestart:   "recomeçar",
		FlowKeyNewToken:  "token novo (protegido)",
		FlowKeyPresent:   "modo apresentação",
		FlowKeyDiagnose:  "diagnosticar o perfil",
		FlowKeyCopy:      "copiar relatório",
		FlowKeyConfirm:   "sim, token novo",
		FlowKeyBack:      "voltar / cancelar",
		FlowShortNext:    "avançar",
		FlowShortBack:    "voltar",
		FlowShortDiag:    "diagnóstico",
		FlowShortPresent: "apresentar",
		FlowShortNew:     "token novo",
		FlowShortAgain:   "rodar de novo",
		FlowLeavePresent: "modo normal",
	})
}
