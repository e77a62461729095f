package i18n

// The Token tab's line for a certificate-bound token (RFC 8705).

// TokenCertBound says a token is bound to a client certificate.
const TokenCertBound Key = "TokenCertBound" // Bound to the client certificate %s (cnf x5t#S256): …

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				TokenCertBound: "Bound to the client certificate %s (cnf x5t#S256): the API accepts this token only over TLS with that certificate, which tokentui presents for this profile (RFC 8705). A copied token is useless alone.",
			}, map[Key]string{
				TokenCertBound: "Vinculado ao certificado de cliente %s (cnf x5t#S256): a API só aceita este token via TLS com esse certificado, que o tokentui apresenta para este perfil (RFC 8705). Um token copiado sozinho não serve.",
			}
	})
}
