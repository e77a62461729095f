package auth

import (
	"regexp"
	"strings"
	"sync"
)

// Diagnose writes its report in English; In rewrites it in another
// language after the fact: titles by check ID, cause and hint by Code,
// and the details by rules matching the English sentences (data kept as
// it is). The checks themselves stay language-free. A detail part no rule
// knows stays in English, as do quotes from the server.

// In returns a copy of r with its titles, details, causes and hints in
// lang ("en" or "pt-BR"); other languages return r unchanged.
func (r Report) In(lang string) Report {
	if lang != LangPtBR {
		return r
	}
	out := r
	out.Checks = make([]Check, len(r.Checks))
	for i, ch := range r.Checks {
		ch.Title = CheckTitleIn(lang, ch.ID, ch.Title)
		ch.Detail = detailIn(lang, ch.Detail)
		if ch.Code != "" {
			e := ExplainCodeIn(lang, ch.Code)
			if ch.Cause != "" {
				ch.Cause = e.Cause
			}
			if ch.Hint != "" {
				ch.Hint = translateHint(ch.Hint, e.Hint)
			}
		}
		out.Checks[i] = ch
	}
	return out
}

// CheckTitleIn is the title of a check in lang; title is the English one,
// returned for unknown checks and languages.
func CheckTitleIn(lang, id, title string) string {
	if lang != LangPtBR {
		return title
	}
	if t, ok := checkTitlesPtBR[id]; ok {
		return t
	}
	return title
}

var checkTitlesPtBR = map[string]string{
	"profile":          "Perfil",
	"reachability":     "Conectividade",
	"discovery":        "Discovery",
	"auth_method":      "Método de autenticação",
	"grant_type":       "Tipo de grant",
	"scopes_supported": "Escopos anunciados",
	"credentials":      "Credenciais",
	"scopes_granted":   "Escopos concedidos",
	"clock":            "Relógio",
	"signature":        "Assinatura",
}

// translateHint: a check's own hint (not its code's) by rule, else the
// code's translated hint.
func translateHint(en, fromCode string) string {
	if t, ok := diagHintsPtBR[en]; ok {
		return t
	}
	return fromCode
}

var diagHintsPtBR = map[string]string{
	"set token_url in the profile":                                                                 "informe token_url no perfil",
	"set auth_method in the profile to one the provider supports":                                  "defina no perfil um auth_method que o provedor aceite",
	"check jwks_url / the issuer: the token must be verifiable with the provider's published keys": "confira jwks_url / o issuer: o token precisa ser verificável com as chaves publicadas pelo provedor",
}

// NoteIn returns a token's Note (or a Verification's Reason) in lang,
// part by part; parts no rule knows stay in English.
func NoteIn(lang, note string) string {
	if lang != LangPtBR {
		return note
	}
	return detailIn(lang, note)
}

// detailIn translates each "; "-separated part of a detail.
func detailIn(lang, detail string) string {
	parts := strings.Split(detail, "; ")
	for i, p := range parts {
		parts[i] = partPtBR(p)
	}
	return strings.Join(parts, "; ")
}

// durPtBR rewrites Human's "1h 2m", "41m", "12s" as "1 h 2 min", "41 min", "12 s".
func durPtBR(s string) string {
	return durRE.ReplaceAllStringFunc(s, func(m string) string {
		sm := durRE.FindStringSubmatch(m)
		switch sm[2] {
		case "h":
			return sm[1] + " h"
		case "m":
			return sm[1] + " min"
		}
		return sm[1] + " s"
	})
}

var durRE = regexp.MustCompile(`\b(\d+)([hms])\b`)

type diagRule struct {
	re func() *regexp.Regexp // compiled on first use, not at every start
	pt string                // with $1…; groups named d… are durations
}

func partPtBR(s string) string {
	for _, r := range diagRulesPtBR {
		re := r.re()
		m := re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		out := string(re.ExpandString(nil, r.pt, s, m))
		if re.NumSubexp() > 0 && strings.Contains(re.String(), "(?P<d") {
			// durations were copied as they are; rewrite them in place
			for i, name := range re.SubexpNames() {
				if strings.HasPrefix(name, "d") && m[2*i] >= 0 {
					d := s[m[2*i]:m[2*i+1]]
					out = strings.Replace(out, d, durPtBR(d), 1)
				}
			}
		}
		return out
	}
	return s
}

func dr(re, pt string) diagRule {
	return diagRule{sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("^" + re + "$") }), pt}
}

var diagRulesPtBR = []diagRule{
	// profile
	dr(`client ("(?:[^"\\]|\\.)*"), (\S*), scopes \[(.*)\]`, "cliente $1, $2, escopos [$3]"),
	dr(`(.*) is plain http: the secret and tokens cross the network unencrypted`, "$1 é http puro: o segredo e os tokens atravessam a rede sem criptografia"),
	dr(`no scopes are asked for: the provider grants its defaults, often none`, "nenhum escopo é pedido: o provedor concede os padrões dele, muitas vezes nenhum"),
	dr(`the profile has no client_secret`, "o perfil não tem client_secret"),
	// reachability
	dr(`bad URL: (.*)`, "URL inválida: $1"),
	dr(`through the proxy (.*): direct DNS/TCP/TLS checks skipped`, "pelo proxy $1: verificações diretas de DNS/TCP/TLS puladas"),
	dr(`DNS lookup of (\S+) failed: (.*)`, "a consulta DNS de $1 falhou: $2"),
	dr(`cannot connect to (\S+): (.*)`, "não foi possível conectar a $1: $2"),
	dr(`TLS handshake with (\S+) failed: (.*)`, "o handshake TLS com $1 falhou: $2"),
	dr(`TCP (\S+) in (.*)`, "TCP $1 em $2"),
	dr(`TLS (\S+), certificate for (.*) by (.*), valid until (\d{4})-(\d\d)-(\d\d)`, "TLS $1, certificado para $2 emitido por $3, válido até $6/$5/$4"),
	// discovery
	dr(`no issuer: the token URL is used directly`, "sem issuer: a token URL é usada diretamente"),
	dr(`cannot use the discovery document: (.*)`, "não foi possível usar o documento de discovery: $1"),
	dr(`needs the discovery document`, "depende do documento de discovery"),
	dr(`(\S+): issuer matches`, "$1: o issuer confere"),
	dr(`no token_endpoint`, "sem token_endpoint"),
	dr(`(\S+) is supported`, "$1 é aceito"),
	dr(`not advertised`, "não anunciado"),
	dr(`client_secret_basic is the default \(RFC 8414\)`, "client_secret_basic é o padrão (RFC 8414)"),
	dr(`the provider does not advertise its auth methods`, "o provedor não anuncia os métodos de autenticação"),
	dr(`(\S+) may not work`, "$1 pode não funcionar"),
	dr(`(\S+) is not supported \(supported: (.*)\)`, "$1 não é aceito (aceitos: $2)"),
	dr(`grant_types_supported is not advertised \(RFC 8414's default does not include client_credentials\)`, "grant_types_supported não é anunciado (o padrão da RFC 8414 não inclui client_credentials)"),
	dr(`no scopes asked for`, "nenhum escopo pedido"),
	dr(`scopes_supported is not advertised`, "scopes_supported não é anunciado"),
	dr(`every scope asked for is advertised`, "todos os escopos pedidos são anunciados"),
	dr(`not advertised: (.*) \(providers may hide some scopes`, "não anunciados: $1 (provedores podem esconder alguns escopos"),
	dr(`invalid_scope would confirm it\)`, "um invalid_scope confirmaria)"),
	// credentials
	dr(`needs the token endpoint`, "depende do token endpoint"),
	dr(`a cached token, obtained (?P<d1>.*) ago, is valid for another (?P<d2>.*)`, "há um token em cache, obtido há $1, válido por mais $2"),
	dr(`no new token was requested \(use --fresh to test the credentials now\)`, "nenhum token novo foi pedido (use --fresh para testar as credenciais agora)"),
	dr(`the token request failed: (.*)`, "o pedido de token falhou: $1"),
	dr(`another process got a token meanwhile`, "outro processo obteve um token enquanto isso"),
	dr(`a cached token is valid for another (?P<d1>.*)`, "há um token em cache válido por mais $1"),
	dr(`this secret was accepted by (\S+) at (\S+) \(token request of profile ("(?:[^"\\]|\\.)*"), same credentials\)`, "este segredo foi aceito por $1 às $2 (pedido de token do perfil $3, mesmas credenciais)"),
	dr(`this secret was accepted by (\S+) at (\S+) \(token request of profile ("(?:[^"\\]|\\.)*")\)`, "este segredo foi aceito por $1 às $2 (pedido de token do perfil $3)"),
	dr(`the provider did not say which scopes it granted \(no scope in the response or the token\)`, "o provedor não disse quais escopos concedeu (não há scope na resposta nem no token)"),
	dr(`taken as those asked for: \[(.*)\]`, "considerados os pedidos: [$1]"),
	dr(`valid for another (?P<d1>.*) \(leeway (?P<d2>.*)\)`, "válido por mais $1 (tolerância de $2)"),
	dr(`valid for another (?P<d1>.*)`, "válido por mais $1"),
	dr(`a token was issued in (.*), valid for (?P<d1>.*)`, "um token foi emitido em $1, válido por $2"),
	// notes on the token (Token.Note)
	dr(`expires_in \((.*)\) and the JWT's exp \((.*)\) differ by (?P<d1>.*)`, "expires_in ($1) e o exp do JWT ($2) diferem em $3"),
	dr(`using the earlier`, "vale o que vence primeiro"),
	dr(`the JWT's exp \((.*)\) is already past by the local clock, which is probably ahead of the provider's by about (?P<d1>.*)`,
		"o exp do JWT ($1) já passou pelo relógio local, que provavelmente está adiantado cerca de $2 em relação ao do provedor"),
	dr(`using expires_in`, "vale o expires_in"),
	dr(`no expires_in in the response`, "a resposta não tem expires_in"),
	dr(`no expires_in in the response \(or none usable\)`, "a resposta não tem expires_in (ou não tem um que sirva)"),
	dr(`neither expires_in nor the token says when it expires`, "nem o expires_in nem o token dizem quando ele vence"),
	dr(`assuming it lives (?P<d1>.*)`, "supondo que ele vale $1"),
	dr(`expires_in (.*) is not a positive number of seconds`, "expires_in $1 não é um número positivo de segundos"),
	dr(`expires_in (.*) is not a number`, "expires_in $1 não é um número"),
	dr(`ignored`, "ignorado"),
	dr(`expires_in (\S+) seconds is more than (?P<d1>\S+)`, "expires_in de $1 segundos passa de $2"),
	dr(`the JWT's exp \((.*)\) is more than (?P<d1>\S+) away`, "o exp do JWT ($1) está a mais de $2"),
	dr(`taken as (?P<d1>\S+)`, "considerado $1"),
	dr(`expiry from the JWT's exp`, "validade tirada do exp do JWT"),
	dr(`the response has no expires_in and the token no exp`, "a resposta não tem expires_in e o token não tem exp"),
	dr(`assuming it lives 5 minutes`, "supondo que ele vale 5 minutos"),
	dr(`not cached on disk: (.*)`, "não guardado no cache em disco: $1"),
	// scopes granted
	dr(`no token`, "sem token"),
	dr(`no scopes asked for`, "nenhum escopo pedido"),
	dr(`granted: \[(.*)\]`, "concedidos: [$1]"),
	dr(`asked \[(.*)\], granted \[(.*)\]`, "pedidos [$1], concedidos [$2]"),
	dr(`missing: (.*)`, "faltando: $1"),
	dr(`granted \[(.*)\]`, "concedidos [$1]"),
	// clock
	dr(`the provider's Date agrees with this machine's clock \(to the second\)`, "o Date do provedor bate com o relógio desta máquina (no segundo)"),
	dr(`the provider's Date differs from this machine's clock by (?P<d1>.*)`, "o Date do provedor difere do relógio desta máquina em $1"),
	dr(`the local clock is (?P<d1>\S+(?: \S+)?) ahead of the provider's \(from the Date header\)`, "o relógio local está $1 adiantado em relação ao do provedor (pelo header Date)"),
	dr(`the local clock is (?P<d1>\S+(?: \S+)?) behind the provider's \(from the Date header\)`, "o relógio local está $1 atrasado em relação ao do provedor (pelo header Date)"),
	dr(`the local clock is (?P<d1>\S+(?: \S+)?) ahead of the provider's \(from the iat claim\): the token says it was issued in the future`, "o relógio local está $1 adiantado em relação ao do provedor (pela claim iat): o token diz que foi emitido no futuro"),
	dr(`the local clock is (?P<d1>\S+(?: \S+)?) behind the provider's \(from the iat claim\): the token says it was issued in the future`, "o relógio local está $1 atrasado em relação ao do provedor (pela claim iat): o token diz que foi emitido no futuro"),
	dr(`the local clock is (?P<d1>\S+(?: \S+)?) ahead of the provider's \(from the iat claim\)`, "o relógio local está $1 adiantado em relação ao do provedor (pela claim iat)"),
	dr(`the local clock is (?P<d1>\S+(?: \S+)?) behind the provider's \(from the iat claim\)`, "o relógio local está $1 atrasado em relação ao do provedor (pela claim iat)"),
	dr(`no answer from the provider to compare with`, "nenhuma resposta do provedor para comparar"),
	// signature (Verification.Reason)
	dr(`signature verified with key ("(?:[^"\\]|\\.)*") \((\S+)\)`, "assinatura verificada com a chave $1 ($2)"),
	dr(`signature good \(key ("(?:[^"\\]|\\.)*"), (\S+)\), but (.*)`, "assinatura correta (chave $1, $2), mas $3"),
	dr(`the signature does not match key ("(?:[^"\\]|\\.)*"): the token was altered or signed by another key`, "a assinatura não confere com a chave $1: o token foi alterado ou assinado por outra chave"),
	dr(`cannot find the provider's keys: (.*)`, "não foi possível obter as chaves do provedor: $1"),
	dr(`cannot find the issuer's keys: (.*)`, "não foi possível obter as chaves do emissor: $1"),
	dr(`the token has no http\(s\) "iss" to discover its keys from`, "o token não tem um \"iss\" http(s) para descobrir as chaves"),
	dr(`the issuer's discovery document has no jwks_uri`, "o documento de discovery do emissor não tem jwks_uri"),
	dr(`give the JWKS URL \(--jwks\)`, "informe a URL do JWKS (--jwks)"),
	dr(`the token is unsigned \(alg "none"\)`, "o token não é assinado (alg \"none\")"),
	dr(`unsigned tokens are never accepted`, "tokens sem assinatura nunca são aceitos"),
	dr(`the signature could not be checked: (.*)`, "não foi possível conferir a assinatura: $1"),
	dr(`an opaque token \(not a JWT\): only the provider can check it`, "um token opaco (não é JWT): só o provedor consegue conferi-lo"),
}
