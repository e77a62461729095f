package i18n

// Keys of a token request held back for a client proved by a key or a
// certificate: the explanation's own hint says what to fix, this how to
// ask again.
const (
	CliHeldAgain Key = "CliHeldAgain" // Once it is fixed at the provider, ask once more with the same credentials: tokentui token --force (a changed key or certificate is tried at once).
)

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		return map[Key]string{
				CliHeldAgain: "Once it is fixed at the provider, ask once more with the same credentials: tokentui token --force (a changed key or certificate is tried at once).",
			}, map[Key]string{
				CliHeldAgain: "Depois de corrigido no provedor, peça mais uma vez com as mesmas credenciais: tokentui token --force (uma chave ou um certificado novo é tentado na hora).",
			}
	})
}
