package i18n

// Keys of the History tab (ui/history).
const (
	HistoryKeyNewest  Key = "HistoryKeyNewest"  // newest
	HistoryKeyOldest  Key = "HistoryKeyOldest"  // oldest
	HistoryKeyReopen  Key = "HistoryKeyReopen"  // reopen in Request
	HistoryKeyReload  Key = "HistoryKeyReload"  // reload
	HistoryCountOne   Key = "HistoryCountOne"   // · %d request, newest first
	HistoryCountMany  Key = "HistoryCountMany"  // · %d requests, newest first
	HistoryReading    Key = "HistoryReading"    // · reading…
	HistoryNoFile     Key = "HistoryNoFile"     // No history file is set.
	HistoryEmpty      Key = "HistoryEmpty"      // No requests yet: send one from the Request tab (2).
	HistoryColTime    Key = "HistoryColTime"    // time
	HistoryColMethod  Key = "HistoryColMethod"  // method
	HistoryColStatus  Key = "HistoryColStatus"  // status
	HistoryColTook    Key = "HistoryColTook"    // took
	HistoryColSize    Key = "HistoryColSize"    // size
	HistoryCancelled  Key = "HistoryCancelled"  // cancel
	HistoryDayLayout  Key = "HistoryDayLayout"  // 01-02 15 (a Go time layout: an entry of another day)
	HistoryReadFailed Key = "HistoryReadFailed" // could not read the history: %s
)

func init() {
	register(map[Key]string{
		HistoryKeyNewest:  "newest",
		HistoryKeyOldest:  "oldest",
		HistoryKeyReopen:  "reopen in Request",
		HistoryKeyReload:  "reload",
		HistoryCountOne:   " · %d request, newest first",
		HistoryCountMany:  " · %d requests, newest first",
		HistoryReading:    " · reading…",
		HistoryNoFile:     "No history file is set.",
		HistoryEmpty:      "No requests yet: send one from the Request tab (2).",
		HistoryColTime:    "time",
		HistoryColMethod:  "method",
		HistoryColStatus:  "status",
		HistoryColTook:    "took",
		HistoryColSize:    "size",
		HistoryCancelled:  "cancel",
		HistoryDayLayout:  "01-02 15",
		HistoryReadFailed: "could not read the history: %s",
	}, map[Key]string{
		HistoryKeyNewest:  "mais recente",
		HistoryKeyOldest:  "mais antiga",
		HistoryKeyReopen:  "reabrir em Requisição",
		HistoryKeyReload:  "recarregar",
		HistoryCountOne:   " · %d requisição, a mais recente primeiro",
		HistoryCountMany:  " · %d requisições, as mais recentes primeiro",
		HistoryReading:    " · lendo…",
		HistoryNoFile:     "Nenhum arquivo de histórico definido.",
		HistoryEmpty:      "Nenhuma requisição ainda: envie uma pela aba Requisição (2).",
		HistoryColTime:    "hora",
		HistoryColMethod:  "método",
		HistoryColStatus:  "status",
		HistoryColTook:    "tempo",
		HistoryColSize:    "tamanho",
		HistoryCancelled:  "cancelada",
		HistoryDayLayout:  "02/01 15h",
		HistoryReadFailed: "não foi possível ler o histórico: %s",
	})
}
