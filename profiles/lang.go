package profiles

import (
	"errors"
	"regexp"
	"sync"
)

// Translations of the notes, hints and profile-choice messages of this
// package, for the languages of the UI ("en", "pt-BR"). The English texts
// are built where the errors are made; a translation matches the whole
// English text (data such as names and paths included) and rewrites it, so
// the code that makes the errors stays as it is. Text with no matching
// rule is left in English.

// LangPtBR is the tag of the Brazilian Portuguese texts.
const LangPtBR = "pt-BR"

// NotesIn returns Notes(profile) in lang, falling back to English.
func NotesIn(lang, profile string) string {
	if lang == LangPtBR {
		switch profile {
		case SandboxProfile:
			return sandboxNotesPtBR
		case AcessoCidadaoProfile:
			return acessoCidadaoNotesPtBR
		}
	}
	return Notes(profile)
}

// HintIn returns Hint(err) in lang, falling back to English.
func HintIn(lang string, err error) string {
	return translate(lang, Hint(err))
}

// MessageIn returns err's message in lang when it is a *ProfileError (no
// such profile, none selected), else err.Error().
func MessageIn(lang string, err error) string {
	var pe *ProfileError
	if errors.As(err, &pe) && err.Error() == pe.Error() {
		return translate(lang, pe.Error())
	}
	return err.Error()
}

// translate rewrites an English text by the first rule matching it whole.
func translate(lang, s string) string {
	if lang != LangPtBR || s == "" {
		return s
	}
	for _, r := range rulesPtBR() {
		if m := r.re.FindStringSubmatch(s); m != nil {
			return r.to(m)
		}
	}
	return s
}

// rule matches a whole English text and writes it in Portuguese from the
// submatches.
type rule struct {
	re *regexp.Regexp
	to func(m []string) string
}

// same is a rule for a text without data.
func same(en, pt string) rule {
	return rule{regexp.MustCompile("^" + regexp.QuoteMeta(en) + "$"), func([]string) string { return pt }}
}

// pattern is a rule for a text with data: pt uses $1, $2… for the groups of re.
func pattern(re, pt string) rule {
	r := regexp.MustCompile("^" + re + "$")
	return rule{r, func(m []string) string {
		return string(r.ExpandString(nil, pt, m[0], r.FindStringSubmatchIndex(m[0])))
	}}
}

const quoted = `("(?:[^"\\]|\\.)*")`

const sandboxNotesPtBR = `O sandbox é o provedor de identidade e a API do próprio tokentui, rodando nesta máquina ` +
	`('tokentui sandbox', ou 'tokentui demo' para iniciá-lo dentro do app). As credenciais dele ` +
	`(demo-client / demo-secret) são públicas, então aqui não há problema em deixar o segredo no arquivo. ` +
	`Como o provedor real, ele bloqueia um cliente que peça mais de 10 tokens por minuto.`

const acessoCidadaoNotesPtBR = `As chaves do cliente (client id e segredo do cliente) são pedidas ao provedor: ` +
	`solicite à equipe do Acesso Cidadão um cliente com os escopos das APIs de que você precisa. ` +
	`As chaves de homologação e de produção são diferentes: mantenha um perfil para cada uma. ` +
	`Um token vale cerca de uma hora e deve ser reutilizado: pedir tokens demais faz o cliente ` +
	`ser bloqueado automaticamente, por isso o tokentui guarda e reutiliza o token que já tem. ` +
	`Mantenha o segredo fora deste arquivo: o client_secret é env:AC_CLIENT_SECRET, então exporte essa variável ` +
	`(ou troque por file:PATH, cmd:COMMAND ou keyring).`

// rulesPtBR are tried in order; the first that matches wins. They are
// compiled on first use, not in init: compiling them there slowed the
// start of every command.
var rulesPtBR func() []rule

func init() {
	rulesPtBR = sync.OnceValue(func() []rule { return append(rulesPtBRList(), keyRulesPtBR()...) })
}

func rulesPtBRList() []rule {
	return []rule{
		// Choosing a profile (ProfileError).
		pattern(`there are several profiles \((.*)\) and none is the default`, "há vários perfis ($1) e nenhum é o padrão"),
		same("there are no profiles yet", "ainda não há perfis"),
		pattern(`there is no profile named `+quoted+`: there are no profiles yet`, "não há perfil chamado $1: ainda não há perfis"),
		pattern(`there is no profile named `+quoted+` \(profiles: (.*)\)`, "não há perfil chamado $1 (perfis: $2)"),
		same("choose one with -p NAME, or set a default with 'tokentui profiles default NAME'",
			"escolha um com -p NOME, ou defina um padrão com 'tokentui profiles default NOME'"),
		same("add one with 'tokentui profiles add NAME --issuer URL --client-id ID --secret-ref env:VAR', or run 'tokentui demo'",
			"crie um com 'tokentui profiles add NOME --issuer URL --client-id ID --secret-ref env:VAR', ou rode 'tokentui demo'"),
		same("'tokentui profiles list' shows them all", "'tokentui profiles list' mostra todos"),
		same("'tokentui profiles list' shows the profiles", "'tokentui profiles list' mostra os perfis"),

		// "did you mean X?" followed by another hint, translated too.
		pattern(`did you mean `+quoted+`\?`, "você quis dizer $1?"),
		pattern(`did you mean `+quoted+`\? \(profiles: (.*)\)`, "você quis dizer $1? (perfis: $2)"),
		{regexp.MustCompile(`^did you mean ` + quoted + `\? (.+)$`), func(m []string) string {
			return "você quis dizer " + m[1] + "? " + translate(LangPtBR, m[2])
		}},

		// Loading the file.
		same("give --config the path of a YAML file, e.g. ~/.config/tokentui/profiles.yaml",
			"passe em --config o caminho de um arquivo YAML, por exemplo ~/.config/tokentui/profiles.yaml"),
		same("check that --config points at the profiles file", "confira se --config aponta para o arquivo de perfis"),
		same("remove the second '---' and what follows it, or merge the documents",
			"remova o segundo '---' e tudo o que vem depois dele, ou junte os documentos"),
		same("fix that line; YAML indents with spaces and needs a space after ':'",
			"corrija essa linha; o YAML indenta com espaços e exige um espaço depois de ':'"),
		same("YAML does not allow tabs for indentation: replace the tabs on that line with spaces",
			"o YAML não aceita tabs na indentação: troque os tabs dessa linha por espaços"),
		same("write the values out instead of using '*' aliases", "escreva os valores por extenso em vez de usar aliases '*'"),
		same("write fields as 'name: value'", "escreva os campos como 'nome: valor'"),
		same("keep one of them", "mantenha só um deles"),
		pattern(`known fields: (.*)`, "campos conhecidos: $1"),
		same("see the example in 'tokentui profiles --help'", "veja o exemplo em 'tokentui profiles --help'"),
		pattern(`write scopes as a list: (.*)`, "escreva os escopos como lista: $1"),
		same("write insecure: true or insecure: false", "escreva insecure: true ou insecure: false"),
		same("write a duration such as 24h (the default) or 6h; discovery and JWKS are re-read sooner when the provider changes its keys or endpoint",
			"escreva uma duração como 24h (o padrão) ou 6h; discovery e JWKS são relidos antes disso quando o provedor muda as chaves ou o endpoint"),
		pattern(`metadata_ttl (.*) is (.*), which is not a duration of at least 1h`, "metadata_ttl $1 é $2, que não é uma duração de pelo menos 1h"),
		same("put the value in quotes", "coloque o valor entre aspas"),

		// Validating profiles.
		same("rename or remove one of them", "renomeie ou remova um deles"),
		pattern(`set default to one of: (.*)`, "defina default como um destes: $1"),
		same("remove the default line, or add the profile it names", "remova a linha default, ou crie o perfil que ela indica"),
		same("add a line 'name: something-short' to it", "acrescente a ele uma linha 'name: algo-curto'"),
		same("use letters, digits, '-', '_' or '.'", "use letras, dígitos, '-', '_' ou '.'"),
		same("set client_id to the client id the provider gave you", "defina client_id com o client id que o provedor forneceu"),
		same("set issuer to the provider's base URL (discovery finds the token endpoint), or token_url to the token endpoint",
			"defina issuer com a URL base do provedor (a discovery encontra o token endpoint), ou token_url com o token endpoint"),
		same("write an absolute URL starting with https:// (or http:// for a local sandbox)",
			"escreva uma URL absoluta começando com https:// (ou http:// para um sandbox local)"),
		same("list origins such as https://api2.example or http://127.0.0.1:8080: a scheme, a host and a port, nothing more",
			"liste origens como https://api2.example ou http://127.0.0.1:8080: um esquema, um host e uma porta, nada mais"),
		same("use client_secret_basic (HTTP Basic, the default) or client_secret_post (secret in the form body)",
			"use client_secret_basic (HTTP Basic, o padrão) ou client_secret_post (segredo no corpo do formulário)"),
		same("give it a short name, e.g. {name: me, method: GET, path: /me}",
			"dê a ela um nome curto, por exemplo {name: me, method: GET, path: /me}"),
		same("set path to a path under api_base_url, e.g. /me, or to a full URL",
			"defina path com um caminho sob api_base_url, por exemplo /me, ou com uma URL completa"),
		same("use GET, POST, PUT, PATCH, DELETE…", "use GET, POST, PUT, PATCH, DELETE…"),
		same("write the document's URL, a path under api_base_url, or file:PATH; leave it out to look in the usual places",
			"escreva a URL do documento, um caminho sob api_base_url ou file:CAMINHO; omita-o para procurar nos lugares de costume"),

		// Secret references.
		same("set client_secret to env:VAR, file:PATH, cmd:COMMAND or keyring",
			"defina client_secret como env:VAR, file:PATH, cmd:COMMAND ou keyring"),
		same("write env:VARIABLE_NAME", "escreva env:NOME_DA_VARIAVEL"),
		pattern(`export (\S+)=… in this shell \(or change client_secret\)`, "exporte $1=… neste shell (ou mude o client_secret)"),
		pattern(`write cmd:COMMAND, e\.g\. (.*)`, "escreva cmd:COMANDO, por exemplo $1"),
		same("check that it runs without asking for input (try it in a shell); a password manager may be waiting for a passphrase",
			"confira se ele roda sem pedir nada (teste num shell); um gerenciador de senhas pode estar esperando a frase secreta"),
		same("run the command in a shell to see what it needs", "rode o comando num shell para ver do que ele precisa"),
		same("make the command print the secret on stdout", "faça o comando imprimir o segredo na saída padrão"),
		pattern(`write file:PATH, e\.g\. (.*)`, "escreva file:CAMINHO, por exemplo $1"),
		pattern(`put the secret in (.*) \(readable only by you: chmod 600 (.*)\)`, "coloque o segredo em $1 (legível só por você: chmod 600 $2)"),
		same("point file: at the file holding the secret", "aponte file: para o arquivo que guarda o segredo"),
		pattern(`run: chmod 600 (.*)`, "rode: chmod 600 $1"),
		same("check the file's owner and permissions", "confira o dono e as permissões do arquivo"),
		same("write the client secret into it", "grave nele o segredo do cliente"),
		same(keyringAlternatives,
			"use env:VAR, file:PATH ou cmd:COMMAND no client_secret (não há serviço de chaveiro aqui: máquina sem interface gráfica, CI ou sem sessão D-Bus)"),
		same("store it from the profile editor in the TUI, or use env:VAR, file:PATH or cmd:COMMAND",
			"grave-o pelo editor de perfis da TUI, ou use env:VAR, file:PATH ou cmd:COMMAND"),
		same("store the secret again from the profile editor", "grave o segredo de novo pelo editor de perfis"),
		same("fill both in", "preencha os dois"),

		// Saving.
		same("fix the file by hand, or move it away to start afresh", "corrija o arquivo à mão, ou tire-o do lugar para começar do zero"),
		same("check that you can write there, or choose another file with --config",
			"confira se você pode gravar ali, ou escolha outro arquivo com --config"),
		same("wait for the other tokentui to finish saving and try again", "espere o outro tokentui terminar de salvar e tente de novo"),
		pattern(`check that you can write in (.*)`, "confira se você pode gravar em $1"),
	}
}
