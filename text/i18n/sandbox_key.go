package i18n

// Keys of the sandbox's signing key kept across restarts.
const (
	SandboxKeyKept Key = "SandboxKeyKept" // Its signing key is kept in %s: tokens it issued keep verifying after a restart.
	SandboxKeyNote Key = "SandboxKeyNote" // tokentui: note: %s.
)

func init() {
	register(map[Key]string{
		SandboxKeyKept: "Its signing key is kept in %s: tokens it issued keep verifying after a restart.",
		SandboxKeyNote: "tokentui: note: %s.",
	}, map[Key]string{
		SandboxKeyKept: "A chave de assinatura fica em %s: os tokens emitidos continuam válidos depois de reiniciar.",
		SandboxKeyNote: "tokentui: observação: %s.",
	})
}
