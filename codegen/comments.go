package codegen

import "fmt"

// comments are the texts of the programs' comments, by key, in English
// and Brazilian Portuguese. They explain the OAuth2 steps; "\n" breaks a
// comment into lines. Only fmt arguments made safe by the templates (a
// number, a name through safe) go into them, never a profile's value.
var comments = map[string][2]string{
	"intro": {
		"Gets an OAuth2 client-credentials token, reuses it until shortly\nbefore it expires, and calls the API with it.\nWritten by tokentui for the profile %s.",
		"Obtém um token OAuth2 client credentials, reutiliza-o até pouco\nantes de expirar e chama a API com ele.\nEscrito pelo tokentui para o perfil %s.",
	},
	"run": {"How to run it:", "Como executar:"},
	"values": {
		"Values from the profile. The client secret is not here: it is read\nfrom the environment variable named below.",
		"Valores do perfil. O segredo do cliente não está aqui: ele é lido\nda variável de ambiente indicada abaixo.",
	},
	"calls": {
		"How many times the API is called: every call reuses the same token.",
		"Quantas vezes a API é chamada: todas as chamadas reutilizam o mesmo token.",
	},
	"margin": {
		"Renew the token this many seconds before it expires, so it never\nexpires in the middle of a call.",
		"Renova o token esta quantidade de segundos antes de expirar, para\nque ele nunca expire no meio de uma chamada.",
	},
	"secret": {
		"The client secret comes from the environment, never from the code.",
		"O segredo do cliente vem do ambiente, nunca do código.",
	},
	"noSecret": {"set %s to the client secret", "defina %s com o segredo do cliente"},
	"discovery": {
		"Step 1 - discovery: the issuer says where its token endpoint is.",
		"Passo 1 - descoberta: o emissor informa onde fica o endpoint de token.",
	},
	"tokenURL": {
		"Step 1 - the token endpoint, from the profile.",
		"Passo 1 - o endpoint de token, do perfil.",
	},
	"tokenRequest": {
		"Step 2 - the token request: POST grant_type=client_credentials and\nthe scopes to the token endpoint, authenticated as the client.",
		"Passo 2 - o pedido de token: POST grant_type=client_credentials e\nos escopos no endpoint de token, autenticado como o cliente.",
	},
	"basic": {
		"client_secret_basic: id and secret in an HTTP Basic header (each\nform-encoded first, RFC 6749 2.3.1). Set explicitly, never guessed:\nguessing sends a second token request whenever the first one fails.",
		"client_secret_basic: id e segredo num cabeçalho HTTP Basic (cada um\ncodificado como formulário antes, RFC 6749 2.3.1). Definido de forma\nexplícita, nunca adivinhado: adivinhar envia um segundo pedido de\ntoken sempre que o primeiro falha.",
	},
	"post": {
		"client_secret_post: id and secret in the form body. Set explicitly,\nnever guessed: guessing sends a second token request whenever the\nfirst one fails.",
		"client_secret_post: id e segredo no corpo do formulário. Definido de\nforma explícita, nunca adivinhado: adivinhar envia um segundo pedido\nde token sempre que o primeiro falha.",
	},
	"params": {
		"Extra fields of the token request, from the profile.",
		"Campos extras do pedido de token, do perfil.",
	},
	"insecure": {
		"http:// is allowed only because this profile's provider uses it,\nas the local sandbox does; real providers are always https.",
		"http:// é permitido só porque o provedor deste perfil o usa, como\no sandbox local; provedores reais são sempre https.",
	},
	"call": {
		"Step 3 - the API call, with the token in Authorization: Bearer.",
		"Passo 3 - a chamada à API, com o token em Authorization: Bearer.",
	},
	"blocked": {
		"Never ask for a token per call: a token lives about an hour and a\nclient that asks too often is blocked by the provider.",
		"Nunca peça um token por chamada: um token vive cerca de uma hora e\num cliente que pede demais é bloqueado pelo provedor.",
	},
	"reuseGo": {
		"TOKEN REUSE HAPPENS HERE: Config.Client wraps a ReuseTokenSource. The\nfirst call asks for a token; the next ones reuse it until 10 s before\nit expires, and only then is a new one requested.",
		"A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI: Config.Client usa um\nReuseTokenSource. A primeira chamada pede um token; as seguintes o\nreutilizam até 10 s antes de expirar, e só então um novo é pedido.",
	},
	"reuseCache": {
		"TOKEN REUSE HAPPENS HERE: the token is kept with its expiry and\nreturned as long as it has more than the renewal margin left; only\nthen is a new one requested.",
		"A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI: o token é guardado com sua\nexpiração e devolvido enquanto tiver mais vida que a margem de\nrenovação; só então um novo é pedido.",
	},
	"reuseJava": {
		"TOKEN REUSE HAPPENS HERE: authorize() returns the token kept in the\nOAuth2AuthorizedClientService while it has more than the clock skew\n(60 s) left, and asks the provider only when there is none or it is\nabout to expire.",
		"A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI: authorize() devolve o token\nguardado no OAuth2AuthorizedClientService enquanto ele tiver mais que\no clock skew (60 s) de vida, e só pede ao provedor quando não há\nnenhum ou ele está para expirar.",
	},
	"reuseShell": {
		"TOKEN REUSE HAPPENS HERE: tokentui token prints the cached token while\nit is valid (shared by every process on this machine, under a lock)\nand asks the provider only when there is none or it is about to\nexpire. tokentui reads the secret from the profile's reference.",
		"A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI: tokentui token imprime o token\nem cache enquanto ele é válido (compartilhado por todos os processos\ndesta máquina, com trava) e só pede ao provedor quando não há nenhum\nou ele está para expirar. O tokentui lê o segredo pela referência do\nperfil.",
	},
	"singleFlight": {
		"One token request at a time: calls that arrive while a token is\nbeing fetched wait for that same token.",
		"Um pedido de token por vez: chamadas que chegam enquanto um token\nestá sendo obtido esperam por esse mesmo token.",
	},
	"tokenFile": {
		"The token and its expiry live in this file (mode 0600), shared by\nevery run of this script.",
		"O token e sua expiração ficam neste arquivo (modo 0600), comum a\ntodas as execuções deste script.",
	},
	"urlencode": {
		"Form-encodes a value (RFC 6749 2.3.1 and appendix B).",
		"Codifica um valor como formulário (RFC 6749 2.3.1 e apêndice B).",
	},
	"basicRFC": {
		"Authlib before 1.3 does not form-encode the id and secret in the\nBasic header; this does, as RFC 6749 2.3.1 asks.",
		"O Authlib antes da 1.3 não codifica o id e o segredo no cabeçalho\nBasic; esta função codifica, como pede a RFC 6749 2.3.1.",
	},
	"deps":   {"Dependencies:", "Dependências:"},
	"failed": {"the API answered %s", "a API respondeu %s"},
}

// comment is the text of key in lang ("pt-BR", "pt…", else English).
func comment(lang, key string, args ...any) (string, error) {
	texts, ok := comments[key]
	if !ok {
		return "", fmt.Errorf("codegen: no comment %q", key)
	}
	text := texts[0]
	if isPortuguese(lang) {
		text = texts[1]
	}
	if len(args) > 0 {
		text = fmt.Sprintf(text, args...)
	}
	return text, nil
}

func isPortuguese(lang string) bool {
	return len(lang) >= 2 && (lang[:2] == "pt" || lang[:2] == "PT")
}
