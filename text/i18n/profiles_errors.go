package i18n

import (
	"strings"

	"tokentui/profiles"
)

// The problems of the profiles package (loading, validating, choosing a
// profile, resolving a secret, saving), written by their code: the
// English is profiles.English (what Error() says), the Portuguese below.

// ProfileText writes t in lang; arguments that are Texts themselves are
// written in lang too.
func ProfileText(lang Lang, t profiles.Text) string {
	if t.IsZero() {
		return ""
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		if at, ok := a.(profiles.Text); ok {
			a = ProfileText(lang, at)
		}
		args[i] = a
	}
	return T(lang, profileKey(t.Code), args...)
}

// ProfileError writes an error of the profiles package in lang: its message
// (with whatever wrapped it left as it is) and its hint ("" when none).
// Other errors read as err.Error(), without a hint.
func ProfileError(lang Lang, err error) (msg, hint string) {
	c, ok := profiles.CodedOf(err)
	if !ok {
		return err.Error(), ""
	}
	msg = ProfileText(lang, c.Message())
	if outer := err.Error(); outer != c.Error() {
		msg = strings.Replace(outer, c.Error(), msg, 1)
	}
	return msg, ProfileText(lang, c.HintText())
}

// ProfileMessage is the message of ProfileError.
func ProfileMessage(lang Lang, err error) string {
	msg, _ := ProfileError(lang, err)
	return msg
}

// ProfileHint is the hint of ProfileError.
func ProfileHint(lang Lang, err error) string {
	_, hint := ProfileError(lang, err)
	return hint
}

// ProfileNotes are the notes of a preset profile (sandbox, Acesso
// Cidadão) in lang; "" for any other.
func ProfileNotes(lang Lang, name string) string {
	switch name {
	case profiles.SandboxProfile:
		return T(lang, ProfileNotesSandbox)
	case profiles.AcessoCidadaoProfile:
		return T(lang, ProfileNotesAcessoCidadao)
	}
	return ""
}

// The keys of the notes of the presets.
const (
	ProfileNotesSandbox       Key = "ProfileNotesSandbox"       // profiles.SandboxNotes
	ProfileNotesAcessoCidadao Key = "ProfileNotesAcessoCidadao" // profiles.AcessoCidadaoNotes
)

func profileKey(c profiles.Code) Key { return Key("profiles." + string(c)) }

func init() {
	registerLazy(func() (en, pt map[Key]string) {
		en, pt = map[Key]string{
			ProfileNotesSandbox:       profiles.SandboxNotes,
			ProfileNotesAcessoCidadao: profiles.AcessoCidadaoNotes,
		}, map[Key]string{
			ProfileNotesSandbox: `O sandbox é o provedor de identidade e a API do próprio tokentui, rodando nesta máquina ` +
				`('tokentui sandbox', ou 'tokentui demo' para iniciá-lo dentro do app). As credenciais dele ` +
				`(demo-client / demo-secret) são públicas, então aqui não há problema em deixar o segredo no arquivo. ` +
				`Como o provedor real, ele bloqueia um cliente que peça mais de 10 tokens por minuto.`,
			ProfileNotesAcessoCidadao: `As chaves do cliente (client id e segredo do cliente) são pedidas ao provedor: ` +
				`solicite à equipe do Acesso Cidadão um cliente com os escopos das APIs de que você precisa. ` +
				`As chaves de homologação e de produção são diferentes: mantenha um perfil para cada uma. ` +
				`Um token vale cerca de uma hora e deve ser reutilizado: pedir tokens demais faz o cliente ` +
				`ser bloqueado automaticamente, por isso o tokentui guarda e reutiliza o token que já tem. ` +
				`Mantenha o segredo fora deste arquivo: o client_secret é env:AC_CLIENT_SECRET, então exporte essa variável ` +
				`(ou troque por file:PATH, cmd:COMMAND ou keyring).`,
		}
		addCodes(en, pt, profileKey, profiles.English(), profilesPtBR())
		return en, pt
	})
}

// profilesPtBR is the Portuguese of every code of the profiles package,
// built on first use (registerLazy) rather than at start.
func profilesPtBR() map[profiles.Code]string {
	return map[profiles.Code]string{
		profiles.CodeAtPathLine: "%s:%d: %s",
		profiles.CodeAtPath:     "%s: %s",
		profiles.CodeAtLine:     "linha %d: %s",

		profiles.CodeNoneDefault:       "há vários perfis (%s) e nenhum é o padrão",
		profiles.CodeNoProfilesYet:     "ainda não há perfis",
		profiles.CodeNoSuchProfileNone: "não há perfil chamado %q: ainda não há perfis",
		profiles.CodeNoSuchProfile:     "não há perfil chamado %q (perfis: %s)",
		profiles.HintChooseOne:         "escolha um com -p NOME, ou defina um padrão com 'tokentui profiles default NOME'",
		profiles.HintAddOne:            "crie um com 'tokentui profiles add NOME --issuer URL --client-id ID --secret-ref env:VAR', ou rode 'tokentui demo'",
		profiles.HintDidYouMeanList:    "você quis dizer %q? 'tokentui profiles list' mostra todos",
		profiles.HintListShows:         "'tokentui profiles list' mostra os perfis",

		profiles.CodeIsDir:         "isto é um diretório, não um arquivo de perfis",
		profiles.CodeNoFile:        "não há arquivo de perfis em %s: %v",
		profiles.CodeCannotRead:    "não foi possível ler o arquivo de perfis %s: %v",
		profiles.CodeTooLarge:      "o arquivo tem mais de %d MiB, o que nenhum arquivo de perfis deveria ter",
		profiles.CodeMultiDoc:      "o arquivo contém mais de um documento YAML",
		profiles.CodeWrongTypeYAML: "um valor tem o tipo errado: %s",
		profiles.CodeSyntax:        "o arquivo não é YAML válido: %s",
		profiles.CodeAliasTooMuch:  "os aliases do arquivo se expandem em dados demais",
		profiles.CodeWrongType:     "%q %s deveria ser %s, não %s",
		profiles.CodeWrongTypeTop:  "o arquivo deveria ser %s no nível de cima, não %s",
		profiles.CodeDupMapKey:     "a chave %q de %q %s aparece duas vezes (a primeira na linha %d)",
		profiles.CodeFieldNotText:  "um nome de campo precisa ser texto simples %s",
		profiles.CodeDupField:      "o campo %q aparece duas vezes %s (o primeiro na linha %d)",
		profiles.CodeUnknownField:  "campo desconhecido %q %s",
		profiles.HintGiveConfig:    "passe em --config o caminho de um arquivo YAML, por exemplo ~/.config/tokentui/profiles.yaml",
		profiles.HintCheckConfig:   "confira se --config aponta para o arquivo de perfis",
		profiles.HintRemoveDoc:     "remova o segundo '---' e tudo o que vem depois dele, ou junte os documentos",
		profiles.HintFixLine:       "corrija essa linha; o YAML indenta com espaços e exige um espaço depois de ':'",
		profiles.HintNoTabs:        "o YAML não aceita tabs na indentação: troque os tabs dessa linha por espaços",
		profiles.HintNoAliases:     "escreva os valores por extenso em vez de usar aliases '*'",
		profiles.HintWriteFields:   "escreva os campos como 'nome: valor'",
		profiles.HintKeepOne:       "mantenha só um deles",
		profiles.HintKnownFields:   "campos conhecidos: %s",
		profiles.HintDidYouMean:    "você quis dizer %q?",
		profiles.HintSeeExample:    "veja o exemplo em 'tokentui profiles --help'",
		profiles.HintScopesList:    "escreva os escopos como lista: scopes: [%s]",
		profiles.HintInsecure:      "escreva insecure: true ou insecure: false",
		profiles.HintQuote:         "coloque o valor entre aspas",

		profiles.WantStruct:    "um mapa de campos (nome: valor)",
		profiles.WantText:      "texto",
		profiles.WantBool:      "true ou false",
		profiles.WantList:      "uma lista (como [a, b] ou linhas começando com '- ')",
		profiles.WantMap:       "um mapa (como {Chave: valor})",
		profiles.WantKeysText:  "um mapa cujas chaves são texto",
		profiles.NodeMapping:   "um mapa",
		profiles.NodeList:      "uma lista",
		profiles.NodeNumber:    "o número %s",
		profiles.NodeBoolean:   "o booleano %s",
		profiles.NodeText:      "texto",
		profiles.NodeValue:     "o valor %q",
		profiles.WhereTop:      "no nível de cima",
		profiles.WhereProfile:  "no perfil %q",
		profiles.WhereProfileN: "no perfil nº %d",
		profiles.WhereAProfile: "num perfil",
		profiles.WhereRequest:  "na requisição salva %q (%s)",
		profiles.WhereRequestN: "na requisição salva nº %d (%s)",

		profiles.SubjProfile:          "o perfil %q",
		profiles.SubjProfileN:         "o perfil nº %d",
		profiles.SubjAProfile:         "um perfil",
		profiles.SubjRequest:          "a requisição salva %q %s",
		profiles.SubjRequestN:         "a requisição salva nº %d %s",
		profiles.CodeDupName:          "dois perfis se chamam %q (perfis nº %d e nº %d)",
		profiles.CodeBadDefault:       "default é %q, mas não há perfil com esse nome",
		profiles.CodeNoName:           "%s não tem nome",
		profiles.CodeNameSpaces:       "o nome de perfil %q tem espaços nas pontas ou caracteres de controle",
		profiles.CodeNoClientID:       "%s não tem client_id",
		profiles.CodeNoIssuer:         "%s não tem nem issuer nem token_url",
		profiles.CodeBadURL:           "%s %s é %q, que %s",
		profiles.CodeBadTokenHost:     "token_hosts %s contém %q, que %s",
		profiles.CodeBadOpenAPI:       "openapi %s é %q, que %s",
		profiles.CodeBadMetadataTTL:   "metadata_ttl %s é %q, que não é uma duração de pelo menos 1h",
		profiles.CodeBadAuthMethod:    "auth_method %s é %q, que o tokentui não conhece",
		profiles.CodeDupRequest:       "duas requisições salvas se chamam %q %s",
		profiles.CodeNoPath:           "%s não tem path",
		profiles.CodeBadMethod:        "%s tem o método %q, que não é um método HTTP",
		profiles.URLNoParse:           "não é uma URL que se possa ler",
		profiles.URLNotHTTP:           "não é uma URL absoluta http:// ou https://",
		profiles.URLNoHost:            "não tem host",
		profiles.URLUserInfo:          "contém um usuário ou senha; ponha as credenciais em client_id e client_secret",
		profiles.URLOriginPath:        "tem um caminho ou uma query; o token vai para uma origem inteira",
		profiles.URLNoFile:            "não indica arquivo nenhum",
		profiles.URLNotHTTPS:          "não é uma URL http(s)",
		profiles.URLNoBase:            "é um caminho, e o perfil não tem api_base_url sob a qual colocá-lo",
		profiles.HintRenameOne:        "renomeie ou remova um deles",
		profiles.HintDefaultOneOf:     "defina default como um destes: %s",
		profiles.HintRemoveDefault:    "remova a linha default, ou crie o perfil que ela indica",
		profiles.HintDidYouMeanNames:  "você quis dizer %q? (perfis: %s)",
		profiles.HintAddName:          "acrescente a ele uma linha 'name: algo-curto'",
		profiles.HintNameChars:        "use letras, dígitos, '-', '_' ou '.'",
		profiles.HintSetClientID:      "defina client_id com o client id que o provedor forneceu",
		profiles.HintSetIssuer:        "defina issuer com a URL base do provedor (a discovery encontra o token endpoint), ou token_url com o token endpoint",
		profiles.HintWriteURL:         "escreva uma URL absoluta começando com https:// (ou http:// para um sandbox local)",
		profiles.HintListOrigins:      "liste origens como https://api2.example ou http://127.0.0.1:8080: um esquema, um host e uma porta, nada mais",
		profiles.HintWriteOpenAPI:     "escreva a URL do documento, um caminho sob api_base_url ou file:CAMINHO; omita-o para procurar nos lugares de costume",
		profiles.HintWriteDuration:    "escreva uma duração como 24h (o padrão) ou 6h; discovery e JWKS são relidos antes disso quando o provedor muda as chaves ou o endpoint",
		profiles.HintAuthMethods:      "use client_secret_basic (HTTP Basic, o padrão), client_secret_post (segredo no corpo do formulário), private_key_jwt (asserção assinada com uma chave privada), client_secret_jwt (asserção assinada com o segredo), tls_client_auth ou self_signed_tls_client_auth (um certificado TLS de cliente)",
		profiles.HintDidYouMeanThen:   "você quis dizer %q? %s",
		profiles.HintNameRequest:      "dê a ela um nome curto, por exemplo {name: me, method: GET, path: /me}",
		profiles.HintSetPath:          "defina path com um caminho sob api_base_url, por exemplo /me, ou com uma URL completa",
		profiles.HintUseMethods:       "use GET, POST, PUT, PATCH, DELETE… (um método HTTP)",
		profiles.CodeKeyUnused:        "client_key está definido %s, mas o auth_method %s não usa chave",
		profiles.CodeCertUnused:       "client_cert está definido %s, mas o auth_method %s não usa certificado",
		profiles.CodeCertMissing:      "o auth_method %s %s precisa de client_cert, o certificado apresentado no TLS",
		profiles.CodeCertKeyMissing:   "o auth_method %s %s precisa de client_key, a chave privada do client_cert",
		profiles.CodeCertSecretUnused: "client_secret está definido %s, mas %s não envia segredo",
		profiles.CodeAssertionUnused:  "%s está definido %s, mas o auth_method %s não envia asserção",
		profiles.CodeKeyMissing:       "o auth_method private_key_jwt %s precisa de client_key, a chave privada que assina",
		profiles.CodeKeySecretUnused:  "client_secret está definido %s, mas private_key_jwt não envia segredo",
		profiles.CodeBadKeyAlg:        "client_key_alg %s é %q, com o qual private_key_jwt não consegue assinar",
		profiles.CodeBadSecretAlg:     "client_key_alg %s é %q, com o qual client_secret_jwt não consegue assinar",
		profiles.CodeFieldSpaces:      "%s %s tem espaços nas pontas ou caracteres de controle",
		profiles.HintKeyOrRemove:      "defina auth_method: private_key_jwt, ou remova client_key",
		profiles.HintTLSOrRemove:      "defina auth_method: tls_client_auth ou self_signed_tls_client_auth, ou remova client_cert",
		profiles.HintSetCert:          "defina client_cert como file:CAMINHO do certificado (PEM) registrado no provedor",
		profiles.HintSetCertKey:       "defina client_key como file:CAMINHO da chave privada do certificado (PEM)",
		profiles.HintNoSecretCert:     "remova client_secret: o certificado é que prova o cliente",
		profiles.HintAssertOrRemove:   "defina auth_method: private_key_jwt ou client_secret_jwt, ou remova o campo",
		profiles.HintSetKey:           "defina client_key como file:CAMINHO de uma chave privada (PEM ou JWK); 'tokentui keys gen' cria uma",
		profiles.HintNoSecretKey:      "remova client_secret: a chave privada é que prova o cliente",
		profiles.HintKeyAlgs:          "use RS256 ou PS256 com uma chave RSA, ES256 com uma chave EC P-256, ou omita para seguir a chave",
		profiles.HintSecretAlgs:       "use HS256 (o padrão), HS384 ou HS512",
		profiles.HintOneLine:          "escreva como o provedor mostra, numa linha só",

		profiles.CodeCannotGet:       "não foi possível obter o %s do perfil %q (%s): %s",
		profiles.RefNone:             "nenhum",
		profiles.RefLiteral:          "literal (****, gravado no arquivo — prefira env:/file:/keyring)",
		profiles.RefLiteralKey:       "literal (****, gravada no arquivo — prefira file:CAMINHO)",
		profiles.RefLiteralCert:      "literal, no arquivo",
		profiles.RefAsIs:             "%s",
		profiles.WhatSecret:          "segredo do cliente",
		profiles.WhatCert:            "certificado do cliente",
		profiles.WhatKey:             "chave do cliente",
		profiles.CodeNoSecret:        "o perfil não tem client_secret",
		profiles.CodeNoCert:          "o perfil não tem client_cert",
		profiles.CodeNoKey:           "o perfil não tem client_key",
		profiles.CodeEnvNoName:       "env: não indica variável nenhuma",
		profiles.CodeEnvUnset:        "a variável de ambiente %s não está definida ou está vazia",
		profiles.CodeCmdNoCommand:    "cmd: não indica comando nenhum",
		profiles.CodeCmdTimeout:      "o comando não terminou em %s",
		profiles.CodeCmdFailed:       "o comando falhou (%s)",
		profiles.CodeCmdEmpty:        "o comando não imprimiu nada na saída padrão",
		profiles.CodeFileNoName:      "file: não indica arquivo nenhum",
		profiles.CodeFileUnreadable:  "não foi possível ler %s: %v",
		profiles.CodeFileIsDir:       "%s é um diretório",
		profiles.CodeFileOpen:        "%s pode ser lido por outros usuários (modo %04o), então o tokentui não vai usá-lo",
		profiles.CodeFileEmpty:       "%s está vazio",
		profiles.CodeKeyringDown:     "sem serviço de chaveiro: %s",
		profiles.CodeNoDBus:          "não há sessão D-Bus (DBUS_SESSION_BUS_ADDRESS não está definida), então nenhum serviço de chaveiro pode ser alcançado",
		profiles.CodeKeyringSlow:     "o serviço de chaveiro não respondeu em %s",
		profiles.CodeKeyringNone:     "o chaveiro não tem segredo para o serviço %q, usuário %q",
		profiles.CodeKeyringFailed:   "o chaveiro falhou: %s",
		profiles.CodeKeyringEmpty:    "o chaveiro guarda um segredo vazio",
		profiles.CodeKeyringArgs:     "é preciso um nome de perfil e um segredo não vazio",
		profiles.CodeKeyringStore:    "não foi possível guardar o segredo no chaveiro: %s",
		profiles.HintSetSecret:       "defina client_secret como env:VAR, file:PATH, cmd:COMMAND ou keyring",
		profiles.HintWriteEnv:        "escreva env:NOME_DA_VARIAVEL",
		profiles.HintExport:          "exporte %s=… neste shell (ou mude o client_secret)",
		profiles.HintWriteCmd:        "escreva cmd:COMANDO, por exemplo cmd:pass show tokentui/%s",
		profiles.HintCmdInput:        "confira se ele roda sem pedir nada (teste num shell); um gerenciador de senhas pode estar esperando a frase secreta",
		profiles.HintCmdShell:        "rode o comando num shell para ver do que ele precisa",
		profiles.HintCmdStdout:       "faça o comando imprimir o segredo na saída padrão",
		profiles.HintWriteFile:       "escreva file:CAMINHO, por exemplo file:~/.config/tokentui/%s.secret",
		profiles.HintPutSecret:       "coloque o segredo em %s (legível só por você: chmod 600 %s)",
		profiles.HintPointFile:       "aponte file: para o arquivo que guarda o segredo",
		profiles.HintChmod:           "rode: chmod 600 %s",
		profiles.HintCheckOwner:      "confira o dono e as permissões do arquivo",
		profiles.HintWriteSecret:     "grave nele o segredo do cliente",
		profiles.HintNoKeyring:       "use env:VAR, file:PATH ou cmd:COMMAND no client_secret (não há serviço de chaveiro aqui: máquina sem interface gráfica, CI ou sem sessão D-Bus)",
		profiles.HintStoreFromEditor: "grave-o pelo editor de perfis da TUI, ou use env:VAR, file:PATH ou cmd:COMMAND",
		profiles.HintStoreAgain:      "grave o segredo de novo pelo editor de perfis",
		profiles.HintFillBoth:        "preencha os dois",

		profiles.CodeCannotSave:      "não foi possível salvar %s: %s",
		profiles.CodeWouldOverwrite:  "o arquivo que está lá não carrega (%s), então o tokentui o deixou como está",
		profiles.CodeMkdir:           "não foi possível criar o diretório %s: %v",
		profiles.CodeLockFile:        "não foi possível criar o arquivo de trava %s: %v",
		profiles.CodeLocked:          "outro processo manteve %s travado por mais de %s",
		profiles.CodeReadCurrent:     "não foi possível ler o arquivo atual: %v",
		profiles.CodeNotValid:        "os perfis não são válidos: %s",
		profiles.CodeEncode:          "não foi possível codificar os perfis: %v",
		profiles.CodeBackup:          "não foi possível guardar a versão anterior como .bak: %v",
		profiles.CodeWrite:           "%v",
		profiles.HintFixByHand:       "corrija o arquivo à mão, ou tire-o do lugar para começar do zero",
		profiles.HintWriteThere:      "confira se você pode gravar ali, ou escolha outro arquivo com --config",
		profiles.HintWriteIn:         "confira se você pode gravar em %s",
		profiles.HintWriteInReadOnly: "confira se você pode gravar em %s (sistema de arquivos só de leitura ou cheio?), ou escolha outro arquivo com --config",
		profiles.HintWaitOther:       "espere o outro tokentui terminar de salvar e tente de novo",
	}
}
