package i18n

// Keys of `tokentui code` and of the TUI's Code view.
const (
	CodeShort            Key = "CodeShort"            // Print a runnable client program for the profile in a language
	CodeLong             Key = "CodeLong"             // Print a small, complete program that gets the profile's token…
	CodeFlagRequest      Key = "CodeFlagRequest"      // the request the program makes: a saved request's name, a path or a URL
	CodeFlagCalls        Key = "CodeFlagCalls"        // how many times the program calls the API (each call reuses the token)
	CodeNoLanguage       Key = "CodeNoLanguage"       // say which language to write the program in
	CodeUnknownLanguage  Key = "CodeUnknownLanguage"  // %q is not a language tokentui writes programs in
	CodeLanguagesHint    Key = "CodeLanguagesHint"    // the languages are: %s (for example: tokentui code go)
	CodeNoRequest        Key = "CodeNoRequest"        // profile %q has no api_base_url and no saved request, so the program has nothing to call
	CodeNoRequestHint    Key = "CodeNoRequestHint"    // pass --request with a full URL, or set api_base_url in the profile
	CodeNoEndpoint       Key = "CodeNoEndpoint"       // profile %q has neither an issuer nor a token_url
	CodeNoEndpointHint   Key = "CodeNoEndpointHint"   // set issuer (or token_url) in the profile: tokentui profiles show %s
	CodeBadRequest       Key = "CodeBadRequest"       // cannot use --request %q: %v
	CodeWrote            Key = "CodeWrote"            // tokentui: a %s program for profile %q: save it as %s; it reads the secret from $%s
	CodeWroteShell       Key = "CodeWroteShell"       // tokentui: a %s program for profile %q: save it as %s; tokentui token gets the secret
	CodeTitle            Key = "CodeTitle"            // Code for %s
	CodeKeyNextLang      Key = "CodeKeyNextLang"      // next language
	CodeKeyPrevLang      Key = "CodeKeyPrevLang"      // previous language
	CodeKeyCopy          Key = "CodeKeyCopy"          // copy the program
	CodeKeyClose         Key = "CodeKeyClose"         // close
	CodeKeyOpen          Key = "CodeKeyOpen"          // code
	CodeWhat             Key = "CodeWhat"             // %s program
	CodeSecretNote       Key = "CodeSecretNote"       // the secret is read from $%s, never written in the code
	CodeSecretNoteShell  Key = "CodeSecretNoteShell"  // tokentui token reads the secret from the profile
	CodeError            Key = "CodeError"            // no program: %s
	CodeErrNoRequestText Key = "CodeErrNoRequestText" // the profile has no API URL to call
	CodeErrNoEndpoint    Key = "CodeErrNoEndpoint"    // the profile has neither an issuer nor a token URL
)

func init() {
	register(map[Key]string{
		CodeShort: "Print a runnable client program for the profile in a language",
		CodeLong: `Print a small, complete program that gets the profile's token with the
well-known OAuth2 library of its language, reuses it until shortly before it
expires, and calls one request of the profile's API with it.

Languages: go (golang.org/x/oauth2), python (Authlib + requests), node
(openid-client), java (Spring Security), csharp (Duende.IdentityModel),
shell (curl + tokentui token) and curl (curl + jq with a token file).

The client id, token endpoint (or issuer), scopes, auth method and extra
parameters come from the profile. The secret never appears: the program reads
it from an environment variable it names. Comments are in the language of
--lang; code identifiers are English.`,
		CodeFlagRequest:      "the request the program makes: a saved request's name, a path or a URL",
		CodeFlagCalls:        "how many times the program calls the API (each call reuses the token)",
		CodeNoLanguage:       "say which language to write the program in",
		CodeUnknownLanguage:  "%q is not a language tokentui writes programs in",
		CodeLanguagesHint:    "the languages are: %s (for example: tokentui code go)",
		CodeNoRequest:        "profile %q has no api_base_url and no saved request, so the program has nothing to call",
		CodeNoRequestHint:    "pass --request with a full URL, or set api_base_url in the profile",
		CodeNoEndpoint:       "profile %q has neither an issuer nor a token_url",
		CodeNoEndpointHint:   "set issuer (or token_url) in the profile: tokentui profiles show %s",
		CodeBadRequest:       "cannot use --request %q: %v",
		CodeWrote:            "tokentui: a %s program for profile %q: save it as %s; it reads the secret from $%s",
		CodeWroteShell:       "tokentui: a %s program for profile %q: save it as %s; tokentui token gets the secret",
		CodeTitle:            "Code for %s",
		CodeKeyNextLang:      "next language",
		CodeKeyPrevLang:      "previous language",
		CodeKeyCopy:          "copy the program",
		CodeKeyClose:         "close",
		CodeKeyOpen:          "code",
		CodeWhat:             "%s program",
		CodeSecretNote:       "the secret is read from $%s, never written in the code",
		CodeSecretNoteShell:  "tokentui token reads the secret from the profile",
		CodeError:            "no program: %s",
		CodeErrNoRequestText: "the profile has no API URL to call",
		CodeErrNoEndpoint:    "the profile has neither an issuer nor a token URL",
	}, map[Key]string{
		CodeShort: "Mostra um programa cliente executável para o perfil numa linguagem",
		CodeLong: `Mostra um programa pequeno e completo que obtém o token do perfil com a
biblioteca OAuth2 conhecida da sua linguagem, reutiliza-o até pouco antes de
expirar e chama com ele um pedido da API do perfil.

Linguagens: go (golang.org/x/oauth2), python (Authlib + requests), node
(openid-client), java (Spring Security), csharp (Duende.IdentityModel),
shell (curl + tokentui token) e curl (curl + jq com um arquivo de token).

O client id, o endpoint de token (ou o emissor), os escopos, o método de
autenticação e os parâmetros extras vêm do perfil. O segredo nunca aparece: o
programa o lê de uma variável de ambiente que ele indica. Os comentários ficam
na língua de --lang; os identificadores do código, em inglês.`,
		CodeFlagRequest:      "o pedido que o programa faz: o nome de um pedido salvo, um caminho ou uma URL",
		CodeFlagCalls:        "quantas vezes o programa chama a API (cada chamada reutiliza o token)",
		CodeNoLanguage:       "diga em que linguagem escrever o programa",
		CodeUnknownLanguage:  "%q não é uma linguagem em que o tokentui escreve programas",
		CodeLanguagesHint:    "as linguagens são: %s (por exemplo: tokentui code go)",
		CodeNoRequest:        "o perfil %q não tem api_base_url nem pedido salvo, então o programa não tem o que chamar",
		CodeNoRequestHint:    "passe --request com uma URL completa, ou defina api_base_url no perfil",
		CodeNoEndpoint:       "o perfil %q não tem emissor (issuer) nem token_url",
		CodeNoEndpointHint:   "defina issuer (ou token_url) no perfil: tokentui profiles show %s",
		CodeBadRequest:       "não dá para usar --request %q: %v",
		CodeWrote:            "tokentui: um programa %s para o perfil %q: salve como %s; ele lê o segredo de $%s",
		CodeWroteShell:       "tokentui: um programa %s para o perfil %q: salve como %s; o tokentui token obtém o segredo",
		CodeTitle:            "Código para %s",
		CodeKeyNextLang:      "próxima linguagem",
		CodeKeyPrevLang:      "linguagem anterior",
		CodeKeyCopy:          "copiar o programa",
		CodeKeyClose:         "fechar",
		CodeKeyOpen:          "código",
		CodeWhat:             "programa %s",
		CodeSecretNote:       "o segredo é lido de $%s, nunca escrito no código",
		CodeSecretNoteShell:  "o tokentui token lê o segredo pelo perfil",
		CodeError:            "sem programa: %s",
		CodeErrNoRequestText: "o perfil não tem URL de API para chamar",
		CodeErrNoEndpoint:    "o perfil não tem emissor nem URL de token",
	})
}
