package i18n

// Keys of the banner of `tokentui sandbox` about its clients: how each
// authenticates, the files of their keys, certificates and secrets, and a
// `profiles add` line for each.
const (
	SandboxMTLS          Key = "SandboxMTLS"          // mTLS port
	SandboxMTLSNote      Key = "SandboxMTLSNote"      // (token endpoint and API; asks for a client certificate)
	SandboxColAuth       Key = "SandboxColAuth"       // authenticates with
	SandboxAuthSecret    Key = "SandboxAuthSecret"    // %s, secret %s
	SandboxAuthJWT       Key = "SandboxAuthJWT"       // private_key_jwt, %s, kid %s
	SandboxAuthSecretJWT Key = "SandboxAuthSecretJWT" // client_secret_jwt, signs %s
	SandboxAuthMTLS      Key = "SandboxAuthMTLS"      // %s, mTLS port
	SandboxFilesKept     Key = "SandboxFilesKept"     // Their secrets, keys and certificates, and the mTLS port's test CA (%s…), are written…
	SandboxFilesFailed   Key = "SandboxFilesFailed"   // the clients' files could not be written to %s: %v
	SandboxAsProfiles    Key = "SandboxAsProfiles"    // As profiles (paste a command to add one):
	FlagCAFile           Key = "FlagCAFile"           // extra CA bundle (PEM)…
)

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		return map[Key]string{
				SandboxMTLS:          "mTLS port",
				SandboxMTLSNote:      "(asks for a client certificate)",
				SandboxColAuth:       "authenticates with",
				SandboxAuthSecret:    "%s, secret %s",
				SandboxAuthJWT:       "private_key_jwt, %s, kid %s",
				SandboxAuthSecretJWT: "client_secret_jwt, signs %s",
				SandboxAuthMTLS:      "%s, mTLS port",
				SandboxFilesKept:     "Their secrets, keys and certificates, and the mTLS port's test CA (%s, the ca_file of its profiles), are written at each start, mode 0600, in:",
				SandboxFilesFailed:   "the clients' files could not be written to %s: %v",
				SandboxAsProfiles:    "As profiles (paste a command to add one):",
				FlagCAFile:           "extra CA bundle (PEM) to trust for the provider and the API, e.g. the test CA of the sandbox's mTLS port",
			}, map[Key]string{
				SandboxMTLS:          "porta mTLS",
				SandboxMTLSNote:      "(pede um certificado de cliente)",
				SandboxColAuth:       "autentica com",
				SandboxAuthSecret:    "%s, segredo %s",
				SandboxAuthJWT:       "private_key_jwt, %s, o kid %s",
				SandboxAuthSecretJWT: "client_secret_jwt, assina %s",
				SandboxAuthMTLS:      "%s, porta mTLS",
				SandboxFilesKept:     "Os segredos, chaves e certificados deles, e a CA de teste da porta mTLS (%s, o ca_file dos perfis dela), são gravados a cada início, modo 0600, em:",
				SandboxFilesFailed:   "não foi possível gravar os arquivos dos clientes em %s: %v",
				SandboxAsProfiles:    "Como perfis (cole um comando para adicionar um):",
				FlagCAFile:           "conjunto extra de CAs (PEM) em que confiar para o provedor e a API, ex.: a CA de teste da porta mTLS do sandbox",
			}
	})
}
