package i18n

// Keys of "Why reuse" (issue 15, part 5): the token storm against the
// sandbox's throwaway client, in the CLI (demo --storm) and the Flow tab.
const (
	DemoFlagStorm    Key = "DemoFlagStorm"    // show why tokens are reused: a burst of token requests…
	StormTitle       Key = "StormTitle"       // Why reuse
	StormIntro       Key = "StormIntro"       // %d token requests in a row from the sandbox's throwaway client %s (limit: %d a minute); your profile is not used.
	StormShotOK      Key = "StormShotOK"      // #%d  %d  a new token (jti %s)
	StormShotBlocked Key = "StormShotBlocked" // #%d  %d %s  Retry-After %s
	StormShotFailed  Key = "StormShotFailed"  // #%d  no answer: %s
	StormRate        Key = "StormRate"        // %d/%d in the last minute
	StormSummary     Key = "StormSummary"     // %d requests made %d different tokens…
	StormReused      Key = "StormReused"      // The token this profile reuses…
	StormNoReused    Key = "StormNoReused"    // This profile has no token yet…
	StormRunning     Key = "StormRunning"     // sending…
	FlowKeyStorm     Key = "FlowKeyStorm"     // why reuse (sandbox)
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				DemoFlagStorm:    "show why tokens are reused: a burst of token requests from a throwaway sandbox client until the sandbox blocks it, then exit",
				StormTitle:       "Why reuse",
				StormIntro:       "%d token requests in a row from the sandbox's throwaway client %s (limit: %d a minute). Your profile's client is not used.",
				StormShotOK:      "#%d  %d  a new token (jti %s)",
				StormShotBlocked: "#%d  %d %s  Retry-After %s",
				StormShotFailed:  "#%d  no answer: %s",
				StormRate:        "%d/%d in the last minute",
				StormSummary:     "%d requests made %d different tokens, each good for an hour; then the sandbox blocked the client (Retry-After %s). A real provider blocks the same way, and the block stops every system that shares the client. Get one token and reuse it until it nears expiry: one request an hour, not one per call.",
				StormReused:      "Meanwhile this profile reused one token for every call: %s, %s left.",
				StormNoReused:    "This profile has no token yet: g on the Token tab gets one, and it is reused for every call.",
				StormRunning:     "sending…",
				FlowKeyStorm:     "why reuse (sandbox)",
			}, map[Key]string{
				DemoFlagStorm:    "mostra por que reutilizar tokens: uma rajada de pedidos de token de um cliente descartável do sandbox até o sandbox bloqueá-lo, e sai",
				StormTitle:       "Por que reutilizar",
				StormIntro:       "%d pedidos de token seguidos do cliente descartável do sandbox %s (limite: %d por minuto). O cliente do seu perfil não é usado.",
				StormShotOK:      "#%d  %d  um token novo (jti %s)",
				StormShotBlocked: "#%d  %d %s  recusado, Retry-After %s",
				StormShotFailed:  "#%d  sem resposta: %s",
				StormRate:        "%d/%d no último minuto",
				StormSummary:     "%d pedidos geraram %d tokens diferentes, cada um válido por uma hora; então o sandbox bloqueou o cliente (Retry-After %s). Um provedor real bloqueia do mesmo jeito, e o bloqueio para todos os sistemas que compartilham o cliente. Obtenha um token e reutilize-o até perto de expirar: um pedido por hora, não um por chamada.",
				StormReused:      "Enquanto isso, este perfil reutilizou um só token em todas as chamadas: %s, restam %s.",
				StormNoReused:    "Este perfil ainda não tem token: g na aba Token obtém um, e ele é reutilizado em todas as chamadas.",
				StormRunning:     "enviando…",
				FlowKeyStorm:     "por que reutilizar (sandbox)",
			}
	})
}
