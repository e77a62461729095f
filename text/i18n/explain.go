package i18n

import (
	"maps"
	"strings"

	"tokentui/auth"
)

// The explanations of failures (what most likely happened and what to
// try), keyed by auth.Code: the English is auth's own (auth.Explain,
// auth.Explanations), the Portuguese below.

// Explain is auth.Explain in lang.
func Explain(lang Lang, err error) auth.Explanation { return explained(lang, auth.Explain(err)) }

// ExplainCode is auth.ExplainCode in lang.
func ExplainCode(lang Lang, c auth.Code) auth.Explanation {
	return explained(lang, auth.ExplainCode(c))
}

// ExplainChallenge is auth.ExplainChallenge in lang.
func ExplainChallenge(lang Lang, ch auth.Challenge) auth.Explanation {
	e := explained(lang, auth.ExplainChallenge(ch))
	if lang != En && len(ch.Scope) > 0 {
		e.Detail = ch.ErrorDescription
		if e.Detail != "" {
			e.Detail += "; "
		}
		e.Detail += T(lang, ExplainRequiredScope, strings.Join(ch.Scope, " "))
	}
	return e
}

// ExplainRequiredScope is the scope an API's challenge asks for.
const ExplainRequiredScope Key = "ExplainRequiredScope" // required scope: %s

// explained writes e's cause and hint in lang, by its reason or else its
// code (a code without an explanation reads as CodeUnknown's, as in auth).
func explained(lang Lang, e auth.Explanation) auth.Explanation {
	if lang == En || e.Code == "" {
		return e
	}
	c := e.Code
	if e.Reason != "" {
		c = e.Reason
	}
	if _, ok := auth.Explanations()[c]; !ok {
		c = auth.CodeUnknown
	}
	e.Cause = T(lang, causeKey(c))
	if e.Hint != "" {
		e.Hint = T(lang, hintKey(c))
	}
	return e
}

func causeKey(c auth.Code) Key { return Key("explain.cause." + string(c)) }
func hintKey(c auth.Code) Key  { return Key("explain.hint." + string(c)) }

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		en = map[Key]string{ExplainRequiredScope: "required scope: %s"}
		pt = map[Key]string{ExplainRequiredScope: "escopo exigido: %s"}
		for c, t := range auth.Explanations() {
			en[causeKey(c)] = t.Cause
			if t.Hint != "" {
				en[hintKey(c)] = t.Hint
			}
		}
		for c, t := range explanationsPtBR() {
			pt[causeKey(c)] = t.Cause
			if t.Hint != "" {
				pt[hintKey(c)] = t.Hint
			}
		}
		return en, pt
	})
}

// explanationsPtBR holds every cause and hint in Brazilian Portuguese,
// the reasons of the client's auth method among them, built on first use.
func explanationsPtBR() map[auth.Code]auth.Text {
	m := map[auth.Code]auth.Text{
		auth.CodeInvalidRequest: {
			Cause: "O provedor diz que o pedido de token está malformado: falta um campo obrigatório, algum campo foi repetido ou tem valor inválido.",
			Hint:  "Confira os params extras e os escopos do perfil atrás de erros de digitação; rode 'tokentui diagnose' para ver o pedido exato (com o segredo mascarado).",
		},
		auth.CodeInvalidClient: {
			Cause: "O provedor não aceitou as credenciais do cliente: o client id não existe, o segredo está errado ou expirou, ou o método de autenticação não bate com o cadastro do cliente.",
			Hint:  "Confira o client_id e o segredo (as chaves de homologação e de produção são diferentes); tente o outro auth_method (client_secret_basic / client_secret_post); não tente de novo em loop: o provedor bloqueia clientes que falham repetidamente.",
		},
		auth.CodeInvalidGrant: {
			Cause: "O provedor recusou o próprio grant; no client credentials isso costuma querer dizer que o cliente está desativado ou que o grant dele foi revogado.",
			Hint:  "Pergunte aos administradores do provedor se o cliente está ativo e autorizado a usar client_credentials.",
		},
		auth.CodeUnauthorizedClient: {
			Cause: "O cliente existe, mas não tem permissão para usar o grant client_credentials (ou esses escopos).",
			Hint:  "Peça aos administradores do provedor que habilitem client_credentials para este cliente.",
		},
		auth.CodeUnsupportedGrantType: {
			Cause: "O token endpoint não aceita o grant client_credentials.",
			Hint:  "Confira a token URL (é o provedor certo?) e o grant_types_supported no documento de discovery dele.",
		},
		auth.CodeInvalidScope: {
			Cause: "Algum escopo pedido não existe no provedor ou não foi liberado para este cliente.",
			Hint:  "Compare os escopos do perfil com os liberados para o cliente (os nomes de escopo são por API, por exemplo api-organograma); tire o escopo do perfil ou peça que ele seja liberado.",
		},
		auth.CodeOtherOAuthError: {
			Cause: "O provedor respondeu com um código de erro fora da lista padrão do OAuth2.",
			Hint:  "Leia a descrição do erro enviada pelo provedor, abaixo; ela é a melhor pista.",
		},
		auth.CodeRateLimited: {
			Cause: "O provedor está limitando este cliente (HTTP 429): ele pediu tokens demais e foi bloqueado temporariamente.",
			Hint:  "Espere até o horário indicado e reutilize o token em cache enquanto isso; nunca peça um token por chamada à API.",
		},
		auth.CodeGuardRefused: {
			Cause: "O tokentui se recusou a pedir outro token: renovações forçadas demais no último minuto. Pedir tokens demais faz o cliente ser bloqueado automaticamente pelo provedor, e o desbloqueio pode demorar.",
			Hint:  "Use o token em cache, que continua sendo reutilizado automaticamente, ou espere um minuto antes de forçar de novo.",
		},
		auth.CodeServerError: {
			Cause: "O token endpoint falhou do lado dele (HTTP 5xx).",
			Hint:  "Tente de novo mais tarde; se continuar, avise o provedor informando o horário da falha.",
		},
		auth.CodeHTTPError: {
			Cause: "O token endpoint respondeu com um erro HTTP sem código de erro OAuth2: a URL pode não ser de um token endpoint, ou quem respondeu foi um proxy.",
			Hint:  "Confira a token URL (ou o issuer usado na discovery) e qualquer proxy no caminho.",
		},
		auth.CodeInvalidResponse: {
			Cause: "O token endpoint respondeu com sucesso, mas sem um access token utilizável.",
			Hint:  "Confira se a token URL é mesmo o token endpoint do provedor, e não uma página de login ou um proxy.",
		},
		auth.CodeInvalidToken: {
			Cause: "A API recusou o access token: ele expirou, foi revogado, está malformado ou foi emitido para outra audiência ou por outro emissor.",
			Hint:  "Decodifique com 'tokentui decode --verify' para conferir exp, aud e iss; peça um token novo só se ele expirou de fato.",
		},
		auth.CodeInsufficientScope: {
			Cause: "O token é válido, mas não tem o escopo que esta operação da API exige.",
			Hint:  "Acrescente o escopo exigido ao perfil (o provedor também precisa liberá-lo para o cliente) e depois renove o token.",
		},
		auth.CodeBearerRequest: {
			Cause: "A API diz que a requisição está malformada (invalid_request da RFC 6750); por exemplo, o token foi enviado duas vezes ou no lugar errado.",
			Hint:  "Envie o token uma única vez, no header Authorization: Bearer.",
		},
		auth.CodeNoToken: {
			Cause: "A API exige autenticação e nenhum token válido foi apresentado.",
			Hint:  "Envie o token no header Authorization: Bearer.",
		},
		auth.CodeDNS: {
			Cause: "Não foi possível resolver o nome do host do provedor (DNS).",
			Hint:  "Confira se há erro de digitação na URL, a sua rede ou VPN, e se o host só é visível numa rede interna.",
		},
		auth.CodeConnectionRefused: {
			Cause: "Nada está escutando no endereço e na porta do provedor (conexão recusada).",
			Hint:  "Confira a porta e o esquema da URL; no caso do sandbox, veja se o 'tokentui sandbox' está rodando.",
		},
		auth.CodeTLSUnknownAuthority: {
			Cause: "O certificado TLS do provedor foi assinado por uma autoridade em que esta máquina não confia (comum atrás de proxies corporativos ou com CAs internas).",
			Hint:  "Aponte o ca_file do perfil para o certificado da CA (PEM), ou instale a CA no repositório do sistema.",
		},
		auth.CodeTLSHostname: {
			Cause: "O certificado TLS do provedor não vale para o nome de host da URL.",
			Hint:  "Use o nome de host para o qual o certificado foi emitido; veja se há um proxy interceptando o TLS.",
		},
		auth.CodeTLSInvalid: {
			Cause: "A conexão TLS falhou: o certificado expirou ou é inválido, ou o servidor não fala TLS nesta porta.",
			Hint:  "Confira o esquema (https ou http) e a porta da URL, e o relógio da máquina.",
		},
		auth.CodeTimeout: {
			Cause: "O provedor não respondeu a tempo.",
			Hint:  "Confira a sua rede, VPN ou proxy; tente de novo daqui a pouco.",
		},
		auth.CodeCanceled: {
			Cause: "A operação foi cancelada antes de terminar.",
			Hint:  "Rode de novo quando quiser.",
		},
		auth.CodeNetwork: {
			Cause: "Um erro de rede impediu a troca com o provedor.",
			Hint:  "Confira a URL, a sua rede, VPN ou proxy.",
		},
		auth.CodeClockSkew: {
			Cause: "O relógio desta máquina está diferente do relógio do provedor; os tokens podem parecer expirados ou ainda não válidos.",
			Hint:  "Sincronize o relógio (por exemplo timedatectl set-ntp true, ou w32tm /resync).",
		},
		auth.CodeIATFuture: {
			Cause: "O token diz que foi emitido no futuro: o relógio desta máquina está atrasado em relação ao do provedor.",
			Hint:  "Sincronize o relógio (por exemplo timedatectl set-ntp true, ou w32tm /resync).",
		},
		auth.CodeDiscovery: {
			Cause: "Não foi possível ler o documento de discovery do provedor (/.well-known/openid-configuration).",
			Hint:  "Confira a URL do issuer (no IdentityServer ela costuma terminar em /is ou parecido), ou informe token_url e jwks_url explicitamente no perfil.",
		},
		auth.CodeIssuerMismatch: {
			Cause: "O documento de discovery é de um emissor diferente do configurado; usá-lo poderia mandar o segredo para a parte errada.",
			Hint:  "Defina o issuer do perfil exatamente com o valor de 'issuer' do documento de discovery do provedor.",
		},
		auth.CodeMalformed: {
			Cause: "O texto não é um JWT bem formado (três partes em base64url separadas por pontos, as duas primeiras em JSON).",
			Hint:  "Confira se o token foi copiado inteiro, sem aspas nem quebras de linha; tokens opacos não podem ser decodificados.",
		},
		auth.CodeConfig: {
			Cause: "O perfil está incompleto ou inconsistente.",
			Hint:  "Rode 'tokentui profiles show NOME' e corrija o campo indicado na mensagem.",
		},
		auth.CodeNoSecret: {
			Cause: "Não foi possível obter o segredo do cliente a partir da referência de segredo do perfil.",
			Hint:  "Confira o client_secret do perfil: env:VAR exige a variável definida, file:PATH um arquivo legível, keyring uma entrada no chaveiro do sistema.",
		},
		auth.CodeUnknown: {
			Cause: "Aconteceu um erro inesperado.",
			Hint:  "Rode 'tokentui diagnose' para uma verificação passo a passo.",
		},
	}
	maps.Copy(m, clientAuthPtBR())
	return m
}
