package i18n

// Keys of the token state you can trust: an untrusted token, a token
// shared by another profile, granted scopes, and failures held back.
const (
	TokenUntrusted         Key = "TokenUntrusted"         // UNTRUSTED
	TokenUntrustedWhy      Key = "TokenUntrustedWhy"      // Its signature does not verify: %s. An API would reject it; press %s to get a new one.
	TokenUntrustedRenewing Key = "TokenUntrustedRenewing" // The cached token's signature does not verify: %s; asked for a new one.
	AppBadgeUntrusted      Key = "AppBadgeUntrusted"      // untrusted
	AppBadgeHeld           Key = "AppBadgeHeld"           // held back
	TokenSharedFrom        Key = "TokenSharedFrom"        // obtained by profile %s with the same credentials
	TokenScopesFromResp    Key = "TokenScopesFromResp"    // (granted: the token response says)
	TokenScopesFromToken   Key = "TokenScopesFromToken"   // (granted: the token's scope/scp says)
	TokenScopesAssumed     Key = "TokenScopesAssumed"     // (assumed: the provider did not say what it granted)
	TokenScopesMissing     Key = "TokenScopesMissing"     // ! asked for but not granted: %s — calls that need it will be refused
	TokenHeldTitle         Key = "TokenHeldTitle"         // ✗ Token requests held back: the provider refused these credentials at %s (%s).
	TokenHeldProvider      Key = "TokenHeldProvider"      // The provider said: %s
	TokenHeldUnblock       Key = "TokenHeldUnblock"       // No request is sent until the profile or its credentials change: fix it, or press %s then %s to force one attempt.
	TokenConfirmHeld       Key = "TokenConfirmHeld"       // The provider refused these credentials at %s. Asking again with the same ones counts against them (%s of this client in the last hour): do it only if they were fixed on the provider's side.
	TokenAskHeld           Key = "TokenAskHeld"           // Force one attempt?
	TokenForceOnce         Key = "TokenForceOnce"         // try once
	TokenRequestsHourShort Key = "TokenRequestsHourShort" // token requests of this client, last hour: %d
	TokenCmdScopesMissing  Key = "TokenCmdScopesMissing"  // tokentui: warning: asked for but not granted: %s (calls that need it will be refused).
)

func init() {
	register(map[Key]string{
		TokenUntrusted:         "UNTRUSTED",
		TokenUntrustedWhy:      "Its signature does not verify: %s. An API would reject it; press %s to get a new one.",
		TokenUntrustedRenewing: "The cached token's signature does not verify: %s; asked for a new one.",
		AppBadgeUntrusted:      "untrusted",
		AppBadgeHeld:           "held back",
		TokenSharedFrom:        "obtained by profile %s with the same credentials",
		TokenScopesFromResp:    "(granted: the token response says)",
		TokenScopesFromToken:   "(granted: the token's scope/scp says)",
		TokenScopesAssumed:     "(assumed: the provider did not say what it granted)",
		TokenScopesMissing:     "! asked for but not granted: %s — calls that need it will be refused",
		TokenHeldTitle:         "✗ Token requests held back: the provider refused these credentials at %s (%s).",
		TokenHeldProvider:      "The provider said: %s",
		TokenHeldUnblock:       "No request is sent until the profile or its credentials change: fix it, or press %s then %s to force one attempt.",
		TokenConfirmHeld:       "The provider refused these credentials at %s. Asking again with the same ones counts against them (%s of this client in the last hour): do it only if they were fixed on the provider's side.",
		TokenAskHeld:           "Force one attempt?",
		TokenForceOnce:         "try once",
		TokenRequestsHourShort: "token requests of this client, last hour: %d",
		TokenCmdScopesMissing:  "tokentui: warning: asked for but not granted: %s (calls that need it will be refused).",
	}, map[Key]string{
		TokenUntrusted:         "NÃO CONFIÁVEL",
		TokenUntrustedWhy:      "A assinatura não confere: %s. Uma API o recusaria; tecle %s para obter um novo.",
		TokenUntrustedRenewing: "A assinatura do token em cache não confere: %s; um novo foi pedido.",
		AppBadgeUntrusted:      "não confiável",
		AppBadgeHeld:           "suspenso",
		TokenSharedFrom:        "obtido pelo perfil %s com as mesmas credenciais",
		TokenScopesFromResp:    "(concedidos: segundo a resposta do token)",
		TokenScopesFromToken:   "(concedidos: segundo o scope/scp do token)",
		TokenScopesAssumed:     "(presumidos: o provedor não disse o que concedeu)",
		TokenScopesMissing:     "! pedido mas não concedido: %s — chamadas que precisam dele serão recusadas",
		TokenHeldTitle:         "✗ Pedidos de token suspensos: o provedor recusou estas credenciais às %s (%s).",
		TokenHeldProvider:      "O provedor disse: %s",
		TokenHeldUnblock:       "Nenhum pedido é enviado até o perfil ou as credenciais mudarem: corrija-os, ou tecle %s e depois %s para forçar uma tentativa.",
		TokenConfirmHeld:       "O provedor recusou estas credenciais às %s. Pedir de novo com as mesmas conta contra elas (%s deste cliente na última hora): faça isso só se elas foram corrigidas no provedor.",
		TokenAskHeld:           "Forçar uma tentativa?",
		TokenForceOnce:         "tentar uma vez",
		TokenRequestsHourShort: "pedidos de token deste cliente, última hora: %d",
		TokenCmdScopesMissing:  "tokentui: aviso: pedido mas não concedido: %s (chamadas que precisam dele serão recusadas).",
	})
}
