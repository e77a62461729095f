package i18n

// Keys of the warning when a removed or renamed profile's secret could not
// be deleted from the system keyring (CLI `profiles rm`, the TUI's delete
// and the profile form's rename).
const (
	KeyringLeftTitle   Key = "KeyringLeftTitle"   // Secret left in the keyring
	KeyringLeftRemoved Key = "KeyringLeftRemoved" // profile %q was removed, but its secret is still in the system keyring (%s). Delete it by hand: service "tokentui", user %q; for example: %s
	KeyringLeftRenamed Key = "KeyringLeftRenamed" // profile %q is now %q, but the secret under its old name is still in the system keyring (%s). Delete it by hand: service "tokentui", user %q; for example: %s
	KeyringNoService   Key = "KeyringNoService"   // no keyring service answered
)

func init() {
	register(map[Key]string{
		KeyringLeftTitle:   "Secret left in the keyring",
		KeyringLeftRemoved: `profile %q was removed, but its secret is still in the system keyring (%s). Delete it by hand: service "tokentui", user %q; for example: %s`,
		KeyringLeftRenamed: `profile %q is now %q, but the secret under its old name is still in the system keyring (%s). Delete it by hand: service "tokentui", user %q; for example: %s`,
		KeyringNoService:   "no keyring service answered",
	}, map[Key]string{
		KeyringLeftTitle:   "Segredo deixado no chaveiro",
		KeyringLeftRemoved: `o perfil %q foi removido, mas o segredo dele continua no chaveiro do sistema (%s). Apague-o à mão: serviço "tokentui", usuário %q; por exemplo: %s`,
		KeyringLeftRenamed: `o perfil %q agora se chama %q, mas o segredo guardado sob o nome antigo continua no chaveiro do sistema (%s). Apague-o à mão: serviço "tokentui", usuário %q; por exemplo: %s`,
		KeyringNoService:   "nenhum serviço de chaveiro respondeu",
	})
}
