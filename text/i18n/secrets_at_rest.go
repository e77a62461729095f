package i18n

// Keys of the warning about a profiles file that holds a client secret in
// clear and that other users can read, on the command line and in the TUI.
const (
	CliSecretExposed Key = "CliSecretExposed" // %s holds the client secret of %s in clear and other users can read it (mode %04o); run: %s
	AppSecretExposed Key = "AppSecretExposed" // ⚠ the profiles file holds a client secret others can read: %s
)

func init() {
	register(map[Key]string{
		CliSecretExposed: "%s holds the client secret of %s in clear and other users can read it (mode %04o); run: %s",
		AppSecretExposed: "⚠ the profiles file holds a client secret others can read: %s",
	}, map[Key]string{
		CliSecretExposed: "%s guarda o segredo do cliente de %s às claras e outros usuários podem lê-lo (modo %04o); rode: %s",
		AppSecretExposed: "⚠ o arquivo de perfis guarda um segredo que outros podem ler: %s",
	})
}
