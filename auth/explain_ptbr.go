package auth

// The explanations in Brazilian Portuguese, registered in Languages under
// "pt-BR". Every Code of english has its entry here (a test checks it).

func init() { Languages[LangPtBR] = portuguese }

// LangPtBR is the tag of the Brazilian Portuguese explanations.
const LangPtBR = "pt-BR"

// portuguese holds every cause and hint in Brazilian Portuguese.
var portuguese = map[Code]Text{
	CodeInvalidRequest: {
		Cause: "O provedor diz que o pedido de token está malformado: falta um campo obrigatório, algum campo foi repetido ou tem valor inválido.",
		Hint:  "Confira os params extras e os escopos do perfil atrás de erros de digitação; rode 'tokentui diagnose' para ver o pedido exato (com o segredo mascarado).",
	},
	CodeInvalidClient: {
		Cause: "O provedor não aceitou as credenciais do cliente: o client id não existe, o segredo está errado ou expirou, ou o método de autenticação não bate com o cadastro do cliente.",
		Hint:  "Confira o client_id e o segredo (as chaves de homologação e de produção são diferentes); tente o outro auth_method (client_secret_basic / client_secret_post); não tente de novo em loop: o provedor bloqueia clientes que falham repetidamente.",
	},
	CodeInvalidGrant: {
		Cause: "O provedor recusou o próprio grant; no client credentials isso costuma querer dizer que o cliente está desativado ou que o grant dele foi revogado.",
		Hint:  "Pergunte aos administradores do provedor se o cliente está ativo e autorizado a usar client_credentials.",
	},
	CodeUnauthorizedClient: {
		Cause: "O cliente existe, mas não tem permissão para usar o grant client_credentials (ou esses escopos).",
		Hint:  "Peça aos administradores do provedor que habilitem client_credentials para este cliente.",
	},
	CodeUnsupportedGrantType: {
		Cause: "O token endpoint não aceita o grant client_credentials.",
		Hint:  "Confira a token URL (é o provedor certo?) e o grant_types_supported no documento de discovery dele.",
	},
	CodeInvalidScope: {
		Cause: "Algum escopo pedido não existe no provedor ou não foi liberado para este cliente.",
		Hint:  "Compare os escopos do perfil com os liberados para o cliente (os nomes de escopo são por API, por exemplo api-organograma); tire o escopo do perfil ou peça que ele seja liberado.",
	},
	CodeOtherOAuthError: {
		Cause: "O provedor respondeu com um código de erro fora da lista padrão do OAuth2.",
		Hint:  "Leia a descrição do erro enviada pelo provedor, abaixo; ela é a melhor pista.",
	},
	CodeRateLimited: {
		Cause: "O provedor está limitando este cliente (HTTP 429): ele pediu tokens demais e foi bloqueado temporariamente.",
		Hint:  "Espere até o horário indicado e reutilize o token em cache enquanto isso; nunca peça um token por chamada à API.",
	},
	CodeGuardRefused: {
		Cause: "O tokentui se recusou a pedir outro token: renovações forçadas demais no último minuto. Pedir tokens demais faz o cliente ser bloqueado automaticamente pelo provedor, e o desbloqueio pode demorar.",
		Hint:  "Use o token em cache, que continua sendo reutilizado automaticamente, ou espere um minuto antes de forçar de novo.",
	},
	CodeServerError: {
		Cause: "O token endpoint falhou do lado dele (HTTP 5xx).",
		Hint:  "Tente de novo mais tarde; se continuar, avise o provedor informando o horário da falha.",
	},
	CodeHTTPError: {
		Cause: "O token endpoint respondeu com um erro HTTP sem código de erro OAuth2: a URL pode não ser de um token endpoint, ou quem respondeu foi um proxy.",
		Hint:  "Confira a token URL (ou o issuer usado na discovery) e qualquer proxy no caminho.",
	},
	CodeInvalidResponse: {
		Cause: "O token endpoint respondeu com sucesso, mas sem um access token utilizável.",
		Hint:  "Confira se a token URL é mesmo o token endpoint do provedor, e não uma página de login ou um proxy.",
	},
	CodeInvalidToken: {
		Cause: "A API recusou o access token: ele expirou, foi revogado, está malformado ou foi emitido para outra audiência ou por outro emissor.",
		Hint:  "Decodifique com 'tokentui decode --verify' para conferir exp, aud e iss; peça um token novo só se ele expirou de fato.",
	},
	CodeInsufficientScope: {
		Cause: "O token é válido, mas não tem o escopo que esta operação da API exige.",
		Hint:  "Acrescente o escopo exigido ao perfil (o provedor também precisa liberá-lo para o cliente) e depois renove o token.",
	},
	CodeBearerRequest: {
		Cause: "A API diz que a requisição está malformada (invalid_request da RFC 6750); por exemplo, o token foi enviado duas vezes ou no lugar errado.",
		Hint:  "Envie o token uma única vez, no header Authorization: Bearer.",
	},
	CodeNoToken: {
		Cause: "A API exige autenticação e nenhum token válido foi apresentado.",
		Hint:  "Envie o token no header Authorization: Bearer.",
	},
	CodeDNS: {
		Cause: "Não foi possível resolver o nome do host do provedor (DNS).",
		Hint:  "Confira se há erro de digitação na URL, a sua rede ou VPN, e se o host só é visível numa rede interna.",
	},
	CodeConnectionRefused: {
		Cause: "Nada está escutando no endereço e na porta do provedor (conexão recusada).",
		Hint:  "Confira a porta e o esquema da URL; no caso do sandbox, veja se o 'tokentui sandbox' está rodando.",
	},
	CodeTLSUnknownAuthority: {
		Cause: "O certificado TLS do provedor foi assinado por uma autoridade em que esta máquina não confia (comum atrás de proxies corporativos ou com CAs internas).",
		Hint:  "Aponte o ca_file do perfil para o certificado da CA (PEM), ou instale a CA no repositório do sistema.",
	},
	CodeTLSHostname: {
		Cause: "O certificado TLS do provedor não vale para o nome de host da URL.",
		Hint:  "Use o nome de host para o qual o certificado foi emitido; veja se há um proxy interceptando o TLS.",
	},
	CodeTLSInvalid: {
		Cause: "A conexão TLS falhou: o certificado expirou ou é inválido, ou o servidor não fala TLS nesta porta.",
		Hint:  "Confira o esquema (https ou http) e a porta da URL, e o relógio da máquina.",
	},
	CodeTimeout: {
		Cause: "O provedor não respondeu a tempo.",
		Hint:  "Confira a sua rede, VPN ou proxy; tente de novo daqui a pouco.",
	},
	CodeCanceled: {
		Cause: "A operação foi cancelada antes de terminar.",
		Hint:  "Rode de novo quando quiser.",
	},
	CodeNetwork: {
		Cause: "Um erro de rede impediu a troca com o provedor.",
		Hint:  "Confira a URL, a sua rede, VPN ou proxy.",
	},
	CodeClockSkew: {
		Cause: "O relógio desta máquina está diferente do relógio do provedor; os tokens podem parecer expirados ou ainda não válidos.",
		Hint:  "Sincronize o relógio (por exemplo timedatectl set-ntp true, ou w32tm /resync).",
	},
	CodeIATFuture: {
		Cause: "O token diz que foi emitido no futuro: o relógio desta máquina está atrasado em relação ao do provedor.",
		Hint:  "Sincronize o relógio (por exemplo timedatectl set-ntp true, ou w32tm /resync).",
	},
	CodeDiscovery: {
		Cause: "Não foi possível ler o documento de discovery do provedor (/.well-known/openid-configuration).",
		Hint:  "Confira a URL do issuer (no IdentityServer ela costuma terminar em /is ou parecido), ou informe token_url e jwks_url explicitamente no perfil.",
	},
	CodeIssuerMismatch: {
		Cause: "O documento de discovery é de um emissor diferente do configurado; usá-lo poderia mandar o segredo para a parte errada.",
		Hint:  "Defina o issuer do perfil exatamente com o valor de 'issuer' do documento de discovery do provedor.",
	},
	CodeMalformed: {
		Cause: "O texto não é um JWT bem formado (três partes em base64url separadas por pontos, as duas primeiras em JSON).",
		Hint:  "Confira se o token foi copiado inteiro, sem aspas nem quebras de linha; tokens opacos não podem ser decodificados.",
	},
	CodeConfig: {
		Cause: "O perfil está incompleto ou inconsistente.",
		Hint:  "Rode 'tokentui profiles show NOME' e corrija o campo indicado na mensagem.",
	},
	CodeNoSecret: {
		Cause: "Não foi possível obter o segredo do cliente a partir da referência de segredo do perfil.",
		Hint:  "Confira o client_secret do perfil: env:VAR exige a variável definida, file:PATH um arquivo legível, keyring uma entrada no chaveiro do sistema.",
	},
	CodeUnknown: {
		Cause: "Aconteceu um erro inesperado.",
		Hint:  "Rode 'tokentui diagnose' para uma verificação passo a passo.",
	},
}

// ExplainChallengeIn is ExplainChallenge in a language of Languages,
// falling back to English.
func ExplainChallengeIn(lang string, ch Challenge) Explanation {
	e := ExplainChallenge(ch)
	t := ExplainCodeIn(lang, e.Code)
	e.Cause, e.Hint = t.Cause, t.Hint
	if lang == LangPtBR && len(ch.Scope) > 0 {
		e.Detail = ch.ErrorDescription
		if e.Detail != "" {
			e.Detail += "; "
		}
		e.Detail += "escopo exigido: " + joinSpace(ch.Scope)
	}
	return e
}
