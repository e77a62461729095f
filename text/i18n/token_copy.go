package i18n

// Keys of the Token tab's copy actions.
const (
	TokenKeyCopy     Key = "TokenKeyCopy"     // copy token
	TokenKeyCopyCurl Key = "TokenKeyCopyCurl" // copy as curl
	TokenWhatToken   Key = "TokenWhatToken"   // access token
	TokenWhatCurl    Key = "TokenWhatCurl"    // curl command
)

func init() {
	register(map[Key]string{
		TokenKeyCopy:     "copy token",
		TokenKeyCopyCurl: "copy as curl",
		TokenWhatToken:   "access token",
		TokenWhatCurl:    "curl command",
	}, map[Key]string{
		TokenKeyCopy:     "copiar token",
		TokenKeyCopyCurl: "copiar como curl",
		TokenWhatToken:   "token de acesso",
		TokenWhatCurl:    "comando curl",
	})
}
