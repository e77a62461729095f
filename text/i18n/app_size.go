package i18n

// Keys of the root's notice for a terminal below the minimum size.
const (
	AppTooSmall Key = "AppTooSmall" // tokentui needs a terminal of at least 80×24; this one is %d×%d. Make it larger, or press q to quit.
)

func init() {
	register(map[Key]string{
		AppTooSmall: "tokentui needs a terminal of at least 80×24; this one is %d×%d. Make it larger, or press q to quit.",
	}, map[Key]string{
		AppTooSmall: "o tokentui precisa de um terminal de pelo menos 80×24; este tem %d×%d. Aumente-o, ou tecle q para sair.",
	})
}
