package i18n

// Key names one message of the catalogue. Its value is the constant's own
// name, so a missing translation shows which one it is.
type Key string

// The keys, grouped as in en.go; each comment is the English text.
const (
	// Formatting helpers (format.go).
	FmtIn      Key = "FmtIn"      // in %s
	FmtAgo     Key = "FmtAgo"     // %s ago
	FmtNow     Key = "FmtNow"     // now
	FmtDays    Key = "FmtDays"    // %dd (days in a span)
	FmtHours   Key = "FmtHours"   // %dh
	FmtMinutes Key = "FmtMinutes" // %dm
	FmtSeconds Key = "FmtSeconds" // %ds

	// The root of the TUI: header, tabs, badge, help.
	AppTabToken        Key = "AppTabToken"        // Token
	AppTabRequest      Key = "AppTabRequest"      // Request
	AppTabFlow         Key = "AppTabFlow"         // Flow
	AppTabHistory      Key = "AppTabHistory"      // History
	AppProfile         Key = "AppProfile"         // profile
	AppProfiles        Key = "AppProfiles"        // Profiles
	AppStateSetUp      Key = "AppStateSetUp"      // set up first
	AppStateRequesting Key = "AppStateRequesting" // requesting…
	AppStateNoToken    Key = "AppStateNoToken"    // no token
	AppBadgeExpired    Key = "AppBadgeExpired"    // expired
	AppBadgeExpiring   Key = "AppBadgeExpiring"   // expiring %s
	AppBadgeValid      Key = "AppBadgeValid"      // valid %s
	AppCloseHelp       Key = "AppCloseHelp"       // close help
	HelpTitle          Key = "HelpTitle"          // Keys
	HelpCloses         Key = "HelpCloses"         // (esc or ? closes)
	HelpTabSection     Key = "HelpTabSection"     // %s tab
	HelpEverywhere     Key = "HelpEverywhere"     // Everywhere
	KeyQuit            Key = "KeyQuit"            // quit
	KeyCancelQuit      Key = "KeyCancelQuit"      // cancel / quit
	KeyAllKeys         Key = "KeyAllKeys"         // all keys
	KeyNextPane        Key = "KeyNextPane"        // next pane
	KeyPrevPane        Key = "KeyPrevPane"        // previous pane

	// Clipboard reports, for any pane that copies.
	ClipCopied    Key = "ClipCopied"    // %s copied (%s)
	ClipViaSystem Key = "ClipViaSystem" // system clipboard
	ClipViaOSC52  Key = "ClipViaOSC52"  // through the terminal, OSC 52
	ClipFailed    Key = "ClipFailed"    // could not copy: %s

	// The Token tab.
	TokenInspectTitle  Key = "TokenInspectTitle"  // Inspect a token
	TokenInspectIntro  Key = "TokenInspectIntro"  // Paste a JWT from a log or a ticket; it is decoded and its signature…
	TokenInspectAction Key = "TokenInspectAction" // inspect
	TokenClose         Key = "TokenClose"         // close
	TokenPlaceholder   Key = "TokenPlaceholder"   // paste a JWT (eyJ…) and press Enter
	TokenInspecting    Key = "TokenInspecting"    // INSPECTING A PASTED TOKEN — not this profile's own
	TokenEscBack       Key = "TokenEscBack"       // (esc: back)
	TokenCannotGet     Key = "TokenCannotGet"     // This profile cannot get tokens yet.
	TokenRequesting    Key = "TokenRequesting"    // Requesting a token from the provider…
	TokenNoneYet       Key = "TokenNoneYet"       // No token yet for this profile.
	TokenPressGet      Key = "TokenPressGet"      // Press %s to get one: one request to the provider, then
	TokenReusedUntil   Key = "TokenReusedUntil"   // the token is reused until it expires.
	TokenNoExpiry      Key = "TokenNoExpiry"      // no expiry known (the token has no exp claim)
	TokenValid         Key = "TokenValid"         // VALID
	TokenExpiring      Key = "TokenExpiring"      // EXPIRING
	TokenExpired       Key = "TokenExpired"       // EXPIRED
	TokenLeft          Key = "TokenLeft"          // left
	TokenExpiresAt     Key = "TokenExpiresAt"     // expires %s
	TokenExpiresOn     Key = "TokenExpiresOn"     // expires %s
	TokenExpiredAt     Key = "TokenExpiredAt"     // expired at %s (an expired token's time)
	TokenRequestingNew Key = "TokenRequestingNew" // Requesting a new token…
	TokenOriginNew     Key = "TokenOriginNew"     // new token
	TokenOriginCache   Key = "TokenOriginCache"   // from cache
	TokenObtained      Key = "TokenObtained"      // obtained %s
	TokenRequestsHour  Key = "TokenRequestsHour"  // token requests of this client in the last hour: %d
	TokenConfirm       Key = "TokenConfirm"       // The current token is valid for %s more. Every API call should reuse…
	TokenRequestsOne   Key = "TokenRequestsOne"   // %d request
	TokenRequestsMany  Key = "TokenRequestsMany"  // %d requests
	TokenAskAnyway     Key = "TokenAskAnyway"     // Ask for a new token anyway?
	TokenRenew         Key = "TokenRenew"         // renew
	TokenKeep          Key = "TokenKeep"          // keep it
	TokenOpaque        Key = "TokenOpaque"        // Not a JWT (an opaque token): it works, but there is nothing to decode.
	TokenRawToken      Key = "TokenRawToken"      // Raw token
	TokenSignature     Key = "TokenSignature"     // Signature
	TokenScopes        Key = "TokenScopes"        // Scopes
	TokenHeader        Key = "TokenHeader"        // Header
	TokenClaims        Key = "TokenClaims"        // Claims
	TokenRawJWT        Key = "TokenRawJWT"        // Raw JWT
	TokenVerified      Key = "TokenVerified"      // verified
	TokenFailed        Key = "TokenFailed"        // failed
	TokenNotChecked    Key = "TokenNotChecked"    // not checked — %s
	TokenChecking      Key = "TokenChecking"      // checking against the provider's keys…
	TokenKeyGet        Key = "TokenKeyGet"        // get token
	TokenKeyRenew      Key = "TokenKeyRenew"      // renew (guarded)
	TokenKeyInspect    Key = "TokenKeyInspect"    // inspect a pasted token
	TokenKeyBack       Key = "TokenKeyBack"       // back to own token
	TokenKeyConfirm    Key = "TokenKeyConfirm"    // yes, renew
	TokenKeyKeep       Key = "TokenKeyKeep"       // keep current
	KeyScrollUp        Key = "KeyScrollUp"        // scroll up
	KeyScrollDown      Key = "KeyScrollDown"      // scroll down
	KeyPageUp          Key = "KeyPageUp"          // page up
	KeyPageDown        Key = "KeyPageDown"        // page down

	// What JWT claims and JOSE header fields mean.
	ClaimIss        Key = "ClaimIss"        // issuer: who made and signed the token
	ClaimSub        Key = "ClaimSub"        // subject: who the token is about (a user; on client tokens often the client id)
	ClaimAud        Key = "ClaimAud"        // audience: the API(s) meant to accept it
	ClaimExp        Key = "ClaimExp"        // expires: rejected after this time
	ClaimNbf        Key = "ClaimNbf"        // not before: rejected before this time
	ClaimIat        Key = "ClaimIat"        // issued at: when it was made
	ClaimJti        Key = "ClaimJti"        // token id: unique per token
	ClaimScope      Key = "ClaimScope"      // scopes: what the token allows
	ClaimClientID   Key = "ClaimClientID"   // the client the token was issued to
	ClaimClientName Key = "ClaimClientName" // the client's display name
	ClaimAuthTime   Key = "ClaimAuthTime"   // when the user signed in
	ClaimIdp        Key = "ClaimIdp"        // the identity provider used
	ClaimAmr        Key = "ClaimAmr"        // how the user authenticated
	ClaimSid        Key = "ClaimSid"        // session id
	ClaimCnf        Key = "ClaimCnf"        // confirmation key (proof of possession)
	ClaimRole       Key = "ClaimRole"       // roles granted
	HeaderAlg       Key = "HeaderAlg"       // signing algorithm
	HeaderTyp       Key = "HeaderTyp"       // token type (at+jwt: an OAuth2 access token, RFC 9068)
	HeaderKid       Key = "HeaderKid"       // which key of the provider's JWKS signed it
	HeaderX5t       Key = "HeaderX5t"       // thumbprint of the signing certificate
	HeaderCty       Key = "HeaderCty"       // content type
	HeaderX5tS256   Key = "HeaderX5tS256"   // SHA-256 thumbprint of the signing certificate
	HeaderJku       Key = "HeaderJku"       // URL of a JWK Set (never trusted on its own)
	HeaderX5u       Key = "HeaderX5u"       // URL of the signing certificate
	HeaderCrit      Key = "HeaderCrit"      // extensions the receiver must understand
	ClaimAzp        Key = "ClaimAzp"        // authorized party: the client the token was issued to
	ClaimName       Key = "ClaimName"       // name
	ClaimEmail      Key = "ClaimEmail"      // e-mail address

	// tokentui decode
	DecodeShort          Key = "DecodeShort"          // Decode a JWT; --verify checks its signature…
	DecodeLong           Key = "DecodeLong"           // Decode any JWT: the header and the claims…
	DecodeFlagVerify     Key = "DecodeFlagVerify"     // check the signature and exp/nbf; exit 1 when they fail
	DecodeFlagJWKS       Key = "DecodeFlagJWKS"       // verify with the JWK Set at this URL instead of the iss discovery…
	DecodeUnverified     Key = "DecodeUnverified"     // %s, %d bytes, not verified (use --verify)
	DecodeKeysFrom       Key = "DecodeKeysFrom"       // keys from %s
	DecodeVerifyHint     Key = "DecodeVerifyHint"     // check that the token comes from the issuer it names and has not expired
	DecodeJWKSHint       Key = "DecodeJWKSHint"       // give the issuer's JWKS URL with --jwks
	DecodeDidNotVerify   Key = "DecodeDidNotVerify"   // the token did not verify: %s
	DecodeFailed         Key = "DecodeFailed"         // failed: %s
	DecodeNotChecked     Key = "DecodeNotChecked"     // not checked: %s
	DecodeNoToken        Key = "DecodeNoToken"        // no token given
	DecodeNoTokenPipe    Key = "DecodeNoTokenPipe"    // pass the token as an argument, or pipe it: …
	DecodeNoTokenArg     Key = "DecodeNoTokenArg"     // pass the token as an argument
	DecodeStdinError     Key = "DecodeStdinError"     // cannot read the token from stdin: %v
	DecodeStdinEmpty     Key = "DecodeStdinEmpty"     // stdin was empty: no token to decode
	DecodeStdinEmptyHint Key = "DecodeStdinEmptyHint" // pipe a token, e.g. tokentui token | tokentui decode

	// tokentui token
	TokenCmdShort     Key = "TokenCmdShort"     // Print the access token, reusing the cached one while it is valid
	TokenCmdLong      Key = "TokenCmdLong"      // Print the profile's access token on stdout…
	TokenCmdNote      Key = "TokenCmdNote"      // tokentui: note: %s.
	TokenCmdFlagForce Key = "TokenCmdFlagForce" // ask for a new token even if the cached one is valid (at most 3 a minute)
	TokenCmdFlagJSON  Key = "TokenCmdFlagJSON"  // print a JSON object with the token, its expiry, scopes and where it came from

	// tokentui diagnose
	DiagShort      Key = "DiagShort"      // Check endpoint, discovery, credentials, scopes, clock; print a redacted report
	DiagLong       Key = "DiagLong"       // Check the profile step by step…
	DiagFailedOne  Key = "DiagFailedOne"  // %d check failed: %s
	DiagFailedMany Key = "DiagFailedMany" // %d checks failed: %s
	DiagFailedHint Key = "DiagFailedHint" // the report on stdout gives each failed check's cause and what to try
	DiagFlagJSON   Key = "DiagFlagJSON"   // print the report as JSON
	DiagFlagFresh  Key = "DiagFlagFresh"  // request a new token even if a valid one is cached (guarded)
	DiagTitle      Key = "DiagTitle"      // Diagnosis of profile %q (client %q), %s
	DiagAllPassed  Key = "DiagAllPassed"  // All checks passed

	// The command line: root, errors, help.
	CliError         Key = "CliError"         // tokentui: %s
	CliHint          Key = "CliHint"          // hint: %s
	CliCause         Key = "CliCause"         // cause: %s
	CliUnknownError  Key = "CliUnknownError"  // unknown error.
	CliBadLang       Key = "CliBadLang"       // --lang %q: unknown language
	CliBadLangHint   Key = "CliBadLangHint"   // use --lang en or --lang pt-BR (pt_BR, pt and en_US work too)
	CliFlagsHint     Key = "CliFlagsHint"     // run '%s --help' to see the flags
	CliWarning       Key = "CliWarning"       // warning: %s
	RootShort        Key = "RootShort"        // Explore OAuth2 client-credentials tokens and the APIs they open
	RootLong         Key = "RootLong"         // Explore OAuth2 client-credentials tokens and the APIs they open.\n\…
	FlagConfig       Key = "FlagConfig"       // profiles file (env TOKENTUI_CONFIG)
	FlagProfile      Key = "FlagProfile"      // profile name (env TOKENTUI_PROFILE, else the file's default)
	FlagLang         Key = "FlagLang"         // language: en or pt-BR (else from LC_ALL, LC_MESSAGES, LANG)
	FlagDebug        Key = "FlagDebug"        // write a debug log to this file
	FlagPresent      Key = "FlagPresent"      // open the Flow tab in presentation mode, for projectors (TUI and demo)
	FlagHelp         Key = "FlagHelp"         // help for %s
	HelpCmdShort     Key = "HelpCmdShort"     // Help about any command
	HelpCmdLong      Key = "HelpCmdLong"      // Help provides help for any command in the application.\nSimply type…
	VersionShort     Key = "VersionShort"     // Print the version
	CliUsageTemplate Key = "CliUsageTemplate" // see usageTemplateEn

	// tokentui demo and the TUI over saved profiles.
	DemoShort          Key = "DemoShort"          // Run the TUI on the embedded sandbox provider (no credentials needed)
	DemoFlagTTL        Key = "DemoFlagTTL"        // lifetime of the sandbox's tokens
	DemoTTLTooShort    Key = "DemoTTLTooShort"    // --token-ttl %s is too short
	DemoTTLHint        Key = "DemoTTLHint"        // use at least 10s, e.g. --token-ttl 2m
	DemoListenHint     Key = "DemoListenHint"     // the sandbox could not listen on a loopback port; is another program…
	DemoBanner         Key = "DemoBanner"         // sandbox
	TUIFirstRunBanner  Key = "TUIFirstRunBanner"  // first run: profiles not saved yet
	TUIDebugLog        Key = "TUIDebugLog"        // cannot open the debug log %s: %v
	TUIDebugLogHint    Key = "TUIDebugLogHint"    // choose a writable path for --debug
	TUITemplateProblem Key = "TUITemplateProblem" // This profile is a template: fill in its client id and secret first.
	TUIStopped         Key = "TUIStopped"         // the terminal UI stopped: %w

	// Loading a profile and building its client (cli_profile.go).
	CliNoProfilesFile     Key = "CliNoProfilesFile"     // there is no profiles file at %s
	CliNoProfilesFileHint Key = "CliNoProfilesFileHint" // add a profile with 'tokentui profiles add NAME --issuer URL --clien…
	CliBadProfile         Key = "CliBadProfile"         // profile %q: %v
	CliBadProfileHint     Key = "CliBadProfileHint"     // fix it with 'tokentui profiles show %s' and an editor, or 'tokentui…
	CliCAUnreadable       Key = "CliCAUnreadable"       // profile %q: cannot read ca_file: %v
	CliCAUnreadableHint   Key = "CliCAUnreadableHint"   // set ca_file to a readable PEM file
	CliCANoPEM            Key = "CliCANoPEM"            // profile %q: ca_file %s holds no PEM certificate
	CliCANoPEMHint        Key = "CliCANoPEMHint"        // export the CA certificate in PEM (-----BEGIN CERTIFICATE-----)
	CliBadTimeout         Key = "CliBadTimeout"         // %s=%q is not a positive duration
	CliBadTimeoutHint     Key = "CliBadTimeoutHint"     // write it as 10s, 90s or 2m, or unset it for the defaults…
	CliMaxArgs            Key = "CliMaxArgs"            // %s takes at most %d argument(s), got %d (%q)
	CliUsageHint          Key = "CliUsageHint"          // run '%s --help' for its usage
	CliDidYouMean         Key = "CliDidYouMean"         // did you mean '%s'? %s
	CliTokenNone          Key = "CliTokenNone"          // none (no cached token, in profiles list)
	CliTokenUnchecked     Key = "CliTokenUnchecked"     // not checked (cmd:/keyring secret not read, in profiles list)
	CliHeldHint           Key = "CliHeldHint"           // hint under a token request held back after the provider refused the credentials
	CliTokenExpired       Key = "CliTokenExpired"       // expired %s (%s: "3m ago")
	CliTokenValid         Key = "CliTokenValid"         // valid %s (%s: "41m")

	// tokentui profiles …
	ProfilesShort        Key = "ProfilesShort"        // List, show, add and remove profiles
	ProfilesLong         Key = "ProfilesLong"         // see profilesLongEn
	ProfilesNotCommand   Key = "ProfilesNotCommand"   // %q is not a profiles command
	ProfilesCommandsHint Key = "ProfilesCommandsHint" // use 'tokentui profiles list', 'show NAME', 'add NAME …', 'rm NAME' …
	ProfilesWriteHint    Key = "ProfilesWriteHint"    // check that you can write the profiles file and its directory
	ProfilesAddHint      Key = "ProfilesAddHint"      // add one with 'tokentui profiles add NAME --issuer URL --client-id I…
	ProfilesListShort    Key = "ProfilesListShort"    // List the profiles (* marks the default)
	ProfilesNone         Key = "ProfilesNone"         // No profiles in %s yet: %s, or run 'tokentui demo'.
	ProfilesListHeader   Key = "ProfilesListHeader"   // \tNAME\tISSUER / TOKEN URL\tCLIENT ID\tSCOPES\tTOKEN
	ProfilesShowShort    Key = "ProfilesShowShort"    // Show every field of a profile (the secret only as its reference)
	ProfilesShowLong     Key = "ProfilesShowLong"     // Show every field of a profile: NAME, else -p, else the default prof…
	ProfilesDefaultMark  Key = "ProfilesDefaultMark"  // (default)
	ProfilesLiteralWarn  Key = "ProfilesLiteralWarn"  // profile %q keeps its client secret in the file; prefer env:VAR, fil…
	ProfilesInsecureWarn Key = "ProfilesInsecureWarn" // profile %q does not verify TLS certificates (insecure: true).
	ProfilesAddShort     Key = "ProfilesAddShort"     // Add a profile (creating the profiles file if needed)
	ProfilesAddLong      Key = "ProfilesAddLong"      // Add a profile. REF is a secret reference, not the secret: env:VAR, …
	FlagIssuer           Key = "FlagIssuer"           // provider base URL (discovery finds the token endpoint)
	FlagTokenURL         Key = "FlagTokenURL"         // token endpoint, when there is no discovery
	FlagJWKSURL          Key = "FlagJWKSURL"          // JWK Set URL, when there is no discovery
	FlagClientID         Key = "FlagClientID"         // client id given by the provider (required)
	FlagSecretRef        Key = "FlagSecretRef"        // where the secret is: env:VAR | file:PATH | cmd:COMMAND | keyring (r…
	FlagScope            Key = "FlagScope"            // scope to ask for (repeat, or separate with spaces)
	FlagAuthMethod       Key = "FlagAuthMethod"       // client_secret_basic (default) or client_secret_post
	FlagAPIBaseURL       Key = "FlagAPIBaseURL"       // base URL of the API that 'tokentui call PATH' appends to
	FlagReplace          Key = "FlagReplace"          // overwrite an existing profile of that name
	FlagDefault          Key = "FlagDefault"          // make it the default profile
	ProfilesOneName      Key = "ProfilesOneName"      // %s needs exactly one profile name, got %d
	ProfilesOneNameHint  Key = "ProfilesOneNameHint"  // e.g. '%s ac-homolog'; 'tokentui profiles list' shows the names
	ProfilesNeedClientID Key = "ProfilesNeedClientID" // --client-id is required
	ProfilesClientIDHint Key = "ProfilesClientIDHint" // give the client id the provider assigned, e.g. --client-id my-client
	ProfilesNeedSecret   Key = "ProfilesNeedSecret"   // --secret-ref is required
	ProfilesSecretHint   Key = "ProfilesSecretHint"   // say where the secret is: --secret-ref env:VAR, file:PATH, cmd:COMMA…
	ProfilesExists       Key = "ProfilesExists"       // there is already a profile named %q in %s
	ProfilesExistsHint   Key = "ProfilesExistsHint"   // add --replace to overwrite it, or choose another name
	ProfilesCreated      Key = "ProfilesCreated"      // Created %s with profile %q (the default).
	ProfilesReplaced     Key = "ProfilesReplaced"     // Replaced profile %q in %s.
	ProfilesAdded        Key = "ProfilesAdded"        // Added profile %q to %s.
	ProfilesLiteralSaved Key = "ProfilesLiteralSaved" // the client secret is stored in %s as a literal; prefer --secret-ref…
	ProfilesIssuerHint   Key = "ProfilesIssuerHint"   // give --issuer URL (the provider's base URL) or --token-url URL (its…
	ProfilesCheckFlag    Key = "ProfilesCheckFlag"    // check %s: %s
	ProfilesRmShort      Key = "ProfilesRmShort"      // Remove a profile
	ProfilesRemoved      Key = "ProfilesRemoved"      // Removed profile %q from %s (the previous file is in %s.bak).
	ProfilesDefaultShort Key = "ProfilesDefaultShort" // Make a profile the default
	ProfilesDefaultSet   Key = "ProfilesDefaultSet"   // Default profile: %s.

	// tokentui sandbox
	SandboxShort        Key = "SandboxShort"        // Serve the embedded sandbox provider and demo API until Ctrl+C
	SandboxLong         Key = "SandboxLong"         // Serve the sandbox: an IdentityServer-like OAuth2 provider (discover…
	SandboxFlagAddr     Key = "SandboxFlagAddr"     // host:port to listen on (port 0 picks a free one)
	SandboxFlagTTL      Key = "SandboxFlagTTL"      // lifetime of the tokens issued, e.g. 2m or 1h
	SandboxTTLTooShort  Key = "SandboxTTLTooShort"  // --token-ttl %s is too short
	SandboxTTLHint      Key = "SandboxTTLHint"      // tokens live whole seconds: use 1s or more, e.g. --token-ttl 2m
	SandboxStopped      Key = "SandboxStopped"      // the sandbox stopped serving unexpectedly
	SandboxRestartHint  Key = "SandboxRestartHint"  // start it again; if this repeats, run with --addr 127.0.0.1:0
	SandboxStoppedAfter Key = "SandboxStoppedAfter" // sandbox stopped after %d token requests.
	SandboxBadAddr      Key = "SandboxBadAddr"      // --addr %q is not host:port: %v
	SandboxBadPort      Key = "SandboxBadPort"      // --addr %q has no valid port: use a number from 0 to 65535
	SandboxAddrHint     Key = "SandboxAddrHint"     // e.g. --addr 127.0.0.1:8765, or 127.0.0.1:0 for a free port
	SandboxInUseHint    Key = "SandboxInUseHint"    // another program (perhaps another sandbox) is using %s; stop it, or …
	SandboxPrivHint     Key = "SandboxPrivHint"     // ports below 1024 need privileges; use a higher one, e.g. --addr 127…
	SandboxNoAddrHint   Key = "SandboxNoAddrHint"   // no network interface on this machine has that address; use 127.0.0.1
	SandboxHostHint     Key = "SandboxHostHint"     // check the host in --addr; 127.0.0.1:8765 always works unless the po…
	SandboxBanner       Key = "SandboxBanner"       // tokentui sandbox: an IdentityServer-like provider and a demo API
	SandboxIssuer       Key = "SandboxIssuer"       // issuer
	SandboxDiscovery    Key = "SandboxDiscovery"    // discovery
	SandboxTokenURL     Key = "SandboxTokenURL"     // token URL
	SandboxJWKS         Key = "SandboxJWKS"         // JWKS
	SandboxAPIBase      Key = "SandboxAPIBase"      // API base
	SandboxTokensLive   Key = "SandboxTokensLive"   // Tokens live %s. More than %d token requests a minute from one clien…
	SandboxReuse        Key = "SandboxReuse"        // reuse a token until it expires, as the real provider expects.
	SandboxClients      Key = "SandboxClients"      // Demo clients (public sandbox credentials, HTTP Basic or in the body):
	SandboxColClient    Key = "SandboxColClient"    // client id
	SandboxColScopes    Key = "SandboxColScopes"    // scopes
	SandboxNoGrant      Key = "SandboxNoGrant"      // (no client_credentials grant: shows unauthorized_client)
	SandboxTry          Key = "SandboxTry"          // Try it:
	SandboxFirstRun     Key = "SandboxFirstRun"     // (the first-run \"sandbox\" profile points here)
	SandboxExposed      Key = "SandboxExposed"      // listening on %s, reachable from other machines; anyone there can us…
	SandboxServing      Key = "SandboxServing"      // Serving until Ctrl+C.
)
