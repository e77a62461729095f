package i18n

// Keys of the History tab's "copy as curl" (C): the key, what the copy
// says when the command reads the token from a variable, and why an entry
// that lacks part of its request is not copied.
const (
	HistoryKeyCurl        Key = "HistoryKeyCurl"        // copy as curl
	HistoryCurlTokenVar   Key = "HistoryCurlTokenVar"   // It reads the token from $%s: set it first (c on the Token tab copies the token).
	HistoryCurlRefused    Key = "HistoryCurlRefused"    // Not copied as curl: %s, so the command would not send the same request. Enter reopens it in the Request tab, where you can add what is missing.
	HistoryCurlBodyFile   Key = "HistoryCurlBodyFile"   // its body was sent from a file, which the history does not keep
	HistoryCurlBodyBinary Key = "HistoryCurlBodyBinary" // its body was binary, which the history does not keep
	HistoryCurlBodySecret Key = "HistoryCurlBodySecret" // its body looked like it held a secret, so the history left it out
	HistoryCurlBodyCut    Key = "HistoryCurlBodyCut"    // the history kept only the first 64 KiB of its body
	HistoryCurlHeaderOne  Key = "HistoryCurlHeaderOne"  // its header %s looked secret, so the history left it out
	HistoryCurlHeaderMany Key = "HistoryCurlHeaderMany" // its headers %s looked secret, so the history left them out
	HistoryCurlURLSecret  Key = "HistoryCurlURLSecret"  // a secret of its URL was left out of the history
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				HistoryKeyCurl:        "copy as curl",
				HistoryCurlTokenVar:   "It reads the token from $%s: set it first (c on the Token tab copies the token).",
				HistoryCurlRefused:    "Not copied as curl: %s, so the command would not send the same request. Enter reopens it in the Request tab, where you can add what is missing.",
				HistoryCurlBodyFile:   "its body was sent from a file, which the history does not keep",
				HistoryCurlBodyBinary: "its body was binary, which the history does not keep",
				HistoryCurlBodySecret: "its body looked like it held a secret, so the history left it out",
				HistoryCurlBodyCut:    "the history kept only the first 64 KiB of its body",
				HistoryCurlHeaderOne:  "its header %s looked secret, so the history left it out",
				HistoryCurlHeaderMany: "its headers %s looked secret, so the history left them out",
				HistoryCurlURLSecret:  "a secret of its URL was left out of the history",
			}, map[Key]string{
				HistoryKeyCurl:        "copiar como curl",
				HistoryCurlTokenVar:   "Ele lê o token de $%s: defina a variável antes (c na aba Token copia o token).",
				HistoryCurlRefused:    "Não copiado como curl: %s, então o comando não mandaria a mesma requisição. Enter a reabre na aba Requisição, onde dá para completar o que falta.",
				HistoryCurlBodyFile:   "o corpo foi enviado de um arquivo, que o histórico não guarda",
				HistoryCurlBodyBinary: "o corpo era binário, e o histórico não guarda corpos binários",
				HistoryCurlBodySecret: "o corpo parecia conter um segredo, e o histórico o deixou de fora",
				HistoryCurlBodyCut:    "o histórico guardou só os primeiros 64 KiB do corpo",
				HistoryCurlHeaderOne:  "o cabeçalho %s parecia secreto, e o histórico o deixou de fora",
				HistoryCurlHeaderMany: "os cabeçalhos %s pareciam secretos, e o histórico os deixou de fora",
				HistoryCurlURLSecret:  "um segredo da URL ficou fora do histórico",
			}
	})
}
