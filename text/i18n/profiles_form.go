package i18n

// Keys of the profile form (ui/profileform): labels, secret locations,
// placeholders, the problems it finds, its status lines and buttons.
const (
	// Row labels.
	ProfileFormName       Key = "ProfileFormName"       // Name
	ProfileFormIssuer     Key = "ProfileFormIssuer"     // Issuer
	ProfileFormTokenURL   Key = "ProfileFormTokenURL"   // Token URL
	ProfileFormClientID   Key = "ProfileFormClientID"   // Client ID
	ProfileFormSecretFrom Key = "ProfileFormSecretFrom" // Secret from
	ProfileFormSecret     Key = "ProfileFormSecret"     // Secret
	ProfileFormAuthMethod Key = "ProfileFormAuthMethod" // Auth method
	ProfileFormAPIBaseURL Key = "ProfileFormAPIBaseURL" // API base URL

	// Where the secret lives: choice, reference row, placeholder, note.
	ProfileFormEnvChoice     Key = "ProfileFormEnvChoice"     // env var
	ProfileFormEnvLabel      Key = "ProfileFormEnvLabel"      // Variable
	ProfileFormEnvExample    Key = "ProfileFormEnvExample"    // e.g. AC_CLIENT_SECRET
	ProfileFormEnvNote       Key = "ProfileFormEnvNote"       // read from the environment each time a token is needed; the profiles file keeps only the name
	ProfileFormFileChoice    Key = "ProfileFormFileChoice"    // file
	ProfileFormFileLabel     Key = "ProfileFormFileLabel"     // File
	ProfileFormFileExample   Key = "ProfileFormFileExample"   // e.g. ~/.config/tokentui/ac.secret
	ProfileFormFileNote      Key = "ProfileFormFileNote"      // a file only you can read (chmod 600); the profiles file keeps only the path
	ProfileFormCmdChoice     Key = "ProfileFormCmdChoice"     // command
	ProfileFormCmdLabel      Key = "ProfileFormCmdLabel"      // Command
	ProfileFormCmdExample    Key = "ProfileFormCmdExample"    // e.g. pass show ac/homolog
	ProfileFormCmdNote       Key = "ProfileFormCmdNote"       // its output is the secret (10 s timeout); the profiles file keeps only the command
	ProfileFormKeyringChoice Key = "ProfileFormKeyringChoice" // keyring
	ProfileFormKeyringNote   Key = "ProfileFormKeyringNote"   // stored in the system keyring (service tokentui, user = the profile's name) when you save
	ProfileFormLiteralChoice Key = "ProfileFormLiteralChoice" // in the file
	ProfileFormLiteralNote   Key = "ProfileFormLiteralNote"   // ⚠ the secret is written in clear text in profiles.yaml: prefer env var, file, command or keyring
	ProfileFormTypedChoice   Key = "ProfileFormTypedChoice"   // typed here
	ProfileFormTypedNote     Key = "ProfileFormTypedNote"     // kept in memory for this session only, never written
	ProfileFormBasicNote     Key = "ProfileFormBasicNote"     // HTTP Basic header (the default)
	ProfileFormPostNote      Key = "ProfileFormPostNote"      // id and secret in the form body

	// Placeholders.
	ProfileFormNameExample     Key = "ProfileFormNameExample"     // e.g. ac-homolog
	ProfileFormIssuerExample   Key = "ProfileFormIssuerExample"   // https://… (discovery finds the token URL)
	ProfileFormTokenURLExample Key = "ProfileFormTokenURLExample" // optional: set when there is no discovery
	ProfileFormClientIDExample Key = "ProfileFormClientIDExample" // the client ID the provider gave you
	ProfileFormScopesExample   Key = "ProfileFormScopesExample"   // space-separated; ctrl+f lists the provider's
	ProfileFormAPIExample      Key = "ProfileFormAPIExample"      // optional: https://api.example/ for the Request tab
	ProfileFormSecretExample   Key = "ProfileFormSecretExample"   // the client secret (masked)
	ProfileFormSecretKeep      Key = "ProfileFormSecretKeep"      // leave empty to keep the stored secret

	// Problems with the values, and what to do.
	ProfileFormEnvMissing      Key = "ProfileFormEnvMissing"      // Which environment variable holds the secret?
	ProfileFormEnvMissingHint  Key = "ProfileFormEnvMissingHint"  // type its name, e.g. AC_CLIENT_SECRET
	ProfileFormEnvBad          Key = "ProfileFormEnvBad"          // %q is not a variable name.
	ProfileFormEnvBadHint      Key = "ProfileFormEnvBadHint"      // use letters, digits and _, e.g. AC_CLIENT_SECRET
	ProfileFormFileMissing     Key = "ProfileFormFileMissing"     // Which file holds the secret?
	ProfileFormFileMissingHint Key = "ProfileFormFileMissingHint" // type its path, e.g. ~/.config/tokentui/ac.secret
	ProfileFormCmdMissing      Key = "ProfileFormCmdMissing"      // Which command prints the secret?
	ProfileFormCmdMissingHint  Key = "ProfileFormCmdMissingHint"  // type it, e.g. pass show ac/homolog
	ProfileFormKeyringRenamed  Key = "ProfileFormKeyringRenamed"  // The keyring keeps the secret under the profile's old name.
	ProfileFormKeyringRenHint  Key = "ProfileFormKeyringRenHint"  // type the secret again to store it under the new name
	ProfileFormKeyringMissing  Key = "ProfileFormKeyringMissing"  // Type the secret to store in the keyring.
	ProfileFormKeyringMisHint  Key = "ProfileFormKeyringMisHint"  // paste it here; it is masked and goes only to the keyring
	ProfileFormLooksLikeRef    Key = "ProfileFormLooksLikeRef"    // This looks like a reference, not a secret.
	ProfileFormLooksLikeHint   Key = "ProfileFormLooksLikeHint"   // choose env var, file, command or keyring above instead
	ProfileFormSecretMissing   Key = "ProfileFormSecretMissing"   // Type the client secret.
	ProfileFormSecretMisHint   Key = "ProfileFormSecretMisHint"   // the provider gave it to you with the client ID
	ProfileFormNameTaken       Key = "ProfileFormNameTaken"       // Another profile is already called %q.
	ProfileFormNameTakenHint   Key = "ProfileFormNameTakenHint"   // choose another name, e.g. ending in -homolog or -prod
	ProfileFormNoName          Key = "ProfileFormNoName"          // The profile has no name.
	ProfileFormNoNameHint      Key = "ProfileFormNoNameHint"      // give it something short, e.g. ac-homolog
	ProfileFormNoClientID      Key = "ProfileFormNoClientID"      // The profile has no client ID.
	ProfileFormNoClientIDHint  Key = "ProfileFormNoClientIDHint"  // type the client ID the provider gave you
	ProfileFormNoIssuer        Key = "ProfileFormNoIssuer"        // Fill in the issuer or the token URL.
	ProfileFormNoIssuerHint    Key = "ProfileFormNoIssuerHint"    // the issuer is the provider's base URL (discovery finds the token URL); …
	ProfileFormBadURL          Key = "ProfileFormBadURL"          // %q is not an absolute http:// or https:// URL.
	ProfileFormBadURLHint      Key = "ProfileFormBadURLHint"      // write it starting with https:// (or http:// for a local sandbox)
	ProfileFormURLCredentials  Key = "ProfileFormURLCredentials"  // %q holds a user or password.
	ProfileFormURLCredHint     Key = "ProfileFormURLCredHint"     // put the credentials in Client ID and Secret instead
	ProfileFormIssuerFirst     Key = "ProfileFormIssuerFirst"     // Fill in the issuer first.
	ProfileFormIssuerFirstHint Key = "ProfileFormIssuerFirstHint" // the provider's base URL, e.g. https://acessocidadao.es.gov.br/is
	ProfileFormCannotRun       Key = "ProfileFormCannotRun"       // This profile's client cannot run the checks.

	// Status lines.
	ProfileFormStopped        Key = "ProfileFormStopped"        // Stopped.
	ProfileFormEscAgain       Key = "ProfileFormEscAgain"       // Press esc again to close without saving (your changes are lost).
	ProfileFormFetching       Key = "ProfileFormFetching"       // Fetching the issuer's metadata…
	ProfileFormFetchFailed    Key = "ProfileFormFetchFailed"    // ✗ Could not read the issuer's metadata (see %s).
	ProfileFormFetchedNone    Key = "ProfileFormFetchedNone"    // ✓ Metadata read: token URL filled; the provider lists no scopes.
	ProfileFormFetchedOne     Key = "ProfileFormFetchedOne"     // ✓ Metadata read: token URL filled; %d supported scope listed under %s (space toggles).
	ProfileFormFetchedMany    Key = "ProfileFormFetchedMany"    // ✓ Metadata read: token URL filled; %d supported scopes listed under %s (space toggles).
	ProfileFormNoTesting      Key = "ProfileFormNoTesting"      // Testing credentials is not available here.
	ProfileFormFixBeforeTest  Key = "ProfileFormFixBeforeTest"  // ✗ Fix the fields marked ✗ before testing.
	ProfileFormTesting        Key = "ProfileFormTesting"        // Testing the credentials (discovery, one token request, signature)…
	ProfileFormCouldNotTest   Key = "ProfileFormCouldNotTest"   // ✗ Could not test: %s
	ProfileFormNotSavedFix    Key = "ProfileFormNotSavedFix"    // ✗ Not saved: fix the fields marked ✗.
	ProfileFormAddingTemp     Key = "ProfileFormAddingTemp"     // Adding the temporary profile…
	ProfileFormSaving         Key = "ProfileFormSaving"         // Saving…
	ProfileFormSaved          Key = "ProfileFormSaved"          // ✓ Saved.
	ProfileFormNotSaved       Key = "ProfileFormNotSaved"       // ✗ Not saved.
	ProfileFormEnvSet         Key = "ProfileFormEnvSet"         // ✓ %s is set in this shell
	ProfileFormEnvNotSet      Key = "ProfileFormEnvNotSet"      // %s is not set in this shell: export it before starting tokentui
	ProfileFormProviderOnly   Key = "ProfileFormProviderOnly"   // ! the provider lists only: %s
	ProfileFormScopesOffered  Key = "ProfileFormScopesOffered"  // supported by the provider (space toggles):
	ProfileFormToChange       Key = "ProfileFormToChange"       // space/←→ to change
	ProfileFormMore           Key = "ProfileFormMore"           // ↓ more · pgdn
	ProfileFormTemporaryTitle Key = "ProfileFormTemporaryTitle" // Temporary profile · this session only, never saved
	ProfileFormTemporaryNote  Key = "ProfileFormTemporaryNote"  // Nothing is written: no profiles file, no token cache on disk, no keyring. It is gone when you quit.
	ProfileFormEditTitle      Key = "ProfileFormEditTitle"      // Edit profile %s
	ProfileFormAddTitle       Key = "ProfileFormAddTitle"       // Add a profile

	// Buttons.
	ProfileFormFetch          Key = "ProfileFormFetch"          // Fetch metadata
	ProfileFormTest           Key = "ProfileFormTest"           // Test credentials
	ProfileFormSave           Key = "ProfileFormSave"           // Save
	ProfileFormCancel         Key = "ProfileFormCancel"         // Cancel
	ProfileFormAddForSession  Key = "ProfileFormAddForSession"  // Add for session
	ProfileFormKeyNext        Key = "ProfileFormKeyNext"        // next field
	ProfileFormKeyPrev        Key = "ProfileFormKeyPrev"        // previous field
	ProfileFormKeyChoose      Key = "ProfileFormKeyChoose"      // choose / toggle scope
	ProfileFormKeyFetch       Key = "ProfileFormKeyFetch"       // fetch issuer metadata
	ProfileFormKeyTest        Key = "ProfileFormKeyTest"        // test credentials
	ProfileFormKeySave        Key = "ProfileFormKeySave"        // save
	ProfileFormKeyCancel      Key = "ProfileFormKeyCancel"      // stop / close
	ProfileFormChecksTryLabel Key = "ProfileFormChecksTryLabel" // try: %s

	// The summary of a credentials test.
	ProfileFormTokenReqOne  Key = "ProfileFormTokenReqOne"  // %d token request
	ProfileFormTokenReqMany Key = "ProfileFormTokenReqMany" // %d token requests
	ProfileFormFailedOne    Key = "ProfileFormFailedOne"    // ✗ %d of %d checks failed · %s
	ProfileFormFailedMany   Key = "ProfileFormFailedMany"   // ✗ %d of %d checks failed · %s
	ProfileFormWarnedOne    Key = "ProfileFormWarnedOne"    // ✓ passed with %d warning · %s
	ProfileFormWarnedMany   Key = "ProfileFormWarnedMany"   // ✓ passed with %d warnings · %s
	ProfileFormPassedOne    Key = "ProfileFormPassedOne"    // ✓ %d check passed · %s
	ProfileFormPassedMany   Key = "ProfileFormPassedMany"   // ✓ all %d checks passed · %s
)

func init() {
	register(map[Key]string{
		ProfileFormName:       "Name",
		ProfileFormIssuer:     "Issuer",
		ProfileFormTokenURL:   "Token URL",
		ProfileFormClientID:   "Client ID",
		ProfileFormSecretFrom: "Secret from",
		ProfileFormSecret:     "Secret",
		ProfileFormAuthMethod: "Auth method",
		ProfileFormAPIBaseURL: "API base URL",

		ProfileFormEnvChoice:     "env var",
		ProfileFormEnvLabel:      "Variable",
		ProfileFormEnvExample:    "e.g. AC_CLIENT_SECRET",
		ProfileFormEnvNote:       "read from the environment each time a token is needed; the profiles file keeps only the name",
		ProfileFormFileChoice:    "file",
		ProfileFormFileLabel:     "File",
		ProfileFormFileExample:   "e.g. ~/.config/tokentui/ac.secret",
		ProfileFormFileNote:      "a file only you can read (chmod 600); the profiles file keeps only the path",
		ProfileFormCmdChoice:     "command",
		ProfileFormCmdLabel:      "Command",
		ProfileFormCmdExample:    "e.g. pass show ac/homolog",
		ProfileFormCmdNote:       "its output is the secret (10 s timeout); the profiles file keeps only the command",
		ProfileFormKeyringChoice: "keyring",
		ProfileFormKeyringNote:   "stored in the system keyring (service tokentui, user = the profile's name) when you save",
		ProfileFormLiteralChoice: "in the file",
		ProfileFormLiteralNote:   "⚠ the secret is written in clear text in profiles.yaml: prefer env var, file, command or keyring",
		ProfileFormTypedChoice:   "typed here",
		ProfileFormTypedNote:     "kept in memory for this session only, never written",
		ProfileFormBasicNote:     "HTTP Basic header (the default)",
		ProfileFormPostNote:      "id and secret in the form body",

		ProfileFormNameExample:     "e.g. ac-homolog",
		ProfileFormIssuerExample:   "https://… (discovery finds the token URL)",
		ProfileFormTokenURLExample: "optional: set when there is no discovery",
		ProfileFormClientIDExample: "the client ID the provider gave you",
		ProfileFormScopesExample:   "space-separated; ctrl+f lists the provider's",
		ProfileFormAPIExample:      "optional: https://api.example/ for the Request tab",
		ProfileFormSecretExample:   "the client secret (masked)",
		ProfileFormSecretKeep:      "leave empty to keep the stored secret",

		ProfileFormEnvMissing:      "Which environment variable holds the secret?",
		ProfileFormEnvMissingHint:  "type its name, e.g. AC_CLIENT_SECRET",
		ProfileFormEnvBad:          "%q is not a variable name.",
		ProfileFormEnvBadHint:      "use letters, digits and _, e.g. AC_CLIENT_SECRET",
		ProfileFormFileMissing:     "Which file holds the secret?",
		ProfileFormFileMissingHint: "type its path, e.g. ~/.config/tokentui/ac.secret",
		ProfileFormCmdMissing:      "Which command prints the secret?",
		ProfileFormCmdMissingHint:  "type it, e.g. pass show ac/homolog",
		ProfileFormKeyringRenamed:  "The keyring keeps the secret under the profile's old name.",
		ProfileFormKeyringRenHint:  "type the secret again to store it under the new name",
		ProfileFormKeyringMissing:  "Type the secret to store in the keyring.",
		ProfileFormKeyringMisHint:  "paste it here; it is masked and goes only to the keyring",
		ProfileFormLooksLikeRef:    "This looks like a reference, not a secret.",
		ProfileFormLooksLikeHint:   "choose env var, file, command or keyring above instead",
		ProfileFormSecretMissing:   "Type the client secret.",
		ProfileFormSecretMisHint:   "the provider gave it to you with the client ID",
		ProfileFormNameTaken:       "Another profile is already called %q.",
		ProfileFormNameTakenHint:   "choose another name, e.g. ending in -homolog or -prod",
		ProfileFormNoName:          "The profile has no name.",
		ProfileFormNoNameHint:      "give it something short, e.g. ac-homolog",
		ProfileFormNoClientID:      "The profile has no client ID.",
		ProfileFormNoClientIDHint:  "type the client ID the provider gave you",
		ProfileFormNoIssuer:        "Fill in the issuer or the token URL.",
		ProfileFormNoIssuerHint:    "the issuer is the provider's base URL (discovery finds the token URL); the token URL alone is for providers without discovery",
		ProfileFormBadURL:          "%q is not an absolute http:// or https:// URL.",
		ProfileFormBadURLHint:      "write it starting with https:// (or http:// for a local sandbox)",
		ProfileFormURLCredentials:  "%q holds a user or password.",
		ProfileFormURLCredHint:     "put the credentials in Client ID and Secret instead",
		ProfileFormIssuerFirst:     "Fill in the issuer first.",
		ProfileFormIssuerFirstHint: "the provider's base URL, e.g. https://acessocidadao.es.gov.br/is",
		ProfileFormCannotRun:       "This profile's client cannot run the checks.",

		ProfileFormStopped:        "Stopped.",
		ProfileFormEscAgain:       "Press esc again to close without saving (your changes are lost).",
		ProfileFormFetching:       "Fetching the issuer's metadata…",
		ProfileFormFetchFailed:    "✗ Could not read the issuer's metadata (see %s).",
		ProfileFormFetchedNone:    "✓ Metadata read: token URL filled; the provider lists no scopes.",
		ProfileFormFetchedOne:     "✓ Metadata read: token URL filled; %d supported scope listed under %s (space toggles).",
		ProfileFormFetchedMany:    "✓ Metadata read: token URL filled; %d supported scopes listed under %s (space toggles).",
		ProfileFormNoTesting:      "Testing credentials is not available here.",
		ProfileFormFixBeforeTest:  "✗ Fix the fields marked ✗ before testing.",
		ProfileFormTesting:        "Testing the credentials (discovery, one token request, signature)…",
		ProfileFormCouldNotTest:   "✗ Could not test: %s",
		ProfileFormNotSavedFix:    "✗ Not saved: fix the fields marked ✗.",
		ProfileFormAddingTemp:     "Adding the temporary profile…",
		ProfileFormSaving:         "Saving…",
		ProfileFormSaved:          "✓ Saved.",
		ProfileFormNotSaved:       "✗ Not saved.",
		ProfileFormEnvSet:         "✓ %s is set in this shell",
		ProfileFormEnvNotSet:      "%s is not set in this shell: export it before starting tokentui",
		ProfileFormProviderOnly:   "! the provider lists only: %s",
		ProfileFormScopesOffered:  "supported by the provider (space toggles):",
		ProfileFormToChange:       "space/←→ to change",
		ProfileFormMore:           "↓ more · pgdn",
		ProfileFormTemporaryTitle: "Temporary profile · this session only, never saved",
		ProfileFormTemporaryNote:  "Nothing is written: no profiles file, no token cache on disk, no keyring. It is gone when you quit.",
		ProfileFormEditTitle:      "Edit profile %s",
		ProfileFormAddTitle:       "Add a profile",

		ProfileFormFetch:          "Fetch metadata",
		ProfileFormTest:           "Test credentials",
		ProfileFormSave:           "Save",
		ProfileFormCancel:         "Cancel",
		ProfileFormAddForSession:  "Add for session",
		ProfileFormKeyNext:        "next field",
		ProfileFormKeyPrev:        "previous field",
		ProfileFormKeyChoose:      "choose / toggle scope",
		ProfileFormKeyFetch:       "fetch issuer metadata",
		ProfileFormKeyTest:        "test credentials",
		ProfileFormKeySave:        "save",
		ProfileFormKeyCancel:      "stop / close",
		ProfileFormChecksTryLabel: "try: %s",

		ProfileFormTokenReqOne:  "%d token request",
		ProfileFormTokenReqMany: "%d token requests",
		ProfileFormFailedOne:    "✗ %d of %d checks failed · %s",
		ProfileFormFailedMany:   "✗ %d of %d checks failed · %s",
		ProfileFormWarnedOne:    "✓ passed with %d warning · %s",
		ProfileFormWarnedMany:   "✓ passed with %d warnings · %s",
		ProfileFormPassedOne:    "✓ %d check passed · %s",
		ProfileFormPassedMany:   "✓ all %d checks passed · %s",
	}, map[Key]string{
		ProfileFormName:       "Nome",
		ProfileFormIssuer:     "Emissor",
		ProfileFormTokenURL:   "URL do token",
		ProfileFormClientID:   "ID do cliente",
		ProfileFormSecretFrom: "Segredo em",
		ProfileFormSecret:     "Segredo",
		ProfileFormAuthMethod: "Método de autenticação",
		ProfileFormAPIBaseURL: "URL base da API",

		ProfileFormEnvChoice:     "variável de ambiente",
		ProfileFormEnvLabel:      "Variável",
		ProfileFormEnvExample:    "ex.: AC_CLIENT_SECRET",
		ProfileFormEnvNote:       "lida do ambiente cada vez que um token é necessário; o arquivo de perfis guarda só o nome",
		ProfileFormFileChoice:    "arquivo",
		ProfileFormFileLabel:     "Arquivo",
		ProfileFormFileExample:   "ex.: ~/.config/tokentui/ac.secret",
		ProfileFormFileNote:      "um arquivo que só você pode ler (chmod 600); o arquivo de perfis guarda só o caminho",
		ProfileFormCmdChoice:     "comando",
		ProfileFormCmdLabel:      "Comando",
		ProfileFormCmdExample:    "ex.: pass show ac/homolog",
		ProfileFormCmdNote:       "a saída dele é o segredo (limite de 10 s); o arquivo de perfis guarda só o comando",
		ProfileFormKeyringChoice: "chaveiro do sistema",
		ProfileFormKeyringNote:   "guardado no chaveiro do sistema (serviço tokentui, usuário = o nome do perfil) ao salvar",
		ProfileFormLiteralChoice: "no arquivo",
		ProfileFormLiteralNote:   "⚠ o segredo fica gravado em texto puro no profiles.yaml: prefira variável de ambiente, arquivo, comando ou chaveiro",
		ProfileFormTypedChoice:   "digitado aqui",
		ProfileFormTypedNote:     "fica na memória só durante esta sessão, nunca é gravado",
		ProfileFormBasicNote:     "cabeçalho HTTP Basic (o padrão)",
		ProfileFormPostNote:      "ID e segredo no corpo do formulário",

		ProfileFormNameExample:     "ex.: ac-homolog",
		ProfileFormIssuerExample:   "https://… (a discovery encontra a URL do token)",
		ProfileFormTokenURLExample: "opcional: só quando não há discovery",
		ProfileFormClientIDExample: "o ID do cliente que o provedor forneceu",
		ProfileFormScopesExample:   "separados por espaço; ctrl+f lista os do provedor",
		ProfileFormAPIExample:      "opcional: https://api.example/ (aba Requisição)",
		ProfileFormSecretExample:   "o segredo do cliente (mascarado)",
		ProfileFormSecretKeep:      "deixe vazio para manter o segredo guardado",

		ProfileFormEnvMissing:      "Qual variável de ambiente guarda o segredo?",
		ProfileFormEnvMissingHint:  "digite o nome dela, ex.: AC_CLIENT_SECRET",
		ProfileFormEnvBad:          "%q não é um nome de variável.",
		ProfileFormEnvBadHint:      "use letras, dígitos e _, ex.: AC_CLIENT_SECRET",
		ProfileFormFileMissing:     "Qual arquivo guarda o segredo?",
		ProfileFormFileMissingHint: "digite o caminho dele, ex.: ~/.config/tokentui/ac.secret",
		ProfileFormCmdMissing:      "Qual comando imprime o segredo?",
		ProfileFormCmdMissingHint:  "digite-o, ex.: pass show ac/homolog",
		ProfileFormKeyringRenamed:  "O chaveiro guarda o segredo sob o nome antigo do perfil.",
		ProfileFormKeyringRenHint:  "digite o segredo de novo para guardá-lo sob o novo nome",
		ProfileFormKeyringMissing:  "Digite o segredo a guardar no chaveiro.",
		ProfileFormKeyringMisHint:  "cole-o aqui; ele fica mascarado e vai só para o chaveiro",
		ProfileFormLooksLikeRef:    "Isto parece uma referência, não um segredo.",
		ProfileFormLooksLikeHint:   "em vez disso, escolha acima variável de ambiente, arquivo, comando ou chaveiro",
		ProfileFormSecretMissing:   "Digite o segredo do cliente.",
		ProfileFormSecretMisHint:   "o provedor o forneceu junto com o ID do cliente",
		ProfileFormNameTaken:       "Já existe outro perfil chamado %q.",
		ProfileFormNameTakenHint:   "escolha outro nome, ex.: terminado em -homolog ou -prod",
		ProfileFormNoName:          "O perfil não tem nome.",
		ProfileFormNoNameHint:      "dê a ele um nome curto, ex.: ac-homolog",
		ProfileFormNoClientID:      "O perfil não tem ID do cliente.",
		ProfileFormNoClientIDHint:  "digite o ID do cliente que o provedor forneceu",
		ProfileFormNoIssuer:        "Preencha o emissor ou a URL do token.",
		ProfileFormNoIssuerHint:    "o emissor é a URL base do provedor (a discovery encontra a URL do token); só a URL do token serve para provedores sem discovery",
		ProfileFormBadURL:          "%q não é uma URL absoluta http:// ou https://.",
		ProfileFormBadURLHint:      "escreva-a começando com https:// (ou http:// para um sandbox local)",
		ProfileFormURLCredentials:  "%q contém usuário ou senha.",
		ProfileFormURLCredHint:     "em vez disso, ponha as credenciais em ID do cliente e Segredo",
		ProfileFormIssuerFirst:     "Preencha o emissor primeiro.",
		ProfileFormIssuerFirstHint: "a URL base do provedor, ex.: https://acessocidadao.es.gov.br/is",
		ProfileFormCannotRun:       "O cliente deste perfil não consegue rodar as verificações.",

		ProfileFormStopped:        "Interrompido.",
		ProfileFormEscAgain:       "Tecle esc de novo para fechar sem salvar (as alterações serão perdidas).",
		ProfileFormFetching:       "Buscando os metadados do emissor…",
		ProfileFormFetchFailed:    "✗ Não foi possível ler os metadados do emissor (veja %s).",
		ProfileFormFetchedNone:    "✓ Metadados lidos: URL do token preenchida; o provedor não lista escopos.",
		ProfileFormFetchedOne:     "✓ Metadados lidos: URL do token preenchida; %d escopo suportado listado em %s (espaço marca e desmarca).",
		ProfileFormFetchedMany:    "✓ Metadados lidos: URL do token preenchida; %d escopos suportados listados em %s (espaço marca e desmarca).",
		ProfileFormNoTesting:      "Não dá para testar credenciais aqui.",
		ProfileFormFixBeforeTest:  "✗ Corrija os campos marcados com ✗ antes de testar.",
		ProfileFormTesting:        "Testando as credenciais (discovery, um pedido de token, assinatura)…",
		ProfileFormCouldNotTest:   "✗ Não foi possível testar: %s",
		ProfileFormNotSavedFix:    "✗ Não foi salvo: corrija os campos marcados com ✗.",
		ProfileFormAddingTemp:     "Adicionando o perfil temporário…",
		ProfileFormSaving:         "Salvando…",
		ProfileFormSaved:          "✓ Salvo.",
		ProfileFormNotSaved:       "✗ Não foi salvo.",
		ProfileFormEnvSet:         "✓ %s está definida neste shell",
		ProfileFormEnvNotSet:      "%s não está definida neste shell: exporte-a antes de iniciar o tokentui",
		ProfileFormProviderOnly:   "! o provedor lista apenas: %s",
		ProfileFormScopesOffered:  "suportados pelo provedor (espaço marca e desmarca):",
		ProfileFormToChange:       "espaço/←→ para trocar",
		ProfileFormMore:           "↓ mais · pgdn",
		ProfileFormTemporaryTitle: "Perfil temporário · só nesta sessão, não é salvo",
		ProfileFormTemporaryNote:  "Nada é gravado: nem arquivo de perfis, nem cache de token em disco, nem chaveiro. Ele some quando você sair.",
		ProfileFormEditTitle:      "Editar o perfil %s",
		ProfileFormAddTitle:       "Novo perfil",

		ProfileFormFetch:          "Buscar metadados",
		ProfileFormTest:           "Testar credenciais",
		ProfileFormSave:           "Salvar",
		ProfileFormCancel:         "Cancelar",
		ProfileFormAddForSession:  "Adicionar à sessão",
		ProfileFormKeyNext:        "próximo campo",
		ProfileFormKeyPrev:        "campo anterior",
		ProfileFormKeyChoose:      "escolher / marcar escopo",
		ProfileFormKeyFetch:       "buscar metadados do emissor",
		ProfileFormKeyTest:        "testar credenciais",
		ProfileFormKeySave:        "salvar",
		ProfileFormKeyCancel:      "parar / fechar",
		ProfileFormChecksTryLabel: "tente: %s",

		ProfileFormTokenReqOne:  "%d pedido de token",
		ProfileFormTokenReqMany: "%d pedidos de token",
		ProfileFormFailedOne:    "✗ %d de %d verificações falhou · %s",
		ProfileFormFailedMany:   "✗ %d de %d verificações falharam · %s",
		ProfileFormWarnedOne:    "✓ passou com %d aviso · %s",
		ProfileFormWarnedMany:   "✓ passou com %d avisos · %s",
		ProfileFormPassedOne:    "✓ %d verificação passou · %s",
		ProfileFormPassedMany:   "✓ todas as %d verificações passaram · %s",
	})
}
