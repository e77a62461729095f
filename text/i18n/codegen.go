package i18n

import "tokentui/codegen"

// The comments of the programs `tokentui code` writes, by codegen's keys:
// the English is codegen's own (codegen.EnglishComments), the Portuguese
// below; CodeComments gives them to codegen.Input.Comments.

// CodeComments are the comments of generated programs in lang, by key;
// nil in English (codegen's own).
func CodeComments(lang Lang) map[string]string {
	if lang == En {
		return nil
	}
	out := map[string]string{}
	for k := range codegen.EnglishComments() {
		out[k] = Format(lang, commentKey(k))
	}
	return out
}

func commentKey(k string) Key { return Key("codegen." + k) }

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		en, pt = map[Key]string{}, map[Key]string{}
		for k, f := range codegen.EnglishComments() {
			en[commentKey(k)] = f
		}
		for k, f := range commentsPtBR() {
			pt[commentKey(k)] = f
		}
		return en, pt
	})
}

// commentsPtBR are the comments in Brazilian Portuguese, built on first use.
func commentsPtBR() map[string]string {
	return map[string]string{
		"intro":        "Obtém um token OAuth2 client credentials, reutiliza-o até pouco\nantes de expirar e chama a API com ele.\nEscrito pelo tokentui para o perfil %s.",
		"run":          "Como executar:",
		"values":       "Valores do perfil. O segredo do cliente não está aqui: ele é lido\nda variável de ambiente indicada abaixo.",
		"calls":        "Quantas vezes a API é chamada: todas as chamadas reutilizam o mesmo token.",
		"margin":       "Renova o token esta quantidade de segundos antes de expirar, para\nque ele nunca expire no meio de uma chamada.",
		"secret":       "O segredo do cliente vem do ambiente, nunca do código.",
		"noSecret":     "defina %s com o segredo do cliente",
		"discovery":    "Passo 1 - descoberta: o emissor informa onde fica o endpoint de token.",
		"tokenURL":     "Passo 1 - o endpoint de token, do perfil.",
		"tokenRequest": "Passo 2 - o pedido de token: POST grant_type=client_credentials e\nos escopos no endpoint de token, autenticado como o cliente.",
		"basic":        "client_secret_basic: id e segredo num cabeçalho HTTP Basic (cada um\ncodificado como formulário antes, RFC 6749 2.3.1). Definido de forma\nexplícita, nunca adivinhado: adivinhar envia um segundo pedido de\ntoken sempre que o primeiro falha.",
		"post":         "client_secret_post: id e segredo no corpo do formulário. Definido de\nforma explícita, nunca adivinhado: adivinhar envia um segundo pedido\nde token sempre que o primeiro falha.",
		"params":       "Campos extras do pedido de token, do perfil.",
		"insecure":     "http:// é permitido só porque o provedor deste perfil o usa, como\no sandbox local; provedores reais são sempre https.",
		"call":         "Passo 3 - a chamada à API, com o token em Authorization: Bearer.",
		"blocked":      "Nunca peça um token por chamada: um token vive cerca de uma hora e\num cliente que pede demais é bloqueado pelo provedor.",
		"reuseGo":      "A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI: Config.Client usa um\nReuseTokenSource. A primeira chamada pede um token; as seguintes o\nreutilizam até 10 s antes de expirar, e só então um novo é pedido.",
		"reuseCache":   "A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI: o token é guardado com sua\nexpiração e devolvido enquanto tiver mais vida que a margem de\nrenovação; só então um novo é pedido.",
		"reuseJava":    "A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI: authorize() devolve o token\nguardado no OAuth2AuthorizedClientService enquanto ele tiver mais que\no clock skew (60 s) de vida, e só pede ao provedor quando não há\nnenhum ou ele está para expirar.",
		"reuseShell":   "A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI: tokentui token imprime o token\nem cache enquanto ele é válido (compartilhado por todos os processos\ndesta máquina, com trava) e só pede ao provedor quando não há nenhum\nou ele está para expirar. O tokentui lê o segredo pela referência do\nperfil.",
		"singleFlight": "Um pedido de token por vez: chamadas que chegam enquanto um token\nestá sendo obtido esperam por esse mesmo token.",
		"tokenFile":    "O token e sua expiração ficam neste arquivo (modo 0600), comum a\ntodas as execuções deste script.",
		"urlencode":    "Codifica um valor como formulário (RFC 6749 2.3.1 e apêndice B).",
		"basicRFC":     "O Authlib antes da 1.3 não codifica o id e o segredo no cabeçalho\nBasic; esta função codifica, como pede a RFC 6749 2.3.1.",
		"deps":         "Dependências:",
		"failed":       "a API respondeu %s",
	}
}
