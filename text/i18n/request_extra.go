package i18n

// Keys of the Request tab's copy-as-curl and retry-once actions.
const (
	RequestKeyCurl     Key = "RequestKeyCurl"     // copy as curl
	RequestKeyRetry    Key = "RequestKeyRetry"    // retry once on invalid_token (renewing the token; short for the 80-column help)
	RequestRetryOn     Key = "RequestRetryOn"     // a 401 invalid_token renews the token once and resends once
	RequestRetryOff    Key = "RequestRetryOff"    // a 401 invalid_token is shown as it is (R: renew and retry once)
	RequestRetryBadge  Key = "RequestRetryBadge"  // retry once on invalid_token
	RequestWhatCurl    Key = "RequestWhatCurl"    // curl command
	RequestCurlBadSpec Key = "RequestCurlBadSpec" // nothing to copy: %s
)

func init() {
	register(map[Key]string{
		RequestKeyCurl:     "copy as curl",
		RequestKeyRetry:    "retry once on invalid_token",
		RequestRetryOn:     "a 401 invalid_token now renews the token once and resends once",
		RequestRetryOff:    "a 401 invalid_token is now shown as it is (R: renew and retry once)",
		RequestRetryBadge:  "retry once on invalid_token",
		RequestWhatCurl:    "curl command",
		RequestCurlBadSpec: "nothing to copy: %s",
	}, map[Key]string{
		RequestKeyCurl:     "copiar como curl",
		RequestKeyRetry:    "repetir 1× em invalid_token",
		RequestRetryOn:     "um 401 invalid_token agora renova o token uma vez e reenvia uma vez",
		RequestRetryOff:    "um 401 invalid_token agora é mostrado como veio (R: renovar e repetir uma vez)",
		RequestRetryBadge:  "repete uma vez em invalid_token",
		RequestWhatCurl:    "comando curl",
		RequestCurlBadSpec: "nada a copiar: %s",
	})
}
