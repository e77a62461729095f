package i18n

// Keys of the bounds on input: the request body of `call -d` and of the
// TUI's body editor (--max-body), and the token given to `decode`.
const (
	FlagMaxBody          Key = "FlagMaxBody"          // the largest request body sent (-d, the body editor), e.g. 100M or 1GiB
	FlagMaxBodyBad       Key = "FlagMaxBodyBad"       // %q is not a size such as 100M or 1GiB
	CallBodyTooLarge     Key = "CallBodyTooLarge"     // the body of -d %s is %sover the %s limit
	CallBodySize         Key = "CallBodySize"         // %s,
	CallBodyTooLargeHint Key = "CallBodyTooLargeHint" // --max-body SIZE raises the limit (e.g. --max-body 1GiB) …
	CallSpoolError       Key = "CallSpoolError"       // cannot keep a copy of the body in the temporary directory: %v
	RequestHintTooLarge  Key = "RequestHintTooLarge"  // start tokentui with --max-body SIZE for a larger body, or send it with curl -d @FILE
	DecodeTooLarge       Key = "DecodeTooLarge"       // the token is %sover the %s a token can be
	DecodeTooLargeHint   Key = "DecodeTooLargeHint"   // a JWT is a few kilobytes; check that what you pass is one token
)

func init() {
	register(map[Key]string{
		FlagMaxBody:          "the largest request body sent (-d, the TUI's body editor), e.g. 100M or 1GiB",
		FlagMaxBodyBad:       "%q is not a size such as 100M or 1GiB",
		CallBodyTooLarge:     "the body of -d %s is %sover the %s limit",
		CallBodySize:         "%s, ",
		CallBodyTooLargeHint: "--max-body SIZE raises the limit (e.g. --max-body 1GiB); check that -d names the file you mean",
		CallSpoolError:       "cannot keep a copy of the body in the temporary directory: %v",
		RequestHintTooLarge:  "start tokentui with --max-body SIZE for a larger body, or send it with tokentui call -d @FILE",
		DecodeTooLarge:       "the token is %sover the %s a token can be",
		DecodeTooLargeHint:   "a JWT is a few kilobytes; check that what you pass is one token",
	}, map[Key]string{
		FlagMaxBody:          "o maior corpo de requisição enviado (-d, o editor de corpo da TUI), por exemplo 100M ou 1GiB",
		FlagMaxBodyBad:       "%q não é um tamanho como 100M ou 1GiB",
		CallBodyTooLarge:     "o corpo de -d %s tem %smais que o limite de %s",
		CallBodySize:         "%s, ",
		CallBodyTooLargeHint: "--max-body TAMANHO aumenta o limite (por exemplo --max-body 1GiB); confira se -d aponta o arquivo que você quer",
		CallSpoolError:       "não foi possível guardar uma cópia do corpo no diretório temporário: %v",
		RequestHintTooLarge:  "abra o tokentui com --max-body TAMANHO para um corpo maior, ou mande-o com tokentui call -d @ARQUIVO",
		DecodeTooLarge:       "o token tem %smais que os %s que um token pode ter",
		DecodeTooLargeHint:   "um JWT tem alguns kilobytes; confira se o que você passou é um único token",
	})
}
