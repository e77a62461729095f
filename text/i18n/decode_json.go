package i18n

// Keys of `tokentui decode --json`.
const (
	DecodeFlagJSON Key = "DecodeFlagJSON" // print the header, claims, times, scopes, audience and (with --verify) the verification as JSON
)

func init() {
	register(map[Key]string{
		DecodeFlagJSON: "print the header, claims, times, scopes, audience and (with --verify) the verification as JSON",
	}, map[Key]string{
		DecodeFlagJSON: "mostra o cabeçalho, as claims, os horários, os escopos, a audiência e (com --verify) a verificação em JSON",
	})
}
