package i18n

import (
	"strings"
	"time"

	"tokentui/auth"
)

// The diagnosis, a token's notes and a verification's reasons, written by
// their codes (auth.TextCode) and arguments: the English is
// auth.EnglishTexts (what Detail, Note and Reason say), the Portuguese
// below. The causes and hints of failures come from ExplainCode.

// DiagnoseReport is r with its titles, details, causes and hints in lang.
func DiagnoseReport(lang Lang, r auth.Report) auth.Report {
	if lang == En {
		return r
	}
	out := r
	out.Checks = make([]auth.Check, len(r.Checks))
	for i, ch := range r.Checks {
		if k := authKey(auth.TitleCode(ch.ID)); Format(lang, k) != string(k) {
			ch.Title = T(lang, k)
		}
		if ch.Parts != nil {
			ch.Detail = Phrases(lang, ch.Parts)
		}
		if ch.Code != "" {
			c := ch.Code
			if ch.Reason != "" {
				c = ch.Reason
			}
			e := ExplainCode(lang, c)
			if ch.Cause != "" {
				ch.Cause = e.Cause
			}
			if ch.Hint != "" {
				ch.Hint = e.Hint
			}
		}
		if !ch.HintSaid.IsZero() {
			ch.Hint = Phrase(lang, ch.HintSaid)
		}
		out.Checks[i] = ch
	}
	return out
}

// TokenNote is the token's Note in lang.
func TokenNote(lang Lang, t *auth.Token) string { return Phrases(lang, t.NoteParts()) }

// VerifyReason is the verification's Reason in lang.
func VerifyReason(lang Lang, v auth.Verification) string {
	if v.Reasons == nil {
		return v.Reason
	}
	return Phrases(lang, v.Reasons)
}

// Phrases writes phrases in lang, separated by "; ".
func Phrases(lang Lang, ps []auth.Phrase) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = Phrase(lang, p)
	}
	return strings.Join(out, "; ")
}

// Phrase writes one phrase of package auth in lang; its arguments are
// written in lang too (phrases, errors, durations, dates).
func Phrase(lang Lang, p auth.Phrase) string {
	if lang == En || p.IsZero() {
		return p.String()
	}
	args := make([]any, len(p.Args))
	for i, a := range p.Args {
		switch a := a.(type) {
		case auth.Phrase:
			args[i] = Phrase(lang, a)
		case error:
			args[i] = ErrorText(lang, a)
		case auth.Errs:
			parts := make([]string, len(a))
			for j, e := range a {
				parts[j] = ErrorText(lang, e)
			}
			args[i] = strings.Join(parts, "; ")
		case auth.Span:
			args[i] = Span(lang, time.Duration(a))
		case time.Duration:
			args[i] = Span(lang, a)
		case auth.Millis:
			args[i] = millis(lang, time.Duration(a))
		case auth.Day:
			args[i] = time.Time(a).Format(layoutOf(lang).date)
		case auth.Clock:
			args[i] = time.Time(a).Format("15:04:05")
		default:
			args[i] = a
		}
	}
	return T(lang, authKey(p.Code), args...)
}

// millis writes a short measured time: "0,3 ms", "120 ms".
func millis(lang Lang, d time.Duration) string {
	if d < 10*time.Millisecond {
		return Decimal(lang, float64(d)/float64(time.Millisecond), 1) + " ms"
	}
	return Number(lang, d.Round(time.Millisecond).Milliseconds()) + " ms"
}

func authKey(c auth.TextCode) Key { return Key("auth." + string(c)) }

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		en, pt = map[Key]string{}, map[Key]string{}
		addCodes(en, pt, authKey, auth.EnglishTexts(), authPtBR())
		return en, pt
	})
}

// authPtBR is the Portuguese of every auth.TextCode, built on first use.
func authPtBR() map[auth.TextCode]string {
	return map[auth.TextCode]string{
		auth.SayTitleProfile:      "Perfil",
		auth.SayTitleReachability: "Conectividade",
		auth.SayTitleDiscovery:    "Discovery",
		auth.SayTitleAuthMethod:   "Método de autenticação",
		auth.SayTitleGrantType:    "Tipo de grant",
		auth.SayTitleScopesSupp:   "Escopos anunciados",
		auth.SayTitleCredentials:  "Credenciais",
		auth.SayTitleScopesGrant:  "Escopos concedidos",
		auth.SayTitleClock:        "Relógio",
		auth.SayTitleSignature:    "Assinatura",
		auth.SayTitleClientKey:    "Chave do cliente",
		auth.SayTitleClientCert:   "Certificado do cliente",

		auth.SayPlainHTTP:     "%s é http puro: o segredo e os tokens atravessam a rede sem criptografia",
		auth.SayNoScopesAsked: "nenhum escopo é pedido: o provedor concede os padrões dele, muitas vezes nenhum",
		auth.SayNoSecret:      "o perfil não tem client_secret",
		auth.SayClient:        "cliente %q, %s, escopos [%s]",

		auth.SayFailed:       "%s: %v",
		auth.SayBadURL:       "URL inválida",
		auth.SayProxy:        "pelo proxy %s: verificações diretas de DNS/TCP/TLS puladas",
		auth.SayDNSFailed:    "a consulta DNS de %s falhou",
		auth.SayDNS:          "DNS %s → %s",
		auth.SayConnect:      "não foi possível conectar a %s",
		auth.SayTCP:          "TCP %s em %s",
		auth.SayTLSFailed:    "o handshake TLS com %s falhou",
		auth.SayTLS:          "TLS %s",
		auth.SayTLSCert:      "TLS %s, certificado para %s emitido por %s, válido até %s",
		auth.SayHintTokenURL: "informe token_url no perfil",

		auth.SayNoIssuer:         "sem issuer: a token URL é usada diretamente",
		auth.SayDiscoveryFailed:  "não foi possível usar o documento de discovery",
		auth.SayNeedsDiscovery:   "depende do documento de discovery",
		auth.SayDiscovered:       "%s: o issuer confere; token_endpoint %s; jwks_uri %s",
		auth.SayNoTokenEndpoint:  "sem token_endpoint",
		auth.SaySupported:        "%s é aceito",
		auth.SayBasicDefault:     "não anunciado; client_secret_basic é o padrão (RFC 8414)",
		auth.SayMethodsUnknown:   "o provedor não anuncia os métodos de autenticação",
		auth.SayMayNotWork:       "%s pode não funcionar",
		auth.SayNotSupported:     "%s não é aceito (aceitos: %s)",
		auth.SayHintAuthMethod:   "defina no perfil um auth_method que o provedor aceite",
		auth.SayGrantsUnknown:    "grant_types_supported não é anunciado (o padrão da RFC 8414 não inclui client_credentials)",
		auth.SayNoScopes:         "nenhum escopo pedido",
		auth.SayScopesUnknown:    "scopes_supported não é anunciado",
		auth.SayScopesAdvertised: "todos os escopos pedidos são anunciados",
		auth.SayScopesHidden:     "não anunciados: %s (provedores podem esconder alguns escopos; um invalid_scope confirmaria)",

		auth.SayNeedsEndpoint: "depende do token endpoint",
		auth.SayCachedToken:   "há um token em cache, obtido há %s, válido por mais %s",
		auth.SayNoNewToken:    "nenhum token novo foi pedido (use --fresh para testar as credenciais agora)",
		auth.SayRequestFailed: "o pedido de token falhou",
		auth.SayCachedValid:   "há um token em cache válido por mais %s",
		auth.SayMeanwhile:     "outro processo obteve um token enquanto isso",
		auth.SayValidFor:      "válido por mais %s",
		auth.SayIssued:        "um token foi emitido em %s, válido por %s",
		auth.SayProof:         "este segredo foi aceito por %s às %s (pedido de token do perfil %q)",
		auth.SayProofShared:   "este segredo foi aceito por %s às %s (pedido de token do perfil %q, mesmas credenciais)",
		auth.SayNotCachedDisk: "não guardado no cache em disco: %v",

		auth.SayNoToken:       "sem token",
		auth.SayGrantedColon:  "concedidos: [%s]",
		auth.SayScopesAssumed: "o provedor não disse quais escopos concedeu (não há scope na resposta nem no token)",
		auth.SayTakenAsAsked:  "considerados os pedidos: [%s]",
		auth.SayAskedGranted:  "pedidos [%s], concedidos [%s]",
		auth.SayMissing:       "faltando: %s",
		auth.SayGranted:       "concedidos [%s]",

		auth.SayDateAgrees:  "o Date do provedor bate com o relógio desta máquina (no segundo)",
		auth.SayDateDiffers: "o Date do provedor difere do relógio desta máquina em %s",
		auth.SaySkewAhead:   "o relógio local está %s adiantado em relação ao do provedor (%s)",
		auth.SaySkewBehind:  "o relógio local está %s atrasado em relação ao do provedor (%s)",
		auth.SayFromDate:    "pelo header Date",
		auth.SayFromIAT:     "pela claim iat",
		auth.SayInTheFuture: "%s: o token diz que foi emitido no futuro",
		auth.SayNoAnswer:    "nenhuma resposta do provedor para comparar",
		auth.SayHintJWKS:    "confira jwks_url / o issuer: o token precisa ser verificável com as chaves publicadas pelo provedor",

		auth.SayKeyUnreadable:       "não foi possível ler a client_key: %v",
		auth.SayKeyCannotSign:       "a client_key não consegue assinar: %v",
		auth.SayKeyThumb:            "chave %s (%s), impressão digital %s",
		auth.SayKid:                 "kid %q",
		auth.SayNoKid:               "sem kid: o provedor precisa tentar cada chave registrada para o cliente, e alguns recusam",
		auth.SayAssertionAud:        "aud da asserção %s",
		auth.SaySecretUnreadable:    "não foi possível ler o segredo do cliente: %v",
		auth.SayHMACSecret:          "segredo HMAC de %d bytes (%s)",
		auth.SayShortSecret:         "%s exige um segredo de %d bytes ou mais (RFC 7518 §3.2); muitos provedores recusam um mais curto",
		auth.SayCertUnreadable:      "não foi possível ler o client_cert: %v",
		auth.SayCertSubject:         "titular %s, emissor %s, SHA-256 %s",
		auth.SaySelfSigned:          "autoassinado",
		auth.SayExpiredOn:           "expirou em %s",
		auth.SayNotValidBefore:      "não é válido antes de %s",
		auth.SayValidUntil:          "válido até %s",
		auth.SayExpiresSoon:         "expira em menos de 30 dias",
		auth.SaySelfSignedTLS:       "um certificado autoassinado com tls_client_auth: o provedor exige uma cadeia até uma CA em que confie (ou use self_signed_tls_client_auth)",
		auth.SayKeyNotCerts:         "a client_key não é a chave privada do client_cert",
		auth.SayHintKeyUnreadable:   "confira client_key: file:CAMINHO (modo 0600), env:, cmd: ou keyring; 'tokentui keys show ARQUIVO' diz o que um arquivo contém",
		auth.SayHintKeyAlg:          "ajuste client_key_alg à chave (RS256/PS256 para RSA, ES256 para EC P-256) ou omita-o",
		auth.SayHintCertExpired:     "peça ao provedor um certificado novo (ou gere um autoassinado) e registre-o para o cliente",
		auth.SayHintCertKey:         "client_key deve ser a chave privada do próprio client_cert",
		auth.SayHintAssertionClient: "o provedor recusou a asserção: confira, nesta ordem, se a chave pública registrada para o cliente é esta (impressão digital acima) e com este kid; o aud que ele espera (enviado: o token endpoint; alguns querem o issuer: defina assertion_audience); o relógio (a asserção vale 60 s a partir do iat)",
		auth.SayHintCertClient:      "o provedor recusou o certificado: confira se é o registrado para o cliente (titular ou impressão digital SHA-256 acima), se não expirou e se o pedido foi ao endpoint mTLS (mtls_endpoint_aliases)",
		auth.SayHintShortSecret:     "use um segredo de 32 bytes ou mais, ou client_secret_basic",

		auth.SayExpFar:          "o exp do JWT (%s) está a mais de %s; considerado %s",
		auth.SayExpPast:         "o exp do JWT (%s) já passou pelo relógio local, que provavelmente está adiantado cerca de %s em relação ao do provedor; vale o expires_in",
		auth.SayExpDiffer:       "expires_in (%s) e o exp do JWT (%s) diferem em %s; vale o que vence primeiro",
		auth.SayExpFromJWT:      "a resposta não tem expires_in (ou não tem um que sirva); validade tirada do exp do JWT",
		auth.SayNoExpiry:        "nem o expires_in nem o token dizem quando ele vence; supondo que ele vale %s",
		auth.SayExpiresInNaN:    "expires_in %q não é um número; ignorado",
		auth.SayExpiresInType:   "expires_in é um %s, não um número; ignorado",
		auth.SayExpiresInNonPos: "expires_in %v não é um número positivo de segundos; ignorado",
		auth.SayExpiresInFar:    "expires_in de %.0f segundos passa de %s; considerado %s",

		auth.SayNoIss:         "o token não tem um \"iss\" http(s) para descobrir as chaves; informe a URL do JWKS (--jwks)",
		auth.SayError:         "%v",
		auth.SayNoKeys:        "não foi possível obter as chaves do provedor: %v",
		auth.SayOpaque:        "um token opaco (não é JWT): só o provedor consegue conferi-lo",
		auth.SayUnsigned:      "o token não é assinado (alg \"none\"); tokens sem assinatura nunca são aceitos",
		auth.SayNoKeyWithKid:  "nenhuma chave com kid %q no JWKS em %s (ele tem %s): o token foi assinado por outra chave ou outro provedor",
		auth.SayAlgNotAllowed: "alg %s não é permitido com esta chave (permitidos: %s); um token cujo alg não combina com o tipo da chave é rejeitado (RFC 8725 §3.1)",
		auth.SaySigMismatch:   "a assinatura não confere com a chave %q: o token foi alterado ou assinado por outra chave",
		auth.SaySigUnchecked:  "não foi possível conferir a assinatura: %v",
		auth.SaySigGoodBut:    "assinatura correta (chave %q, %s), mas %s",
		auth.SayVerified:      "assinatura verificada com a chave %q (%s)",
		auth.SayValidLeeway:   "válido por mais %s (tolerância de %s)",
		auth.SayLeeway:        "(tolerância de %s)",
		auth.SayExpNotNumber:  "o exp dele não é um número",
		auth.SayExpiredAt:     "ele expirou em %s (há %s; %s)",
		auth.SayNotYetValid:   "ele não é válido antes de %s (daqui a %s): o relógio desta máquina está atrasado em relação ao do provedor, ou o token não é para agora",
		auth.SayIssuedFuture:  "ele foi emitido no futuro (iat %s, daqui a %s): o relógio desta máquina está atrasado em relação ao do provedor",
		auth.SayWrongIssuer:   "ele foi emitido por %q, não pelo esperado %q",
		auth.SayWrongAudience: "a audiência dele, %s, não inclui a esperada %q",
		auth.SayNbfAhead:      "o nbf está %s à frente do relógio desta máquina (tolerado até %s)",
		auth.SayNoExp:         "o token não tem exp",
		auth.SayLeewayOf:      "tolerância de %s",
		auth.SayNone:          "nenhuma",
		auth.SayTwo:           "%s %s",

		auth.SayIssuerNotURL:        "%v: o issuer %q não é uma URL absoluta",
		auth.SayIssuerMismatch:      "%v: o documento de discovery em %s indica o issuer %q, não %q como configurado",
		auth.SayDiscoveryFor:        "%v para o issuer %s: %s",
		auth.SayDiscoveryUnread:     "não foi possível ler o documento de discovery em %s: %v",
		auth.SayDiscoveryHTTP:       "%s respondeu HTTP %d",
		auth.SayDiscoveryNotJSON:    "%s não é um documento de discovery em JSON: %v",
		auth.SayDiscoveryNoIss:      "%s não tem o campo \"issuer\"",
		auth.SayNoIssuerDoc:         "%v: não há issuer configurado, então não há documento de discovery",
		auth.SayNoTokenEndpointIn:   "%v: o documento de discovery de %s não tem token_endpoint; defina token_url no perfil",
		auth.SayNoJWKSSource:        "%v: não há jwks_url nem issuer, então o token não pode ser verificado",
		auth.SayNoJWKSURIIn:         "%v: o documento de discovery de %s não tem jwks_uri; defina jwks_url no perfil",
		auth.SayBadTokenResponse:    "%v de %s: %v",
		auth.SayTokenRequestFail:    "o pedido de token para %s falhou: %v",
		auth.SayJWKSBadURL:          "URL de JWKS inválida %q: %v",
		auth.SayJWKSFetch:           "não foi possível buscar o JWKS em %s: %v",
		auth.SayJWKSRead:            "não foi possível ler o JWKS em %s: %v",
		auth.SayJWKSHTTP:            "o JWKS em %s respondeu HTTP %d",
		auth.SayJWKSNotJSON:         "o JWKS em %s não é um JWK Set em JSON: %v",
		auth.SayJWKSNoKey:           "o JWKS em %s não tem chave pública que sirva (%s)",
		auth.SayCacheCreate:         "não foi possível criar o diretório de cache %s: %v",
		auth.SayCacheUse:            "não foi possível usar o diretório de cache %s: %v",
		auth.SayCacheLock:           "não foi possível travar o cache de tokens %s: %v",
		auth.SayNoCert:              "o perfil não tem client_cert",
		auth.SayCertNoPEM:           "%v: o client_cert não contém um CERTIFICATE em PEM",
		auth.SayCertNoParse:         "%v: o certificado do cliente não pôde ser lido: %v",
		auth.SayKeyNotPEMNorJWK:     "%v: não é PEM (-----BEGIN … PRIVATE KEY-----) nem um JWK (JSON)",
		auth.SayKeyPEMNoPrivate:     "%v: o PEM não contém chave privada (um certificado ou uma chave pública sozinhos não assinam)",
		auth.SayKeyEncrypted:        "%v: a chave privada está cifrada com uma frase secreta; decifre-a antes (openssl pkcs8 -in CHAVE -out CLARA.pem) e deixe o resultado em 0600",
		auth.SayKeyBlockNoParse:     "%v: o bloco %s não pôde ser lido: %v",
		auth.SayKeyTypeUnsupported:  "%v: chaves %s não são aceitas (use RSA ou EC)",
		auth.SayKeyJWKNotJSON:       "%v: o JWK não é um JSON válido",
		auth.SayKeyJWKPublic:        "%v: o JWK é uma chave pública (sem \"d\"); é preciso uma chave privada para assinar",
		auth.SayKeyJWKField:         "%v: o %q do JWK falta ou não está em base64url",
		auth.SayKeyJWKExponent:      "%v: o expoente \"e\" do JWK está fora do intervalo",
		auth.SayKeyJWKRSABad:        "%v: os números RSA do JWK não formam uma chave válida",
		auth.SayKeyCurveUnsupported: "%v: a curva %q não é aceita (use P-256, P-384 ou P-521)",
		auth.SayKeyJWKDTooLong:      "%v: o \"d\" do JWK é longo demais para %s",
		auth.SayKeyJWKDInvalid:      "%v: o \"d\" do JWK não é uma chave %s válida",
		auth.SayKeyJWKXYMismatch:    "%v: o \"x\" e o \"y\" do JWK não correspondem ao \"d\" dele",
		auth.SayKeyJWKOct:           "%v: um JWK simétrico (oct) é um segredo compartilhado: use auth_method client_secret_jwt com client_secret",
		auth.SayKeyJWKKty:           "%v: o tipo de chave JWK %q não é aceito (use RSA ou EC)",
		auth.SayKeyAlgShared:        "%v: %s assina com um segredo compartilhado, não com uma chave privada: use auth_method client_secret_jwt",
		auth.SayKeyAlgUnsupported:   "%v: o algoritmo %q não é aceito para private_key_jwt (use RS256, PS256 ou ES256)",
		auth.SayKeyAlgNeedsEC:       "%v: %s exige uma chave EC na curva %s, e esta é uma chave RSA (use RS256 ou PS256 com ela)",
		auth.SayKeyRSATooSmall:      "%v: a chave RSA tem %d bits; os provedores exigem 2048 ou mais",
		auth.SayKeyAlgNeedsRSA:      "%v: %s exige uma chave RSA, e esta é uma chave EC na curva %s (use %s com ela)",
		auth.SayKeyAlgWrongCurve:    "%v: %s exige uma chave na curva %s, e esta está na %s (use %s com ela)",
		auth.SayKeyGenAlg:           "%v: as chaves são geradas para ES256, RS256 ou PS256, não %q",
		auth.SayKeyPublicBad:        "%v: %v",
		auth.SayKeyJWKRSAPublicBad:  "%v: o \"n\" ou o \"e\" do JWK RSA falta ou está malformado",
		auth.SayKeyJWKECPublicBad:   "%v: o \"crv\", o \"x\" ou o \"y\" do JWK EC falta ou não é aceito",
		auth.SayKeyJWKPointTooLong:  "%v: o ponto do JWK EC é longo demais para %s",
		auth.SayKeyJWKPointOff:      "%v: o ponto do JWK EC não está na curva %s",
		auth.SayKeyHoldsNone:        "%v: não contém chave: nem PEM (-----BEGIN … KEY----- ou CERTIFICATE) nem um JWK (JSON)",
		auth.SayMalformedJWT:        "JWT malformado: %v",
		auth.SayMalformedPart:       "JWT malformado: %v %v",
		auth.SayMalformedPartErr:    "JWT malformado: %v %v (%v)",
		auth.SayPartHeader:          "o header",
		auth.SayPartPayload:         "o payload",
		auth.SayPartSignature:       "a assinatura",
		auth.SayTokenEmpty:          "o token está vazio",
		auth.SayExpectedParts:       "esperava 3 partes separadas por pontos, veio %d",
		auth.SayExpectedPartsJWE:    "esperava 3 partes separadas por pontos, veio %d (parece um JWE criptografado, que não pode ser decodificado sem a chave)",
		auth.SayExpectedPartsOpaque: "esperava 3 partes separadas por pontos, veio %d (um token opaco, não um JWT)",
		auth.SayTokenTooLong:        "ele tem %d bytes, mais que os %d que um token pode ter (1 MiB)",
		auth.SayNotB64:              "não está em base64url",
		auth.SayNotJSON:             "não é JSON",
		auth.SayNotObject:           "não é um objeto JSON",
		auth.SayPartEmpty:           "está vazio",
		auth.SayTooDeep:             "tem mais de %d níveis de aninhamento",
		auth.SayDataAfter:           "há dados depois do objeto",

		auth.SayCfgNoClientID:     "%v: o client_id está vazio",
		auth.SayCfgNoEndpoint:     "%v: defina o issuer (para a discovery) ou a token_url",
		auth.SayCfgNotHTTP:        "%v: %s %q não é uma URL http(s)",
		auth.SayCfgBadMethod:      "%v: o auth_method %q não é suportado (use %s, %s, %s, %s, %s ou %s)",
		auth.SayCfgReservedParam:  "%v: os params não podem definir %q; quem o define é o próprio perfil",
		auth.SayCfgNeedsKey:       "%v: o auth_method private_key_jwt precisa de client_key, a chave privada que assina a asserção",
		auth.SayCfgKeyAlg:         "%v: o client_key_alg %q não é suportado no private_key_jwt (use RS256, PS256 ou ES256)",
		auth.SayCfgNotHMAC:        "%v: o client_key_alg %q não é um algoritmo HMAC; o client_secret_jwt assina com HS256, HS384 ou HS512",
		auth.SayCfgNeedsCert:      "%v: o auth_method %s precisa de client_cert, o certificado apresentado no TLS",
		auth.SayCfgCertUnused:     "%v: o client_cert está definido, mas o auth_method é %s, que não o usa",
		auth.SayCfgKeyUnused:      "%v: o client_key está definido, mas o auth_method é %s, que não o usa",
		auth.SayNoClientKey:       "o perfil não tem client_key",
		auth.SaySecretEmpty:       "o segredo do cliente está vazio",
		auth.SayKeyCannotSignCfg:  "%v: o client_key não consegue assinar: %v",
		auth.SayMethodNoAssertion: "%v: o auth_method %s não assina asserções",
		auth.SayAlgNotSupported:   "%v: o algoritmo %q não é suportado",
		auth.SayAssertionSignFail: "%v: a assinatura da asserção do cliente falhou: %v",

		auth.SayChallengeBad:        "%v: %v",
		auth.SayChallengeNone:       "%v: nenhum desafio em %q",
		auth.SayChallengeUnquoted:   "texto entre aspas sem fechamento no byte %d",
		auth.SayChallengeScheme:     "esperava um esquema de autenticação no byte %d, veio %q",
		auth.SayChallengeUnexpected: "%q inesperado no byte %d",
		auth.SayChallengeComma:      "esperava ',' depois do parâmetro %q no byte %d",

		auth.SayCacheNotRegular: "%s não é um arquivo comum (%s)",
		auth.SayCacheFileTooBig: "%s tem %d bytes, mais que os %d que um arquivo de cache pode ter",
		auth.SayFingerprintKey:  "não foi possível ler nem criar a chave de impressão digital em %s",

		auth.SayKeyNamesTaken:     "%v: %s já tem de %s.pem a %s-%d.pem",
		auth.SayTokenTooBigHeader: "%v de %s: o access_token tem %d bytes, mais que os %d que um header comporta",
		auth.SayTokenBadChar:      "%v de %s: o access_token tem um espaço ou um caractere de controle, então não pode ir num header",
		auth.SayTooManyRedirects:  "parou depois de 10 redirecionamentos",
	}
}
