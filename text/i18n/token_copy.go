package i18n

// Keys of the Token tab's copy actions.
const (
	TokenKeyCopy       Key = "TokenKeyCopy"       // copy token
	TokenKeyCopyCurl   Key = "TokenKeyCopyCurl"   // copy as curl
	TokenWhatToken     Key = "TokenWhatToken"     // access token
	TokenWhatCurl      Key = "TokenWhatCurl"      // curl command
	TokenCurlInlineWhy Key = "TokenCurlInlineWhy" // the demo sandbox lives inside this app, so the curl command carries the token itself
)

func init() {
	register(map[Key]string{
		TokenKeyCopy:       "copy token",
		TokenKeyCopyCurl:   "copy as curl",
		TokenWhatToken:     "access token",
		TokenWhatCurl:      "curl command",
		TokenCurlInlineWhy: "the demo sandbox lives inside this app, so the curl command carries the token itself",
	}, map[Key]string{
		TokenKeyCopy:       "copiar token",
		TokenKeyCopyCurl:   "copiar como curl",
		TokenWhatToken:     "token de acesso",
		TokenWhatCurl:      "comando curl",
		TokenCurlInlineWhy: "o sandbox da demonstração vive dentro deste app, então o comando curl leva o próprio token",
	})
}
