package i18n

// Keys of the demo command's choices (issue 15, small things).
const (
	DemoNoProfile Key = "DemoNoProfile" // the demo has no profile %q: it has %s
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				DemoNoProfile: "the demo has no profile %q: it has %s",
			}, map[Key]string{
				DemoNoProfile: "o demo não tem o perfil %q: ele tem %s",
			}
	})
}

// Counted phrases that read right for one and for many (issue 15, small
// things: "1 token requests").
const (
	DiagChecksOne     Key = "DiagChecksOne"     // %d check failed
	DiagChecksMany    Key = "DiagChecksMany"    // %d checks failed
	DiagRequestsOne   Key = "DiagRequestsOne"   // ; %d token request made. This report…
	DiagRequestsMany  Key = "DiagRequestsMany"  // ; %d token requests made. This report…
	SandboxStoppedOne Key = "SandboxStoppedOne" // sandbox stopped after %d token request.
	FlowReportOne     Key = "FlowReportOne"     // %d token request made by this diagnosis.
	FlowReportMany    Key = "FlowReportMany"    // %d token requests made by this diagnosis.
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				DiagChecksOne:     "%d check failed",
				DiagChecksMany:    "%d checks failed",
				DiagRequestsOne:   "; %d token request made. This report holds no secret and no token: it is safe to paste in a ticket.",
				DiagRequestsMany:  "; %d token requests made. This report holds no secret and no token: it is safe to paste in a ticket.",
				SandboxStoppedOne: "sandbox stopped after %d token request.",
				FlowReportOne:     "%d token request made by this diagnosis.",
				FlowReportMany:    "%d token requests made by this diagnosis.",
			}, map[Key]string{
				DiagChecksOne:     "%d verificação falhou",
				DiagChecksMany:    "%d verificações falharam",
				DiagRequestsOne:   "; %d pedido de token feito. Este relatório não contém segredo nem token: pode ser colado num chamado com segurança.",
				DiagRequestsMany:  "; %d pedidos de token feitos. Este relatório não contém segredo nem token: pode ser colado num chamado com segurança.",
				SandboxStoppedOne: "sandbox encerrado depois de %d pedido de token.",
				FlowReportOne:     "%d pedido de token feito por este diagnóstico.",
				FlowReportMany:    "%d pedidos de token feitos por este diagnóstico.",
			}
	})
}

// TokenCmdForcedN: the cached token was still valid; a new one asked for as --force says, the count written by N.
const TokenCmdForcedN Key = "TokenCmdForcedN" // tokentui: the cached token was still valid for %s; … (%s of this client in the last hour).

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				TokenCmdForcedN: "tokentui: the cached token was still valid for %s; asking for a new one as --force says (%s of this client in the last hour).",
			}, map[Key]string{
				TokenCmdForcedN: "tokentui: o token em cache ainda valia por %s; pedindo um novo porque o --force mandou (%s deste cliente na última hora).",
			}
	})
}

// ProfilesReloadWhat names the reload of a profiles file changed elsewhere
// in "Could not %s".
const ProfilesReloadWhat Key = "ProfilesReloadWhat" // read the profiles file changed outside the app

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				ProfilesReloadWhat: "read the profiles file changed outside the app",
			}, map[Key]string{
				ProfilesReloadWhat: "ler o arquivo de perfis alterado fora do app",
			}
	})
}

// Keys of profiles add --secret-ref keyring (issue 15, small things): the
// secret is asked for and stored, not left out.
const (
	FlagSecretStdin          Key = "FlagSecretStdin"          // with --secret-ref keyring: read the secret from stdin…
	ProfilesSecretPrompt     Key = "ProfilesSecretPrompt"     // Client secret of profile %q (not shown):
	ProfilesSecretRead       Key = "ProfilesSecretRead"       // cannot read the secret: %v
	ProfilesSecretNeeded     Key = "ProfilesSecretNeeded"     // --secret-ref keyring needs the secret to store…
	ProfilesSecretNeededHint Key = "ProfilesSecretNeededHint" // type it on a terminal, or pipe it: printf %s "$SECRET" | tokentui profiles add … --secret-stdin
	ProfilesSecretEmpty      Key = "ProfilesSecretEmpty"      // the secret is empty: nothing was stored
	ProfilesKeyringStored    Key = "ProfilesKeyringStored"    // Secret stored in the system keyring (service %q, user %q).
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				FlagSecretStdin:          "with --secret-ref keyring: read the secret from stdin (its first line) instead of asking on the terminal",
				ProfilesSecretPrompt:     "Client secret of profile %q (not shown): ",
				ProfilesSecretRead:       "cannot read the secret: %v",
				ProfilesSecretNeeded:     "--secret-ref keyring needs the secret to store, and stdin is not a terminal to ask it on",
				ProfilesSecretNeededHint: "type it on a terminal, or pipe it: printf '%%s' \"$SECRET\" | tokentui profiles add NAME … --secret-ref keyring --secret-stdin",
				ProfilesSecretEmpty:      "the secret is empty: nothing was stored",
				ProfilesKeyringStored:    "Secret stored in the system keyring (service %q, user %q).",
			}, map[Key]string{
				FlagSecretStdin:          "com --secret-ref keyring: lê o segredo da entrada padrão (a primeira linha) em vez de perguntar no terminal",
				ProfilesSecretPrompt:     "Segredo do cliente do perfil %q (não aparece): ",
				ProfilesSecretRead:       "não foi possível ler o segredo: %v",
				ProfilesSecretNeeded:     "--secret-ref keyring precisa do segredo para guardar, e a entrada padrão não é um terminal para perguntá-lo",
				ProfilesSecretNeededHint: "digite-o num terminal, ou mande-o pela entrada: printf '%%s' \"$SECRET\" | tokentui profiles add NOME … --secret-ref keyring --secret-stdin",
				ProfilesSecretEmpty:      "o segredo está vazio: nada foi guardado",
				ProfilesKeyringStored:    "Segredo guardado no chaveiro do sistema (serviço %q, usuário %q).",
			}
	})
}
