package i18n

// Keys of what the root says when it carries out the profiles list's
// requests (ui/profiles*.go, ui/tab_history.go).
const (
	ProfileNoticeCouldNot     Key = "ProfileNoticeCouldNot"     // Could not %s
	ProfileNoticeDelete       Key = "ProfileNoticeDelete"       // delete profile %q
	ProfileNoticeMakeDefault  Key = "ProfileNoticeMakeDefault"  // make %q the default
	ProfileNoticeTry          Key = "ProfileNoticeTry"          // Try: %s
	ProfileNoticeGone         Key = "ProfileNoticeGone"         // there is no profile %q in the file any more: %w
	ProfileNoticeNotDefault   Key = "ProfileNoticeNotDefault"   // Not the default
	ProfileNoticeTempDefault  Key = "ProfileNoticeTempDefault"  // %q is a temporary profile: it is not saved, so it cannot be the default.
	ProfileNoticeTempDefHint  Key = "ProfileNoticeTempDefHint"  // Try: add it with a to save it in the file, then press D on it.
	ProfileNoticeTmplDefault  Key = "ProfileNoticeTmplDefault"  // %q is a template still to fill in.
	ProfileNoticeTmplDefHint  Key = "ProfileNoticeTmplDefHint"  // Try: press e to set it up, then D.
	ProfileNoticeTesting      Key = "ProfileNoticeTesting"      // Testing the credentials: discovery, token (the cached one while valid), signature…
	ProfileNoticeNoFactory    Key = "ProfileNoticeNoFactory"    // This app was started without a way to build auth clients.
	ProfileNoticeEscToClose   Key = "ProfileNoticeEscToClose"   // esc to close
	ProfileNoticeFromHistory  Key = "ProfileNoticeFromHistory"  // from the history
	ProfileNoticeFromHistGone Key = "ProfileNoticeFromHistGone" // from the history (profile “%s” is gone; sent with this one)
)

func init() {
	register(map[Key]string{
		ProfileNoticeCouldNot:     "Could not %s",
		ProfileNoticeDelete:       "delete profile %q",
		ProfileNoticeMakeDefault:  "make %q the default",
		ProfileNoticeTry:          "Try: %s",
		ProfileNoticeGone:         "there is no profile %q in the file any more: %w",
		ProfileNoticeNotDefault:   "Not the default",
		ProfileNoticeTempDefault:  "%q is a temporary profile: it is not saved, so it cannot be the default.",
		ProfileNoticeTempDefHint:  "Try: add it with a to save it in the file, then press D on it.",
		ProfileNoticeTmplDefault:  "%q is a template still to fill in.",
		ProfileNoticeTmplDefHint:  "Try: press e to set it up, then D.",
		ProfileNoticeTesting:      "Testing the credentials: discovery, token (the cached one while valid), signature…",
		ProfileNoticeNoFactory:    "This app was started without a way to build auth clients.",
		ProfileNoticeEscToClose:   "esc to close",
		ProfileNoticeFromHistory:  "from the history",
		ProfileNoticeFromHistGone: "from the history (profile “%s” is gone; sent with this one)",
	}, map[Key]string{
		ProfileNoticeCouldNot:     "Não foi possível %s",
		ProfileNoticeDelete:       "apagar o perfil %q",
		ProfileNoticeMakeDefault:  "tornar %q o padrão",
		ProfileNoticeTry:          "Tente: %s",
		ProfileNoticeGone:         "o perfil %q não está mais no arquivo: %w",
		ProfileNoticeNotDefault:   "Não pode ser o padrão",
		ProfileNoticeTempDefault:  "%q é um perfil temporário: ele não é salvo, então não pode ser o padrão.",
		ProfileNoticeTempDefHint:  "Tente: crie-o com a para salvá-lo no arquivo, depois tecle D nele.",
		ProfileNoticeTmplDefault:  "%q é um modelo ainda por preencher.",
		ProfileNoticeTmplDefHint:  "Tente: tecle e para configurá-lo, depois D.",
		ProfileNoticeTesting:      "Testando as credenciais: discovery, token (o do cache enquanto for válido), assinatura…",
		ProfileNoticeNoFactory:    "Este app foi iniciado sem um meio de criar clientes de autenticação.",
		ProfileNoticeEscToClose:   "esc para fechar",
		ProfileNoticeFromHistory:  "do histórico",
		ProfileNoticeFromHistGone: "do histórico (o perfil “%s” não existe mais; enviada com este)",
	})
}
