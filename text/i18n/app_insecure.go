package i18n

// Keys of the warning shown while a profile skips TLS verification.
const (
	AppInsecure Key = "AppInsecure" // ⚠ TLS NOT VERIFIED (insecure)
)

func init() {
	register(map[Key]string{
		AppInsecure: "⚠ TLS NOT VERIFIED (insecure)",
	}, map[Key]string{
		AppInsecure: "⚠ TLS NÃO VERIFICADO (insecure)",
	})
}
