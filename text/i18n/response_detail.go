package i18n

// Keys of the response's Headers and Timing views: section titles and row
// labels. Header names, HTTP lines and values stay as they were sent.
const (
	ResponseHeadersTitle Key = "ResponseHeadersTitle" // Response headers
	ResponseSentTitle    Key = "ResponseSentTitle"    // Request headers sent
	ResponseBearer       Key = "ResponseBearer"       // Bearer (the profile's token)
	ResponseBearerJTI    Key = "ResponseBearerJTI"    // Bearer (the profile's token, jti %s)

	ResponseStarted    Key = "ResponseStarted"    // started
	ResponseDNS        Key = "ResponseDNS"        // DNS lookup
	ResponseConnect    Key = "ResponseConnect"    // TCP connect
	ResponseTLS        Key = "ResponseTLS"        // TLS handshake
	ResponseFirstByte  Key = "ResponseFirstByte"  // first byte
	ResponseTotal      Key = "ResponseTotal"      // total
	ResponseConnection Key = "ResponseConnection" // connection
	ResponseConnNew    Key = "ResponseConnNew"    // new
	ResponseConnReused Key = "ResponseConnReused" // reused (no DNS, connect or TLS)
	ResponseExchange   Key = "ResponseExchange"   // Exchange
	ResponseRequest    Key = "ResponseRequest"    // request
	ResponseProtocol   Key = "ResponseProtocol"   // protocol
	ResponseTokenJTI   Key = "ResponseTokenJTI"   // token jti
	ResponseTokenExp   Key = "ResponseTokenExp"   // token expires
)

func init() {
	register(map[Key]string{
		ResponseHeadersTitle: "Response headers",
		ResponseSentTitle:    "Request headers sent",
		ResponseBearer:       "Bearer (the profile's token)",
		ResponseBearerJTI:    "Bearer (the profile's token, jti %s)",

		ResponseStarted:    "started",
		ResponseDNS:        "DNS lookup",
		ResponseConnect:    "TCP connect",
		ResponseTLS:        "TLS handshake",
		ResponseFirstByte:  "first byte",
		ResponseTotal:      "total",
		ResponseConnection: "connection",
		ResponseConnNew:    "new",
		ResponseConnReused: "reused (no DNS, connect or TLS)",
		ResponseExchange:   "Exchange",
		ResponseRequest:    "request",
		ResponseProtocol:   "protocol",
		ResponseTokenJTI:   "token jti",
		ResponseTokenExp:   "token expires",
	}, map[Key]string{
		ResponseHeadersTitle: "Cabeçalhos da resposta",
		ResponseSentTitle:    "Cabeçalhos enviados na requisição",
		ResponseBearer:       "Bearer (o token do perfil)",
		ResponseBearerJTI:    "Bearer (o token do perfil, jti %s)",

		ResponseStarted:    "início",
		ResponseDNS:        "consulta DNS",
		ResponseConnect:    "conexão TCP",
		ResponseTLS:        "handshake TLS",
		ResponseFirstByte:  "primeiro byte",
		ResponseTotal:      "tempo total",
		ResponseConnection: "conexão",
		ResponseConnNew:    "nova",
		ResponseConnReused: "reaproveitada (sem DNS, conexão nem TLS)",
		ResponseExchange:   "Troca HTTP",
		ResponseRequest:    "requisição",
		ResponseProtocol:   "protocolo",
		ResponseTokenJTI:   "jti do token",
		ResponseTokenExp:   "token expira",
	})
}
