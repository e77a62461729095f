package i18n

// Keys of where the token may go: the profile's API origins (api_base_url
// and token_hosts), in `call`, the Request tab, its Headers view and the Flow.
const (
	CallFlagTokenAnyHost   Key = "CallFlagTokenAnyHost"   // send the profile's token even to a host that is not its API
	CallTokenWithheld      Key = "CallTokenWithheld"      // note: %s is not the API of profile %q: the request goes without the token (…)
	CallTokenDropped       Key = "CallTokenDropped"       // note: the request was redirected to %s, which got it without the token
	RequestTokenWithheld   Key = "RequestTokenWithheld"   // %s is not this profile's API: the request goes without the token · T sends it with the token
	RequestTokenConfirm    Key = "RequestTokenConfirm"    // Send the profile's token to %s, which is not its API? … y: send · any other key: no
	RequestTokenNotAsked   Key = "RequestTokenNotAsked"   // %s is this profile's API: the token goes there anyway
	RequestTokenConfirmNo  Key = "RequestTokenConfirmNo"  // not sent: the token stays with the profile's API
	RequestKeyTokenAny     Key = "RequestKeyTokenAny"     // send with the token to another host (asks first)
	ResponseBearerWithheld Key = "ResponseBearerWithheld" // not sent: %s is not the profile's API
	ResponseBearerDropped  Key = "ResponseBearerDropped"  // not sent: the redirect left the profile's API, the token stayed behind
)

func init() {
	register(map[Key]string{
		CallFlagTokenAnyHost:   "send the profile's token even to a host that is not its API (api_base_url, token_hosts)",
		CallTokenWithheld:      "note: %s is not the API of profile %q, so the request goes without the token (--token-to-any-host sends it; token_hosts in the profile allows a host for good)",
		CallTokenDropped:       "note: the request was redirected to %s, which got it without the token",
		RequestTokenWithheld:   "%s is not this profile's API: the request goes without the token · T sends it with the token",
		RequestTokenConfirm:    "Send the profile's token to %s, which is not its API? Whoever runs it could use the token until it expires. y: send it · any other key: no",
		RequestTokenNotAsked:   "%s is this profile's API: the token goes there anyway",
		RequestTokenConfirmNo:  "not sent: the token stays with the profile's API",
		RequestKeyTokenAny:     "token to another host",
		ResponseBearerWithheld: "not sent: %s is not the profile's API",
		ResponseBearerDropped:  "not sent: the redirect left the profile's API and the token stayed behind",
	}, map[Key]string{
		CallFlagTokenAnyHost:   "manda o token do perfil mesmo para um host que não é a API dele (api_base_url, token_hosts)",
		CallTokenWithheld:      "nota: %s não é a API do perfil %q, então a requisição vai sem o token (--token-to-any-host o manda; token_hosts no perfil libera um host de vez)",
		CallTokenDropped:       "nota: a requisição foi redirecionada para %s, que a recebeu sem o token",
		RequestTokenWithheld:   "%s não é a API deste perfil: a requisição vai sem o token · T a manda com o token",
		RequestTokenConfirm:    "Mandar o token do perfil para %s, que não é a API dele? Quem opera esse host poderia usar o token até ele expirar. y: mandar · outra tecla: não",
		RequestTokenNotAsked:   "%s é a API deste perfil: o token já vai para lá",
		RequestTokenConfirmNo:  "não enviada: o token fica com a API do perfil",
		RequestKeyTokenAny:     "token p/ outro host",
		ResponseBearerWithheld: "não enviado: %s não é a API do perfil",
		ResponseBearerDropped:  "não enviado: o redirecionamento saiu da API do perfil e o token ficou para trás",
	})
}
