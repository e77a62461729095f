package i18n

// claimKeys says what the registered JWT claims (RFC 7519, RFC 9068),
// OpenID Connect's, IdentityServer's, Okta's and Entra ID's mean, for the
// Token tab and `tokentui decode`.
var claimKeys = map[string]Key{
	"iss": ClaimIss, "sub": ClaimSub, "aud": ClaimAud, "exp": ClaimExp, "nbf": ClaimNbf, "iat": ClaimIat,
	"jti": ClaimJti, "scope": ClaimScope, "scp": ClaimScp, "client_id": ClaimClientID, "azp": ClaimAzp,
	"client_name": ClaimClientName, "auth_time": ClaimAuthTime, "idp": ClaimIdp, "amr": ClaimAmr,
	"sid": ClaimSid, "cnf": ClaimCnf, "role": ClaimRole, "name": ClaimName, "email": ClaimEmail,
	"ext": ClaimExt, "cid": ClaimCid, "appid": ClaimAppID, "roles": ClaimRoles, "tid": ClaimTid,
	"oid": ClaimOid, "idtyp": ClaimIdtyp, "ver": ClaimVer, "uid": ClaimUID,
}

// headerKeys says what the JOSE header fields (RFC 7515) mean.
var headerKeys = map[string]Key{
	"alg": HeaderAlg, "typ": HeaderTyp, "kid": HeaderKid, "x5t": HeaderX5t, "x5t#S256": HeaderX5tS256,
	"cty": HeaderCty, "jku": HeaderJku, "x5u": HeaderX5u, "crit": HeaderCrit,
}

// clientIDClaims are the claims naming the client a token was issued to,
// by provider: RFC 9068 and IdentityServer, Okta, Entra ID v1, OIDC/Entra v2.
var clientIDClaims = []string{"client_id", "cid", "appid", "azp"}

// ClaimMeaning says in a few words what a JWT claim means, in lang; "" for
// a claim it does not know.
func ClaimMeaning(lang Lang, name string) string {
	if k, ok := claimKeys[name]; ok {
		return T(lang, k)
	}
	return ""
}

// ClaimMeaningIn is ClaimMeaning for a claim of claims, saying what its
// value means there: a sub equal to the client id is the client itself,
// an empty aud names no API.
func ClaimMeaningIn(lang Lang, name string, claims map[string]any) string {
	switch name {
	case "sub":
		if sub, ok := claims["sub"].(string); ok && sub != "" {
			for _, c := range clientIDClaims {
				if id, ok := claims[c].(string); ok && id == sub {
					return T(lang, ClaimSubClient, c)
				}
			}
		}
	case "aud":
		if empty(claims["aud"]) {
			return T(lang, ClaimAudEmpty)
		}
	}
	return ClaimMeaning(lang, name)
}

// HeaderMeaning says what a JOSE header field means, in lang; "" when unknown.
func HeaderMeaning(lang Lang, name string) string {
	if k, ok := headerKeys[name]; ok {
		return T(lang, k)
	}
	return ""
}

// HeaderMeaningIn is HeaderMeaning for a field of header, saying what its
// value means: typ "JWT" is not RFC 9068's "at+jwt".
func HeaderMeaningIn(lang Lang, name string, header map[string]any) string {
	if name == "typ" {
		switch typ, _ := header["typ"].(string); typ {
		case "at+jwt", "application/at+jwt", "at+JWT":
			return T(lang, HeaderTyp)
		case "JWT", "jwt":
			return T(lang, HeaderTypJWT)
		default:
			return T(lang, HeaderTypOther)
		}
	}
	return HeaderMeaning(lang, name)
}

func empty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case []any:
		for _, e := range v {
			if s, ok := e.(string); !ok || s != "" {
				return false
			}
		}
		return true
	}
	return false
}

// Keys of the claims explained for real providers.
const (
	ClaimScp       Key = "ClaimScp"       // scopes (scp: Okta's and Entra ID's name for scope)
	ClaimSubClient Key = "ClaimSubClient" // subject: here the client itself (it equals %s), as on most client tokens
	ClaimAudEmpty  Key = "ClaimAudEmpty"  // audience: empty — the token names no API, and APIs that check aud reject it
	ClaimExt       Key = "ClaimExt"       // extra claims the provider added (Ory Hydra's ext)
	ClaimCid       Key = "ClaimCid"       // client id (Okta's name for client_id)
	ClaimAppID     Key = "ClaimAppID"     // the client's application id (Entra ID v1's name for client_id)
	ClaimRoles     Key = "ClaimRoles"     // roles: application permissions granted to the client (Entra ID's scopes for client tokens)
	ClaimTid       Key = "ClaimTid"       // tenant id (Entra ID): the directory that issued it
	ClaimOid       Key = "ClaimOid"       // object id (Entra ID): the client's service principal
	ClaimIdtyp     Key = "ClaimIdtyp"     // identity type (Entra ID): app for a client token
	ClaimVer       Key = "ClaimVer"       // token format version
	ClaimUID       Key = "ClaimUID"       // user id (Okta); client tokens have none
	HeaderTypJWT   Key = "HeaderTypJWT"   // token type JWT: a generic JWT (Entra ID and Okta access tokens say so); RFC 9068 access tokens say at+jwt
	HeaderTypOther Key = "HeaderTypOther" // token type: not RFC 9068's at+jwt
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				ClaimScp:       "scopes (scp: Okta's and Entra ID's name for scope)",
				ClaimSubClient: "subject: here the client itself (it equals %s), as on most client tokens",
				ClaimAudEmpty:  "audience: empty — the token names no API, and APIs that check aud reject it",
				ClaimExt:       "extra claims the provider added (Ory Hydra's ext)",
				ClaimCid:       "client id (Okta's name for client_id)",
				ClaimAppID:     "the client's application id (Entra ID v1's name for client_id)",
				ClaimRoles:     "roles: application permissions granted to the client (Entra ID's scopes for client tokens)",
				ClaimTid:       "tenant id (Entra ID): the directory that issued it",
				ClaimOid:       "object id (Entra ID): the client's service principal",
				ClaimIdtyp:     "identity type (Entra ID): app for a client token",
				ClaimVer:       "token format version",
				ClaimUID:       "user id (Okta); client tokens have none",
				HeaderTypJWT:   "token type JWT: a generic JWT (Entra ID and Okta access tokens say so); RFC 9068 access tokens say at+jwt",
				HeaderTypOther: "token type: not RFC 9068's at+jwt",
			}, map[Key]string{
				ClaimScp:       "escopos (scp: o nome que Okta e Entra ID dão a scope)",
				ClaimSubClient: "sujeito: aqui o próprio cliente (igual a %s), como na maioria dos tokens de cliente",
				ClaimAudEmpty:  "audiência: vazia — o token não indica nenhuma API, e APIs que conferem aud o recusam",
				ClaimExt:       "claims extras adicionadas pelo provedor (ext do Ory Hydra)",
				ClaimCid:       "id do cliente (o nome que a Okta dá a client_id)",
				ClaimAppID:     "o id de aplicativo do cliente (o nome que o Entra ID v1 dá a client_id)",
				ClaimRoles:     "papéis: permissões de aplicativo concedidas ao cliente (os escopos do Entra ID em tokens de cliente)",
				ClaimTid:       "id do tenant (Entra ID): o diretório que o emitiu",
				ClaimOid:       "id do objeto (Entra ID): a entidade de serviço do cliente",
				ClaimIdtyp:     "tipo de identidade (Entra ID): app num token de cliente",
				ClaimVer:       "versão do formato do token",
				ClaimUID:       "id do usuário (Okta); tokens de cliente não têm",
				HeaderTypJWT:   "tipo do token JWT: um JWT genérico (access tokens do Entra ID e da Okta dizem isso); access tokens da RFC 9068 dizem at+jwt",
				HeaderTypOther: "tipo do token: não é o at+jwt da RFC 9068",
			}
	})
}
