package i18n

// Keys of `tokentui call`.
const (
	CallShort            Key = "CallShort"            // Send an authenticated request to the profile's API and print the body
	CallLong             Key = "CallLong"             // Send a request with the profile's token and print the response body…
	CallOneTarget        Key = "CallOneTarget"        // call needs exactly one URL or PATH, got %d
	CallOneTargetHint    Key = "CallOneTargetHint"    // for example: tokentui call me, or tokentui call https://api.example/v1/me
	CallFlagMethod       Key = "CallFlagMethod"       // HTTP method (default GET, or POST with -d)
	CallFlagHeader       Key = "CallFlagHeader"       // request header 'Name: value' (repeatable)
	CallFlagData         Key = "CallFlagData"         // request body: DATA, @FILE, or @- for stdin
	CallFlagInclude      Key = "CallFlagInclude"      // print the status line and headers before the body
	CallFlagFail         Key = "CallFlagFail"         // exit 1 when the status is 400 or above
	CallFlagRetry        Key = "CallFlagRetry"        // on 401 invalid_token, renew the token once and retry once
	CallWriteBody        Key = "CallWriteBody"        // writing the body: %w
	CallAnswered         Key = "CallAnswered"         // the API answered %s
	CallFailHint         Key = "CallFailHint"         // drop --fail to exit 0 on any answer; -i shows the response headers
	CallBadHeader        Key = "CallBadHeader"        // bad -H %q: %v
	CallBadHeaderHint    Key = "CallBadHeaderHint"    // write headers as -H 'Name: value'
	CallOwnAuthHint      Key = "CallOwnAuthHint"      // tokentui sends the profile's token itself; to send a token of your own use curl: %s
	CallFlagsHint        Key = "CallFlagsHint"        // run 'tokentui call --help' for the flags
	CallStdinError       Key = "CallStdinError"       // cannot read the body from stdin: %v
	CallFileError        Key = "CallFileError"        // cannot read the body from %s: %v
	CallFileHint         Key = "CallFileHint"         // -d @FILE reads FILE; to send a body starting with @, pipe it: %s
	CallNoBaseHint       Key = "CallNoBaseHint"       // give a full URL (https://…), or set api_base_url in profile %q (tokentui profiles show %s)
	CallPathHint         Key = "CallPathHint"         // give a path under the profile's api_base_url or a full http(s) URL
	CallRemoveAuthHint   Key = "CallRemoveAuthHint"   // remove Authorization from the headers of profile %q
	CallCheckProfileHint Key = "CallCheckProfileHint" // check profile %q (tokentui profiles show %s)
	CallInterrupted      Key = "CallInterrupted"      // the request was interrupted
	CallAPIAnswered      Key = "CallAPIAnswered"      // tokentui: the API answered %s: %s
	CallServerSays       Key = "CallServerSays"       // the server says: %s
	CallRenewed          Key = "CallRenewed"          // tokentui: the first answer was 401 invalid_token; …
	CallRenewFailed      Key = "CallRenewFailed"      // tokentui: the token was refused and renewing it failed: %s
	CallHistoryWarn      Key = "CallHistoryWarn"      // tokentui: warning: the request was not added to the history: %v
)

func init() {
	register(map[Key]string{
		CallShort: "Send an authenticated request to the profile's API and print the body",
		CallLong: `Send a request with the profile's token and print the response body on stdout.

A PATH is appended to the profile's api_base_url; a full http(s) URL is used as
it is. The token is the cached one while it is valid (see 'tokentui token') and
is attached by tokentui as "Authorization: Bearer …": an Authorization header of
your own is refused. The token goes only to the profile's API, the origin
(scheme, host, port) of api_base_url and of the profile's token_hosts: a request
elsewhere goes without it, with a note on stderr, unless --token-to-any-host.
The profile's default headers are sent too; -H replaces one of the same name.
With -d the method defaults to POST, and a body that is JSON gets
"Content-Type: application/json" unless you set one. A body over --max-body
(100 MiB) is refused; a large one is streamed, never held in memory.

When stdout is a terminal, escape and control sequences in the body are removed
so a hostile server cannot drive your terminal; when it is a pipe or a file the
body is written byte for byte. A 401 or 403 is explained on stderr. Every
request is added to the history ($XDG_STATE_HOME/tokentui/history.jsonl),
without the token.

Exit status: 0 for any answer (1 for HTTP 400 and above with --fail),
1 when the request could not be made or answered, 2 for bad usage.`,
		CallOneTarget:        "call needs exactly one URL or PATH, got %d",
		CallOneTargetHint:    "for example: tokentui call me, or tokentui call https://api.example/v1/me",
		CallFlagMethod:       "HTTP method (default GET, or POST with -d)",
		CallFlagHeader:       "request header 'Name: value' (repeatable)",
		CallFlagData:         "request body: DATA, @FILE, or @- for stdin",
		CallFlagInclude:      "print the status line and headers before the body",
		CallFlagFail:         "exit 1 when the status is 400 or above",
		CallFlagRetry:        "on 401 invalid_token, renew the token once and retry once",
		CallWriteBody:        "writing the body: %w",
		CallAnswered:         "the API answered %s",
		CallFailHint:         "drop --fail to exit 0 on any answer; -i shows the response headers",
		CallBadHeader:        "bad -H %q: %v",
		CallBadHeaderHint:    "write headers as -H 'Name: value'",
		CallOwnAuthHint:      "tokentui sends the profile's token itself; to send a token of your own use curl: %s",
		CallFlagsHint:        "run 'tokentui call --help' for the flags",
		CallStdinError:       "cannot read the body from stdin: %v",
		CallFileError:        "cannot read the body from %s: %v",
		CallFileHint:         "-d @FILE reads FILE; to send a body starting with @, pipe it: %s",
		CallNoBaseHint:       "give a full URL (https://…), or set api_base_url in profile %q (tokentui profiles show %s)",
		CallPathHint:         "give a path under the profile's api_base_url or a full http(s) URL",
		CallRemoveAuthHint:   "remove Authorization from the headers of profile %q",
		CallCheckProfileHint: "check profile %q (tokentui profiles show %s)",
		CallInterrupted:      "the request was interrupted",
		CallAPIAnswered:      "tokentui: the API answered %s: %s",
		CallServerSays:       "  the server says: %s",
		CallRenewed:          "tokentui: the first answer was 401 invalid_token; the token was renewed once and the request sent once more.",
		CallRenewFailed:      "tokentui: the token was refused and renewing it failed: %s",
		CallHistoryWarn:      "tokentui: warning: the request was not added to the history: %v",
	}, map[Key]string{
		CallShort: "Envia uma requisição autenticada para a API do perfil e mostra o corpo",
		CallLong: `Envia uma requisição com o token do perfil e mostra o corpo da resposta na
saída padrão.

Um PATH é acrescentado ao api_base_url do perfil; uma URL http(s) completa é
usada como está. O token é o do cache enquanto for válido (veja 'tokentui
token') e o próprio tokentui o anexa como "Authorization: Bearer …": um header
Authorization seu é recusado. O token vai só para a API do perfil, a origem
(esquema, host, porta) do api_base_url e dos token_hosts do perfil: uma
requisição para outro lugar vai sem ele, com uma nota na saída de erro, a menos
que haja --token-to-any-host. Os headers padrão do perfil também vão; -H
substitui um de mesmo nome. Com -d o método passa a ser POST, e um corpo em JSON
ganha "Content-Type: application/json", a menos que você informe um. Um corpo
acima de --max-body (100 MiB) é recusado; um corpo grande é enviado aos poucos,
nunca guardado inteiro na memória.

Quando a saída padrão é um terminal, sequências de escape e de controle do corpo
são removidas, para que um servidor hostil não controle o seu terminal; num pipe
ou num arquivo o corpo é gravado byte a byte. Um 401 ou 403 é explicado na
saída de erro. Toda requisição vai para o histórico
($XDG_STATE_HOME/tokentui/history.jsonl), sem o token.

Status de saída: 0 para qualquer resposta (1 para HTTP 400 ou mais com --fail),
1 quando a requisição não pôde ser feita ou respondida, 2 para uso incorreto.`,
		CallOneTarget:        "o call precisa de exatamente uma URL ou um PATH, recebeu %d",
		CallOneTargetHint:    "por exemplo: tokentui call me, ou tokentui call https://api.example/v1/me",
		CallFlagMethod:       "método HTTP (padrão GET, ou POST com -d)",
		CallFlagHeader:       "header da requisição 'Nome: valor' (pode repetir)",
		CallFlagData:         "corpo da requisição: DADOS, @ARQUIVO, ou @- para a entrada padrão",
		CallFlagInclude:      "mostra a linha de status e os headers antes do corpo",
		CallFlagFail:         "sai com 1 quando o status for 400 ou mais",
		CallFlagRetry:        "num 401 invalid_token, renova o token uma vez e tenta de novo uma vez",
		CallWriteBody:        "ao gravar o corpo: %w",
		CallAnswered:         "a API respondeu %s",
		CallFailHint:         "tire o --fail para sair com 0 em qualquer resposta; -i mostra os headers da resposta",
		CallBadHeader:        "-H %q inválido: %v",
		CallBadHeaderHint:    "escreva os headers como -H 'Nome: valor'",
		CallOwnAuthHint:      "o tokentui envia o token do perfil por conta própria; para mandar um token seu, use o curl: %s",
		CallFlagsHint:        "rode 'tokentui call --help' para ver as opções",
		CallStdinError:       "não foi possível ler o corpo da entrada padrão: %v",
		CallFileError:        "não foi possível ler o corpo de %s: %v",
		CallFileHint:         "-d @ARQUIVO lê o ARQUIVO; para mandar um corpo que começa com @, use um pipe: %s",
		CallNoBaseHint:       "informe uma URL completa (https://…), ou defina api_base_url no perfil %q (tokentui profiles show %s)",
		CallPathHint:         "informe um caminho sob o api_base_url do perfil ou uma URL http(s) completa",
		CallRemoveAuthHint:   "tire o Authorization dos headers do perfil %q",
		CallCheckProfileHint: "confira o perfil %q (tokentui profiles show %s)",
		CallInterrupted:      "a requisição foi interrompida",
		CallAPIAnswered:      "tokentui: a API respondeu %s: %s",
		CallServerSays:       "  o servidor diz: %s",
		CallRenewed:          "tokentui: a primeira resposta foi 401 invalid_token; o token foi renovado uma vez e a requisição enviada mais uma vez.",
		CallRenewFailed:      "tokentui: o token foi recusado e a renovação falhou: %s",
		CallHistoryWarn:      "tokentui: atenção: a requisição não foi registrada no histórico: %v",
	})
}
