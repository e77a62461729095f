package i18n

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"tokentui/auth"
	"tokentui/profiles"
)

// Errors of the domain packages written in the user's language from their
// codes and fields: the profiles package's by profiles.Code, and auth's
// token answers, requests held back and renewals refused by the guard by
// their fields (status, error code, times, counts). English reads as
// Error() says.

// Keys of auth's errors.
const (
	AuthAnswered       Key = "AuthAnswered"       // the token endpoint answered HTTP %d%s
	AuthAnsweredError  Key = "AuthAnsweredError"  //  with error %q
	AuthAnsweredDesc   Key = "AuthAnsweredDesc"   //  (%s)
	AuthAnsweredRedir  Key = "AuthAnsweredRedir"  // , a redirect to %s that tokentui does not follow with the client's credentials
	AuthAnsweredWait   Key = "AuthAnsweredWait"   // ; it asks to wait until %s
	AuthHeldRefused    Key = "AuthHeldRefused"    // no token request sent: %s (at %s, by profile %q); asking again…
	AuthHeldBackoffOne Key = "AuthHeldBackoffOne" // no token request sent: the last token request failed (%[2]s, at %[3]s)…
	AuthHeldBackoff    Key = "AuthHeldBackoff"    // no token request sent: the last %[1]d token requests failed (%[2]s, at %[3]s)…
	AuthGuardOne       Key = "AuthGuardOne"       // refused to force another token: %[1]d forced renewal… %[2]s; try again after %[3]s (%[4]s)
	AuthGuardMany      Key = "AuthGuardMany"      // refused to force another token: %[1]d forced renewals… %[2]s; try again after %[3]s (%[4]s)
	AuthGuardNoToken   Key = "AuthGuardNoToken"   // no valid token is cached
	AuthGuardReused    Key = "AuthGuardReused"    // the current token is still valid for %s and is reused meanwhile
	AuthErrConfig      Key = "AuthErrConfig"      // invalid auth configuration
	AuthErrDiscovery   Key = "AuthErrDiscovery"   // discovery failed
	AuthErrIssuer      Key = "AuthErrIssuer"      // issuer mismatch
	AuthErrResponse    Key = "AuthErrResponse"    // invalid token response
	AuthErrBadKey      Key = "AuthErrBadKey"      // unusable client key
	AuthErrChallenge   Key = "AuthErrChallenge"   // malformed WWW-Authenticate header
)

// sentinels are auth's kinds of error that read as a few words at the
// start of a sentence ("discovery failed for issuer …").
var sentinels = map[error]Key{
	auth.ErrConfig: AuthErrConfig, auth.ErrDiscovery: AuthErrDiscovery,
	auth.ErrIssuerMismatch: AuthErrIssuer, auth.ErrInvalidResponse: AuthErrResponse,
	auth.ErrBadKey: AuthErrBadKey, auth.ErrBadChallenge: AuthErrChallenge,
}

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		return map[Key]string{
				AuthAnswered:       "the token endpoint answered HTTP %d%s",
				AuthAnsweredError:  " with error %q",
				AuthAnsweredDesc:   " (%s)",
				AuthAnsweredRedir:  ", a redirect to %s that tokentui does not follow with the client's credentials",
				AuthAnsweredWait:   "; it asks to wait until %s",
				AuthHeldRefused:    "no token request sent: %s (at %s, by profile %q); asking again with the same credentials would only count against the client, so tokentui waits until the profile or its secret, key or certificate changes, or a new attempt is forced",
				AuthHeldBackoffOne: "no token request sent: the last token request failed (%[2]s, at %[3]s); tokentui waits before asking again: the next attempt is allowed at %[4]s (%[5]s)",
				AuthHeldBackoff:    "no token request sent: the last %[1]d token requests failed (%[2]s, at %[3]s); tokentui waits before asking again: the next attempt is allowed at %[4]s (%[5]s)",
				AuthGuardOne:       "refused to force another token: %[1]d forced renewal of this client in the last minute already. Providers block clients that ask for tokens too often (the sandbox after 10 a minute), and unblocking can take long; %[2]s; try again after %[3]s (%[4]s)",
				AuthGuardMany:      "refused to force another token: %[1]d forced renewals of this client in the last minute already. Providers block clients that ask for tokens too often (the sandbox after 10 a minute), and unblocking can take long; %[2]s; try again after %[3]s (%[4]s)",
				AuthGuardNoToken:   "no valid token is cached",
				AuthGuardReused:    "the current token is still valid for %s and is reused meanwhile",
				AuthErrConfig:      "invalid auth configuration",
				AuthErrDiscovery:   "discovery failed",
				AuthErrIssuer:      "issuer mismatch",
				AuthErrResponse:    "invalid token response",
				AuthErrBadKey:      "unusable client key",
				AuthErrChallenge:   "malformed WWW-Authenticate header",
			}, map[Key]string{
				AuthAnswered:       "o token endpoint respondeu HTTP %d%s",
				AuthAnsweredError:  " com o erro %q",
				AuthAnsweredDesc:   " (%s)",
				AuthAnsweredRedir:  ", um redirecionamento para %s que o tokentui não segue com as credenciais do cliente",
				AuthAnsweredWait:   "; ele pede para esperar até %s",
				AuthHeldRefused:    "nenhum pedido de token enviado: %s (às %s, pelo perfil %q); pedir de novo com as mesmas credenciais só contaria contra o cliente, então o tokentui espera até que o perfil, o segredo, a chave ou o certificado dele mude, ou que uma nova tentativa seja forçada",
				AuthHeldBackoffOne: "nenhum pedido de token enviado: o último pedido de token falhou (%[2]s, às %[3]s); o tokentui espera antes de pedir de novo: a próxima tentativa é permitida às %[4]s (%[5]s)",
				AuthHeldBackoff:    "nenhum pedido de token enviado: os últimos %[1]d pedidos de token falharam (%[2]s, às %[3]s); o tokentui espera antes de pedir de novo: a próxima tentativa é permitida às %[4]s (%[5]s)",
				AuthGuardOne:       "recusado forçar outro token: já houve %[1]d renovação forçada deste cliente no último minuto. Os provedores bloqueiam clientes que pedem tokens com frequência demais (o sandbox depois de 10 por minuto), e o desbloqueio pode demorar; %[2]s; tente de novo depois das %[3]s (%[4]s)",
				AuthGuardMany:      "recusado forçar outro token: já houve %[1]d renovações forçadas deste cliente no último minuto. Os provedores bloqueiam clientes que pedem tokens com frequência demais (o sandbox depois de 10 por minuto), e o desbloqueio pode demorar; %[2]s; tente de novo depois das %[3]s (%[4]s)",
				AuthGuardNoToken:   "não há token válido no cache",
				AuthGuardReused:    "o token atual ainda vale por mais %s e é reutilizado enquanto isso",
				AuthErrConfig:      "configuração de autenticação inválida",
				AuthErrDiscovery:   "a discovery falhou",
				AuthErrIssuer:      "issuer divergente",
				AuthErrResponse:    "resposta de token inválida",
				AuthErrBadKey:      "chave de cliente inutilizável",
				AuthErrChallenge:   "header WWW-Authenticate malformado",
			}
	})
}

// ErrorText writes err in lang when the catalogue knows it by code (an
// error of package profiles; auth's token answers, requests held back and
// renewals refused by the guard), keeping whatever wrapped it as it is;
// any other error, and every error in English, reads as err.Error().
func ErrorText(lang Lang, err error) string {
	if err == nil {
		return ""
	}
	if lang == En {
		return err.Error()
	}
	if k, ok := sentinels[err]; ok {
		return T(lang, k)
	}
	var inner error
	var text string
	var he *auth.HeldError
	var ge *auth.GuardError
	var te *auth.TokenError
	var pe interface {
		error
		Phrase() auth.Phrase
	}
	if c, ok := profiles.CodedOf(err); ok {
		inner, text = c, ProfileText(lang, c.Message())
	} else if errors.As(err, &he) {
		inner, text = he, heldText(lang, he)
	} else if errors.As(err, &ge) && errors.Is(ge, auth.ErrGuardRefused) {
		inner, text = ge, guardText(lang, ge)
	} else if errors.As(err, &te) {
		inner, text = te, tokenErrorText(lang, te)
	} else if errors.As(err, &pe) {
		inner, text = pe, Phrase(lang, pe.Phrase())
	} else {
		return err.Error()
	}
	return strings.Replace(err.Error(), inner.Error(), text, 1)
}

// clock writes a time of day as auth's messages do.
func clock(t time.Time) string { return t.Format("15:04:05") }

func answered(lang Lang, status int, code, desc string) string {
	s := ""
	if t := http.StatusText(status); t != "" {
		s = " " + t
	}
	out := T(lang, AuthAnswered, status, s)
	if code != "" {
		out += T(lang, AuthAnsweredError, code)
	}
	if desc != "" {
		out += T(lang, AuthAnsweredDesc, desc)
	}
	return out
}

func tokenErrorText(lang Lang, e *auth.TokenError) string {
	s := answered(lang, e.StatusCode, e.Code, e.Description)
	if e.StatusCode >= 300 && e.StatusCode < 400 && e.Err != nil && e.Err.Response != nil {
		if loc := e.Err.Response.Header.Get("Location"); loc != "" {
			s += T(lang, AuthAnsweredRedir, loc)
		}
	}
	if !e.RetryAfter.IsZero() {
		s += T(lang, AuthAnsweredWait, clock(e.RetryAfter))
	}
	return s
}

func heldText(lang Lang, e *auth.HeldError) string {
	what := e.Last.Message // no answer (the network): Go's own words
	if e.Last.Status > 0 && (e.Last.Status < 300 || e.Last.Status >= 400) {
		what = answered(lang, e.Last.Status, e.Last.OAuthError, e.Last.Description)
	}
	if e.Until.IsZero() {
		return T(lang, AuthHeldRefused, what, clock(e.Last.At), e.Last.Profile)
	}
	n := max(e.Failures, 1)
	return N(lang, n, AuthHeldBackoffOne, AuthHeldBackoff, what, clock(e.Last.At), clock(e.Until), In(lang, e.Until.Sub(e.Now)))
}

func guardText(lang Lang, e *auth.GuardError) string {
	life := T(lang, AuthGuardNoToken)
	if e.Remaining > 0 {
		life = T(lang, AuthGuardReused, Span(lang, e.Remaining))
	}
	return N(lang, e.Forced, AuthGuardOne, AuthGuardMany, life, clock(e.Until), In(lang, e.Until.Sub(e.Now)))
}
