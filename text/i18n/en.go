package i18n

// english is the catalogue in English: every key has an entry here.
var english = map[Key]string{
	// Formatting helpers (format.go).
	FmtIn:      "in %s",
	FmtAgo:     "%s ago",
	FmtNow:     "now",
	FmtDays:    "%dd",
	FmtHours:   "%dh",
	FmtMinutes: "%dm",
	FmtSeconds: "%ds",

	// The root of the TUI: header, tabs, badge, help.
	AppTabToken:        "Token",
	AppTabRequest:      "Request",
	AppTabFlow:         "Flow",
	AppTabHistory:      "History",
	AppProfile:         "profile",
	AppProfiles:        "Profiles",
	AppStateSetUp:      "set up first",
	AppStateRequesting: "requesting…",
	AppStateNoToken:    "no token",
	AppBadgeExpired:    "expired",
	AppBadgeExpiring:   "expiring %s",
	AppBadgeValid:      "valid %s",
	AppCloseHelp:       "close help",
	HelpTitle:          "Keys",
	HelpCloses:         "(esc or ? closes)",
	HelpTabSection:     "%s tab",
	HelpEverywhere:     "Everywhere",
	KeyQuit:            "quit",
	KeyCancelQuit:      "cancel / quit",
	KeyAllKeys:         "all keys",
	KeyNextPane:        "next pane",
	KeyPrevPane:        "previous pane",

	// Clipboard reports, for any pane that copies.
	ClipCopied:    "%s copied (%s)",
	ClipViaSystem: "system clipboard",
	ClipViaOSC52:  "through the terminal, OSC 52",
	ClipFailed:    "could not copy: %s",

	// The Token tab.
	TokenInspectTitle:  "Inspect a token",
	TokenInspectIntro:  "Paste a JWT from a log or a ticket; it is decoded and its signature checked against the keys of its own issuer. Nothing is saved.",
	TokenInspectAction: "inspect",
	TokenClose:         "close",
	TokenPlaceholder:   "paste a JWT (eyJ…) and press Enter",
	TokenInspecting:    "INSPECTING A PASTED TOKEN — not this profile's own",
	TokenEscBack:       "(esc: back)",
	TokenCannotGet:     "This profile cannot get tokens yet.",
	TokenRequesting:    "Requesting a token from the provider…",
	TokenNoneYet:       "No token yet for this profile.",
	TokenPressGet:      "Press %s to get one: one request to the provider, then",
	TokenReusedUntil:   "the token is reused until it expires.",
	TokenNoExpiry:      "no expiry known (the token has no exp claim)",
	TokenValid:         "VALID",
	TokenExpiring:      "EXPIRING",
	TokenExpired:       "EXPIRED",
	TokenLeft:          "left",
	TokenExpiresAt:     "expires %s",
	TokenExpiresOn:     "expires %s",
	TokenExpiredAt:     "expired at %s",
	TokenRequestingNew: "Requesting a new token…",
	TokenOriginNew:     "new token",
	TokenOriginCache:   "from cache",
	TokenObtained:      "obtained %s",
	TokenRequestsHour:  "token requests of this client in the last hour: %d",
	TokenConfirm:       "The current token is valid for %s more. Every API call should reuse it: the provider blocks clients that ask for tokens too often (%s of this client in the last hour).",
	TokenRequestsOne:   "%d request",
	TokenRequestsMany:  "%d requests",
	TokenAskAnyway:     "Ask for a new token anyway?",
	TokenRenew:         "renew",
	TokenKeep:          "keep it",
	TokenOpaque:        "Not a JWT (an opaque token): it works, but there is nothing to decode.",
	TokenRawToken:      "Raw token",
	TokenSignature:     "Signature",
	TokenScopes:        "Scopes",
	TokenHeader:        "Header",
	TokenClaims:        "Claims",
	TokenRawJWT:        "Raw JWT",
	TokenVerified:      "verified",
	TokenFailed:        "failed",
	TokenNotChecked:    "not checked — %s",
	TokenChecking:      "checking against the provider's keys…",
	TokenKeyGet:        "get token",
	TokenKeyRenew:      "renew (guarded)",
	TokenKeyInspect:    "inspect a pasted token",
	TokenKeyBack:       "back to own token",
	TokenKeyConfirm:    "yes, renew",
	TokenKeyKeep:       "keep current",
	KeyScrollUp:        "scroll up",
	KeyScrollDown:      "scroll down",
	KeyPageUp:          "page up",
	KeyPageDown:        "page down",

	// What JWT claims and JOSE header fields mean.
	ClaimIss:        "issuer: who made and signed the token",
	ClaimSub:        "subject: who the token is about (a user; on client tokens often the client id)",
	ClaimAud:        "audience: the API(s) meant to accept it",
	ClaimExp:        "expires: rejected after this time",
	ClaimNbf:        "not before: rejected before this time",
	ClaimIat:        "issued at: when it was made",
	ClaimJti:        "token id: unique per token",
	ClaimScope:      "scopes: what the token allows",
	ClaimClientID:   "the client the token was issued to",
	ClaimClientName: "the client's display name",
	ClaimAuthTime:   "when the user signed in",
	ClaimIdp:        "the identity provider used",
	ClaimAmr:        "how the user authenticated",
	ClaimSid:        "session id",
	ClaimCnf:        "confirmation key (proof of possession)",
	ClaimRole:       "roles granted",
	HeaderAlg:       "signing algorithm",
	HeaderTyp:       "token type (at+jwt: an OAuth2 access token, RFC 9068)",
	HeaderKid:       "which key of the provider's JWKS signed it",
	HeaderX5t:       "thumbprint of the signing certificate",
	HeaderCty:       "content type",
	HeaderX5tS256:   "SHA-256 thumbprint of the signing certificate",
	HeaderJku:       "URL of a JWK Set (never trusted on its own)",
	HeaderX5u:       "URL of the signing certificate",
	HeaderCrit:      "extensions the receiver must understand",
	ClaimAzp:        "authorized party: the client the token was issued to",
	ClaimName:       "name",
	ClaimEmail:      "e-mail address",

	// tokentui decode
	DecodeShort:          "Decode a JWT; --verify checks its signature (JWKS via iss discovery or --jwks) and times",
	DecodeLong:           "Decode any JWT: the header and the claims, with times shown as local time\nand relative (\"in 41m\"), and what each known claim means. The token is read\nfrom the argument, or from stdin when the argument is - or absent.\n\nDecoding checks nothing. --verify checks the signature against the issuer's\nkeys (found through the discovery document of the token's iss, or at --jwks\nURL) with the algorithm pinned to the key type, and exp/nbf with no leeway;\nit exits 1 when any check fails. A malformed token exits 2, naming the part\nthat is wrong.",
	DecodeFlagVerify:     "check the signature and exp/nbf; exit 1 when they fail",
	DecodeFlagJWKS:       "verify with the JWK Set at this URL instead of the iss discovery (implies --verify)",
	DecodeUnverified:     "%s, %d bytes, not verified (use --verify)",
	DecodeKeysFrom:       "keys from %s",
	DecodeVerifyHint:     "check that the token comes from the issuer it names and has not expired",
	DecodeJWKSHint:       "give the issuer's JWKS URL with --jwks",
	DecodeDidNotVerify:   "the token did not verify: %s",
	DecodeFailed:         "failed: %s",
	DecodeNotChecked:     "not checked: %s",
	DecodeNoToken:        "no token given",
	DecodeNoTokenPipe:    "pass the token as an argument, or pipe it: tokentui token | tokentui decode",
	DecodeNoTokenArg:     "pass the token as an argument",
	DecodeStdinError:     "cannot read the token from stdin: %v",
	DecodeStdinEmpty:     "stdin was empty: no token to decode",
	DecodeStdinEmptyHint: "pipe a token, e.g. tokentui token | tokentui decode",

	// tokentui token
	TokenCmdShort:     "Print the access token, reusing the cached one while it is valid",
	TokenCmdLong:      "Print the profile's access token on stdout, so that $(tokentui token) works.\n\nThe token is cached (in $TOKENTUI_CACHE_DIR, else $XDG_CACHE_HOME/tokentui)\nand shared by every tokentui process: while it is valid no request is made at\nall, and parallel invocations make one token request, not one each. Providers\nblock clients that ask for tokens too often, so --force is guarded: at most 3\nforced renewals a minute, and never before a Retry-After the provider gave.",
	TokenCmdNote:      "tokentui: note: %s.",
	TokenCmdFlagForce: "ask for a new token even if the cached one is valid (at most 3 a minute)",
	TokenCmdFlagJSON:  "print a JSON object with the token, its expiry, scopes and where it came from",

	// tokentui diagnose
	DiagShort:      "Check endpoint, discovery, credentials, scopes, clock; print a redacted report",
	DiagLong:       "Check the profile step by step: the profile itself, reachability of the\nprovider (DNS, TCP, TLS), its discovery document (issuer, auth method, grant\ntype, scopes), the credentials, the scopes granted, this machine's clock and\nthe token's signature. Each check shows ✓ (ok), ! (warning), ✗ (failed) or -\n(skipped), with the likely cause and what to try.\n\nIt makes at most one token request, and none while a valid token is cached\n(then it reports on that token); --fresh forces one to test the credentials\nnow. The report holds no secret and no token: it is safe to paste in a\nticket. Exit status 1 when a check fails. --json writes the report in English,\nfor tools.",
	DiagFailedOne:  "%d check failed: %s",
	DiagFailedMany: "%d checks failed: %s",
	DiagFailedHint: "the report on stdout gives each failed check's cause and what to try",
	DiagFlagJSON:   "print the report as JSON",
	DiagFlagFresh:  "request a new token even if a valid one is cached (guarded)",
	DiagTitle:      "Diagnosis of profile %q (client %q), %s",
	DiagAllPassed:  "All checks passed",

	// The command line: root, errors, help.
	CliError:         "tokentui: %s",
	CliHint:          "hint: %s",
	CliCause:         "cause: %s",
	CliUnknownError:  "unknown error.",
	CliBadLang:       "--lang %q: unknown language",
	CliBadLangHint:   "use --lang en or --lang pt-BR (pt_BR, pt and en_US work too)",
	CliFlagsHint:     "run '%s --help' to see the flags",
	CliWarning:       "warning: %s",
	RootShort:        "Explore OAuth2 client-credentials tokens and the APIs they open",
	RootLong:         "Explore OAuth2 client-credentials tokens and the APIs they open.\n\nWithout a command, tokentui opens the TUI over the saved profiles.\nMessages are in English or Brazilian Portuguese: --lang en|pt-BR, else\nLC_ALL, LC_MESSAGES or LANG (pt_BR.UTF-8 means Portuguese).",
	FlagConfig:       "profiles file (env TOKENTUI_CONFIG)",
	FlagProfile:      "profile name (env TOKENTUI_PROFILE, else the file's default)",
	FlagLang:         "language: en or pt-BR (else from LC_ALL, LC_MESSAGES, LANG)",
	FlagDebug:        "write a debug log to this file",
	FlagPresent:      "open the Flow tab in presentation mode, for projectors (TUI and demo)",
	FlagHelp:         "help for %s",
	HelpCmdShort:     "Help about any command",
	HelpCmdLong:      "Help provides help for any command in the application.\nSimply type %s help [path to command] for full details.",
	VersionShort:     "Print the version",
	CliUsageTemplate: usageTemplateEn,

	// tokentui demo and the TUI over saved profiles.
	DemoShort:          "Run the TUI on the embedded sandbox provider (no credentials needed)",
	DemoFlagTTL:        "lifetime of the sandbox's tokens",
	DemoTTLTooShort:    "--token-ttl %s is too short",
	DemoTTLHint:        "use at least 10s, e.g. --token-ttl 2m",
	DemoListenHint:     "the sandbox could not listen on a loopback port; is another program holding them all?",
	DemoBanner:         "sandbox",
	TUIFirstRunBanner:  "first run: profiles not saved yet",
	TUIDebugLog:        "cannot open the debug log %s: %v",
	TUIDebugLogHint:    "choose a writable path for --debug",
	TUITemplateProblem: "This profile is a template: fill in its client id and secret first (e in the profiles list).",
	TUIStopped:         "the terminal UI stopped: %w",

	// Loading a profile and building its client (cli_profile.go).
	CliNoProfilesFile:     "there is no profiles file at %s",
	CliNoProfilesFileHint: "add a profile with 'tokentui profiles add NAME --issuer URL --client-id ID --secret-ref env:VAR', or try the sandbox: start 'tokentui sandbox' in another terminal and add its profile ('tokentui profiles add sandbox --issuer http://127.0.0.1:8765 --client-id demo-client --secret-ref demo-secret')",
	CliBadProfile:         "profile %q: %v",
	CliBadProfileHint:     "fix it with 'tokentui profiles show %s' and an editor, or 'tokentui profiles add'",
	CliCAUnreadable:       "profile %q: cannot read ca_file: %v",
	CliCAUnreadableHint:   "set ca_file to a readable PEM file",
	CliCANoPEM:            "profile %q: ca_file %s holds no PEM certificate",
	CliCANoPEMHint:        "export the CA certificate in PEM (-----BEGIN CERTIFICATE-----)",
	CliBadTimeout:         "%s=%q is not a positive duration",
	CliBadTimeoutHint:     "write it as 10s, 90s or 2m, or unset it for the defaults (30s for the provider, 2m for API calls)",
	CliMaxArgs:            "%s takes at most %d argument(s), got %d (%q)",
	CliUsageHint:          "run '%s --help' for its usage",
	CliDidYouMean:         "did you mean '%s'? %s",
	CliTokenNone:          "none",
	CliTokenUnchecked:     "not checked (a cmd: or keyring secret is not read to list profiles)",
	CliHeldHint:           "fix the secret or the profile (a changed secret is tried at once); to ask the provider once more with the same credentials anyway: tokentui token --force",
	CliTokenExpired:       "expired %s",
	CliTokenValid:         "valid %s",

	// tokentui profiles …
	ProfilesShort:        "List, show, add and remove profiles",
	ProfilesLong:         profilesLongEn,
	ProfilesNotCommand:   "%q is not a profiles command",
	ProfilesCommandsHint: "use 'tokentui profiles list', 'show NAME', 'add NAME …', 'rm NAME' or 'default NAME'",
	ProfilesWriteHint:    "check that you can write the profiles file and its directory",
	ProfilesAddHint:      "add one with 'tokentui profiles add NAME --issuer URL --client-id ID --secret-ref env:VAR'",
	ProfilesListShort:    "List the profiles (* marks the default)",
	ProfilesNone:         "No profiles in %s yet: %s, or run 'tokentui demo'.",
	ProfilesListHeader:   "\tNAME\tISSUER / TOKEN URL\tCLIENT ID\tSCOPES\tTOKEN",
	ProfilesShowShort:    "Show every field of a profile (the secret only as its reference)",
	ProfilesShowLong:     "Show every field of a profile: NAME, else -p, else the default profile. A literal secret is masked and warned about.",
	ProfilesDefaultMark:  "(default)",
	ProfilesLiteralWarn:  "profile %q keeps its client secret in the file; prefer env:VAR, file:PATH, cmd:COMMAND or keyring.",
	ProfilesInsecureWarn: "profile %q does not verify TLS certificates (insecure: true).",
	ProfilesAddShort:     "Add a profile (creating the profiles file if needed)",
	ProfilesAddLong:      "Add a profile. REF is a secret reference, not the secret: env:VAR, file:PATH,\ncmd:COMMAND or keyring (a literal secret works but is stored in the file).\n\nWith --replace an existing profile of that name is overwritten; its params,\nheaders, saved requests, ca_file and insecure are kept. When the file does\nnot exist it is created with this profile as the default.",
	FlagIssuer:           "provider base URL (discovery finds the token endpoint)",
	FlagTokenURL:         "token endpoint, when there is no discovery",
	FlagJWKSURL:          "JWK Set URL, when there is no discovery",
	FlagClientID:         "client id given by the provider (required)",
	FlagSecretRef:        "where the secret is: env:VAR | file:PATH | cmd:COMMAND | keyring (required)",
	FlagScope:            "scope to ask for (repeat, or separate with spaces)",
	FlagAuthMethod:       "client_secret_basic (default), client_secret_post, private_key_jwt, client_secret_jwt, tls_client_auth or self_signed_tls_client_auth",
	FlagAPIBaseURL:       "base URL of the API that 'tokentui call PATH' appends to",
	FlagReplace:          "overwrite an existing profile of that name",
	FlagDefault:          "make it the default profile",
	ProfilesOneName:      "%s needs exactly one profile name, got %d",
	ProfilesOneNameHint:  "e.g. '%s ac-homolog'; 'tokentui profiles list' shows the names",
	ProfilesNeedClientID: "--client-id is required",
	ProfilesClientIDHint: "give the client id the provider assigned, e.g. --client-id my-client",
	ProfilesNeedSecret:   "--secret-ref is required",
	ProfilesSecretHint:   "say where the secret is: --secret-ref env:VAR, file:PATH, cmd:COMMAND or keyring",
	ProfilesExists:       "there is already a profile named %q in %s",
	ProfilesExistsHint:   "add --replace to overwrite it, or choose another name",
	ProfilesCreated:      "Created %s with profile %q (the default).",
	ProfilesReplaced:     "Replaced profile %q in %s.",
	ProfilesAdded:        "Added profile %q to %s.",
	ProfilesLiteralSaved: "the client secret is stored in %s as a literal; prefer --secret-ref env:VAR, file:PATH, cmd:COMMAND or keyring.",
	ProfilesIssuerHint:   "give --issuer URL (the provider's base URL) or --token-url URL (its token endpoint)",
	ProfilesCheckFlag:    "check %s: %s",
	ProfilesRmShort:      "Remove a profile",
	ProfilesRemoved:      "Removed profile %q from %s (the previous file is in %s.bak).",
	ProfilesDefaultShort: "Make a profile the default",
	ProfilesDefaultSet:   "Default profile: %s.",

	// tokentui sandbox
	SandboxShort:        "Serve the embedded sandbox provider and demo API until Ctrl+C",
	SandboxLong:         "Serve the sandbox: an IdentityServer-like OAuth2 provider (discovery, JWKS,\nclient-credentials token endpoint, blocking of clients that ask too often)\nand a demo API that checks its tokens. It prints the URLs and the public\ndemo credentials, logs each request, and stops on Ctrl+C or SIGTERM.",
	SandboxFlagAddr:     "host:port to listen on (port 0 picks a free one)",
	SandboxFlagTTL:      "lifetime of the tokens issued, e.g. 2m or 1h",
	SandboxTTLTooShort:  "--token-ttl %s is too short",
	SandboxTTLHint:      "tokens live whole seconds: use 1s or more, e.g. --token-ttl 2m",
	SandboxStopped:      "the sandbox stopped serving unexpectedly",
	SandboxRestartHint:  "start it again; if this repeats, run with --addr 127.0.0.1:0",
	SandboxStoppedAfter: "sandbox stopped after %d token requests.",
	SandboxBadAddr:      "--addr %q is not host:port: %v",
	SandboxBadPort:      "--addr %q has no valid port: use a number from 0 to 65535",
	SandboxAddrHint:     "e.g. --addr 127.0.0.1:8765, or 127.0.0.1:0 for a free port",
	SandboxInUseHint:    "another program (perhaps another sandbox) is using %s; stop it, or pick another port with --addr 127.0.0.1:0",
	SandboxPrivHint:     "ports below 1024 need privileges; use a higher one, e.g. --addr 127.0.0.1:8765",
	SandboxNoAddrHint:   "no network interface on this machine has that address; use 127.0.0.1",
	SandboxHostHint:     "check the host in --addr; 127.0.0.1:8765 always works unless the port is taken",
	SandboxBanner:       "tokentui sandbox: an IdentityServer-like provider and a demo API",
	SandboxIssuer:       "issuer",
	SandboxDiscovery:    "discovery",
	SandboxTokenURL:     "token URL",
	SandboxJWKS:         "JWKS",
	SandboxAPIBase:      "API base",
	SandboxTokensLive:   "Tokens live %s. More than %d token requests a minute from one client get 429:",
	SandboxReuse:        "reuse a token until it expires, as the real provider expects.",
	SandboxClients:      "Demo clients (public sandbox credentials):",
	SandboxColClient:    "client id",
	SandboxColScopes:    "scopes",
	SandboxNoGrant:      "(no client_credentials grant: shows unauthorized_client)",
	SandboxTry:          "Try it:",
	SandboxFirstRun:     "(the first-run \"sandbox\" profile points here)",
	SandboxExposed:      "listening on %s, reachable from other machines; anyone there can use the demo credentials.",
	SandboxServing:      "Serving until Ctrl+C.",
}

// usageTemplateEn is cobra's default usage template (cobra v1.10).
const usageTemplateEn = `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if gt (len .Aliases) 0}}

Aliases:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}{{$cmds := .Commands}}{{if eq (len .Groups) 0}}

Available Commands:{{range $cmds}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{else}}{{range $group := .Groups}}

{{.Title}}{{range $cmds}}{{if (and (eq .GroupID $group.ID) (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if not .AllChildCommandsHaveGroup}}

Additional Commands:{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global Flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

Additional help topics:{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} [command] --help" for more information about a command.{{end}}
`

// profilesLongEn is the long help of `tokentui profiles`.
const profilesLongEn = `Manage the profiles file (--config, $TOKENTUI_CONFIG, else $XDG_CONFIG_HOME/tokentui/profiles.yaml).

A profile names an identity provider (issuer, or token_url when there is no
discovery), a client id, a secret reference and scopes:

  default: ac-homolog
  profiles:
    - name: ac-homolog
      issuer: https://acessocidadao.es.gov.br/is
      client_id: my-client
      client_secret: env:AC_SECRET   # env:VAR | file:PATH | cmd:COMMAND | keyring | a literal (warned)
      scopes: [api-cargarh-base]
      auth_method: client_secret_basic
      api_base_url: https://api.example.es.gov.br/
      requests:
        - {name: me, method: GET, path: /v1/me}

tokentui rewrites the file when it saves (comments are not kept), keeps the
previous version as profiles.yaml.bak, and never overwrites a file that does
not load.`
