package i18n

// Keys of the Flow tab's question before a new token and of its diagnosis
// of the profile (on screen and in the report it copies).
const (
	FlowConfirm      Key = "FlowConfirm"      // The current token still lives %s. Every API call should reuse it: …(%s of this client in the last hour).
	FlowRetryAfter   Key = "FlowRetryAfter"   // The provider asked to wait until %s (another %s) before the next token request.
	FlowForcedLimit  Key = "FlowForcedLimit"  // %d forced renewals in the last minute already; the next is allowed at %s.
	FlowDiagnose     Key = "FlowDiagnose"     // Diagnose
	FlowDiagIntro    Key = "FlowDiagIntro"    // Checks the provider, discovery, auth method, credentials, scopes, clock and signature. …
	FlowDiagAgain    Key = "FlowDiagAgain"    // Press d to run it again.
	FlowDiagRunning  Key = "FlowDiagRunning"  // … running the checks
	FlowDiagFailOne  Key = "FlowDiagFailOne"  // %d check failed.
	FlowDiagFailMany Key = "FlowDiagFailMany" // %d checks failed.
	FlowDiagNoneFail Key = "FlowDiagNoneFail" // No check failed.
	FlowDiagCopy     Key = "FlowDiagCopy"     // Press %s to copy the report (no secret, no token in it).
	FlowWhatReport   Key = "FlowWhatReport"   // report
	FlowReportTitle  Key = "FlowReportTitle"  // tokentui diagnose — profile %s — %s
)

func init() {
	register(map[Key]string{
		FlowConfirm: "The current token still lives %s. Every API call should reuse it: a provider blocks clients that " +
			"ask for tokens too often (%s of this client in the last hour).",
		FlowRetryAfter:   "The provider asked to wait until %s (another %s) before the next token request.",
		FlowForcedLimit:  "%d forced renewals in the last minute already; the next is allowed at %s.",
		FlowDiagnose:     "Diagnose",
		FlowDiagIntro:    "Checks the provider, discovery, auth method, credentials, scopes, clock and signature. No new token is requested while a valid one is cached.",
		FlowDiagAgain:    "Press d to run it again.",
		FlowDiagRunning:  "… running the checks",
		FlowDiagFailOne:  "%d check failed.",
		FlowDiagFailMany: "%d checks failed.",
		FlowDiagNoneFail: "No check failed.",
		FlowDiagCopy:     "Press %s to copy the report (no secret, no token in it).",
		FlowWhatReport:   "report",
		FlowReportTitle:  "tokentui diagnose — profile %s — %s",
	}, map[Key]string{
		FlowConfirm: "O token atual ainda vale por %s. Reutilize este token em todas as chamadas à API: pedir tokens " +
			"demais faz o cliente ser bloqueado automaticamente pelo provedor (%s deste cliente na última hora).",
		FlowRetryAfter:   "O provedor pediu para esperar até %s (mais %s) antes do próximo pedido de token.",
		FlowForcedLimit:  "Já foram %d renovações forçadas no último minuto; a próxima só às %s.",
		FlowDiagnose:     "Diagnóstico",
		FlowDiagIntro:    "Confere o provedor, a descoberta, o método de autenticação, as credenciais, os escopos, o relógio e a assinatura. Nenhum token novo é pedido enquanto houver um válido em cache.",
		FlowDiagAgain:    "Tecle d para rodar de novo.",
		FlowDiagRunning:  "… rodando as verificações",
		FlowDiagFailOne:  "%d verificação falhou.",
		FlowDiagFailMany: "%d verificações falharam.",
		FlowDiagNoneFail: "Nenhuma verificação falhou.",
		FlowDiagCopy:     "Tecle %s para copiar o relatório (sem segredo nem token).",
		FlowWhatReport:   "relatório",
		FlowReportTitle:  "tokentui diagnose — perfil %s — %s",
	})
}
