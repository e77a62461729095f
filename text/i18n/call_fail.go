package i18n

// The failed renewal of `call --retry-invalid-token --fail`, as a line of
// the error it belongs to.
const CallRenewFailedLine Key = "CallRenewFailedLine" //   renewing the token failed: %s

func init() {
	register(map[Key]string{
		CallRenewFailedLine: "  renewing the token failed: %s",
	}, map[Key]string{
		CallRenewFailedLine: "  a renovação do token falhou: %s",
	})
}
