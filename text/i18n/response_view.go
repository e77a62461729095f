package i18n

// Keys of the response view: the names of its three views, its key help,
// the notices above the body (a cut body, a renewed token, the history),
// and the line under it (position, search, save prompt). The status line,
// the body and header names come from the server and stay as sent.
const (
	ResponseViewBody    Key = "ResponseViewBody"    // Body
	ResponseViewHeaders Key = "ResponseViewHeaders" // Headers
	ResponseViewTiming  Key = "ResponseViewTiming"  // Timing

	ResponseKeyBody    Key = "ResponseKeyBody"    // body
	ResponseKeyHeaders Key = "ResponseKeyHeaders" // headers
	ResponseKeyTiming  Key = "ResponseKeyTiming"  // timing
	ResponseKeyTop     Key = "ResponseKeyTop"     // top
	ResponseKeyBottom  Key = "ResponseKeyBottom"  // bottom
	ResponseKeySearch  Key = "ResponseKeySearch"  // search body
	ResponseKeyNext    Key = "ResponseKeyNext"    // next/previous match
	ResponseKeyPrev    Key = "ResponseKeyPrev"    // previous match
	ResponseKeyClear   Key = "ResponseKeyClear"   // clear search
	ResponseKeyWrap    Key = "ResponseKeyWrap"    // wrap long lines
	ResponseKeySave    Key = "ResponseKeySave"    // save body to a file

	ResponseCutSpilled Key = "ResponseCutSpilled" // Body of %s: the first %s are shown; the whole body is in %s · S saves it
	ResponseCutGone    Key = "ResponseCutGone"    // Body of %s: the first %s are shown; the rest is gone (its temporary file was removed)
	ResponseRenewed    Key = "ResponseRenewed"    // The API rejected the token as invalid; it was renewed once and the request sent again.
	ResponseRenewError Key = "ResponseRenewError" // The token could not be renewed: %s
	ResponseNoHistory  Key = "ResponseNoHistory"  // Not added to the history: %s

	ResponseFormatting Key = "ResponseFormatting" // formatting the body…
	ResponseEmptyBody  Key = "ResponseEmptyBody"  // (empty body)
	ResponseLines      Key = "ResponseLines"      // lines %d–%d of %d
	ResponseSearching  Key = "ResponseSearching"  // searching…
	ResponseMatch      Key = "ResponseMatch"      // match %s/%s %q · n/N (numbers formatted, the total may end in +)
	ResponseNoMatch    Key = "ResponseNoMatch"    // no match for %q
	ResponseColorsStop Key = "ResponseColorsStop" // colours stop after %s
	ResponseSaveTo     Key = "ResponseSaveTo"     // save to:
	ResponseSaving     Key = "ResponseSaving"     // saving…
	ResponseSavedTo    Key = "ResponseSavedTo"    // body saved to %s
	ResponseSaveFailed Key = "ResponseSaveFailed" // could not save the body: %v; check that the folder exists and is writable
)

func init() {
	register(map[Key]string{
		ResponseViewBody:    "Body",
		ResponseViewHeaders: "Headers",
		ResponseViewTiming:  "Timing",

		ResponseKeyBody:    "body",
		ResponseKeyHeaders: "headers",
		ResponseKeyTiming:  "timing",
		ResponseKeyTop:     "top",
		ResponseKeyBottom:  "bottom",
		ResponseKeySearch:  "search body",
		ResponseKeyNext:    "next/previous match",
		ResponseKeyPrev:    "previous match",
		ResponseKeyClear:   "clear search",
		ResponseKeyWrap:    "wrap long lines",
		ResponseKeySave:    "save body to a file",

		ResponseCutSpilled: "Body of %s: the first %s are shown; the whole body is in %s · S saves it",
		ResponseCutGone:    "Body of %s: the first %s are shown; the rest is gone (its temporary file was removed)",
		ResponseRenewed:    "The API rejected the token as invalid; it was renewed once and the request sent again.",
		ResponseRenewError: "The token could not be renewed: %s",
		ResponseNoHistory:  "Not added to the history: %s",

		ResponseFormatting: "formatting the body…",
		ResponseEmptyBody:  "(empty body)",
		ResponseLines:      "lines %d–%d of %d",
		ResponseSearching:  "searching…",
		ResponseMatch:      "match %s/%s %q · n/N",
		ResponseNoMatch:    "no match for %q",
		ResponseColorsStop: "colours stop after %s",
		ResponseSaveTo:     "save to: ",
		ResponseSaving:     "saving…",
		ResponseSavedTo:    "body saved to %s",
		ResponseSaveFailed: "could not save the body: %v; check that the folder exists and is writable",
	}, map[Key]string{
		ResponseViewBody:    "Corpo",
		ResponseViewHeaders: "Cabeçalhos",
		ResponseViewTiming:  "Tempos",

		ResponseKeyBody:    "corpo",
		ResponseKeyHeaders: "cabeçalhos",
		ResponseKeyTiming:  "tempos",
		ResponseKeyTop:     "início",
		ResponseKeyBottom:  "fim",
		ResponseKeySearch:  "buscar no corpo",
		ResponseKeyNext:    "ocorrência seguinte/anterior",
		ResponseKeyPrev:    "ocorrência anterior",
		ResponseKeyClear:   "limpar a busca",
		ResponseKeyWrap:    "quebrar as linhas longas",
		ResponseKeySave:    "salvar o corpo em arquivo",

		ResponseCutSpilled: "Corpo de %s: aparecem os primeiros %s; o corpo inteiro está em %s · S salva",
		ResponseCutGone:    "Corpo de %s: aparecem os primeiros %s; o resto se perdeu (o arquivo temporário foi removido)",
		ResponseRenewed:    "A API recusou o token como inválido; ele foi renovado uma vez e a requisição, reenviada.",
		ResponseRenewError: "Não foi possível renovar o token: %s",
		ResponseNoHistory:  "Não entrou no histórico: %s",

		ResponseFormatting: "formatando o corpo…",
		ResponseEmptyBody:  "(corpo vazio)",
		ResponseLines:      "linhas %d–%d de %d",
		ResponseSearching:  "buscando…",
		ResponseMatch:      "ocorrência %s/%s %q · n/N",
		ResponseNoMatch:    "nada encontrado para %q",
		ResponseColorsStop: "sem cores depois de %s",
		ResponseSaveTo:     "salvar em: ",
		ResponseSaving:     "salvando…",
		ResponseSavedTo:    "corpo salvo em %s",
		ResponseSaveFailed: "não foi possível salvar o corpo: %v; confira se a pasta existe e aceita gravação",
	})
}
