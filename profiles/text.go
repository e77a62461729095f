package profiles

import (
	"errors"
	"fmt"
	"maps"
	"sync"
)

// Code names a sentence this package writes (an error message, a hint, a
// part of one), so that the CLI and the TUI can write it in the user's
// language: text/i18n holds the Portuguese of every code and takes the
// English from English. Error() stays English, for logs and developers.
type Code string

// Text is a sentence of this package: its code and its arguments (names,
// values, lines; an argument may itself be a Text, written in the same
// language). String is the English.
type Text struct {
	Code Code
	Args []any
}

func txt(c Code, args ...any) Text { return Text{Code: c, Args: args} }

// String writes t in English; the zero Text is "".
func (t Text) String() string {
	if t.Code == "" {
		return ""
	}
	return fmt.Sprintf(english()[t.Code], t.Args...)
}

// IsZero reports whether t says nothing.
func (t Text) IsZero() bool { return t.Code == "" }

// English returns the English format of every code (fmt verbs for the
// arguments), for the catalogue and its tests.
func English() map[Code]string { return maps.Clone(english()) }

// codedError is an error of this package made of a Text; it unwraps to
// its kind (a sentinel; may be nil) and its cause (may be nil).
type codedError struct {
	text Text
	kind error
	err  error
}

func (e *codedError) Error() string { return e.text.String() }

// Message is the error as a Text; it has no hint of its own.
func (e *codedError) Message() Text { return e.text }

// HintText is zero: a codedError says what happened, not what to do.
func (e *codedError) HintText() Text { return Text{} }

func (e *codedError) Unwrap() []error {
	var out []error
	for _, err := range []error{e.kind, e.err} {
		if err != nil {
			out = append(out, err)
		}
	}
	return out
}

// textOf is err as an argument of a Text: its own Text when it has one,
// else the error itself (written as it is, in every language).
func textOf(err error) any {
	var ce *codedError
	if errors.As(err, &ce) {
		return ce.text
	}
	if c, ok := CodedOf(err); ok {
		return c.Message()
	}
	return err
}

// Coded is an error of this package that can be written in any language:
// its message and its hint as Texts (the hint may be zero).
type Coded interface {
	error
	Message() Text
	HintText() Text
}

// CodedOf finds the error of this package in err's chain, if any.
func CodedOf(err error) (Coded, bool) {
	var sv *SaveError
	var le *LoadError
	var pe *ProfileError
	var se *SecretError
	var ce *codedError
	switch {
	case errors.As(err, &sv):
		return sv, true
	case errors.As(err, &le):
		return le, true
	case errors.As(err, &pe):
		return pe, true
	case errors.As(err, &se):
		return se, true
	case errors.As(err, &ce):
		return ce, true
	}
	return nil, false
}

// The codes; english below holds the English of each.
const (
	// where a problem is (LoadError.Error)
	CodeAtPathLine Code = "at_path_line"
	CodeAtPath     Code = "at_path"
	CodeAtLine     Code = "at_line"

	// choosing a profile (ProfileError)
	CodeNoneDefault       Code = "none_default"
	CodeNoProfilesYet     Code = "no_profiles_yet"
	CodeNoSuchProfileNone Code = "no_such_profile_none"
	CodeNoSuchProfile     Code = "no_such_profile"
	HintChooseOne         Code = "hint_choose_one"
	HintAddOne            Code = "hint_add_one"
	HintDidYouMeanList    Code = "hint_did_you_mean_list"
	HintListShows         Code = "hint_list_shows"

	// loading the file
	CodeIsDir         Code = "is_dir"
	CodeNoFile        Code = "no_file"
	CodeCannotRead    Code = "cannot_read"
	CodeTooLarge      Code = "too_large"
	CodeMultiDoc      Code = "multi_doc"
	CodeWrongTypeYAML Code = "wrong_type_yaml"
	CodeSyntax        Code = "syntax"
	CodeAliasTooMuch  Code = "alias_too_much"
	CodeWrongType     Code = "wrong_type"
	CodeWrongTypeTop  Code = "wrong_type_top"
	CodeDupMapKey     Code = "dup_map_key"
	CodeFieldNotText  Code = "field_not_text"
	CodeDupField      Code = "dup_field"
	CodeUnknownField  Code = "unknown_field"
	HintGiveConfig    Code = "hint_give_config"
	HintCheckConfig   Code = "hint_check_config"
	HintRemoveDoc     Code = "hint_remove_doc"
	HintFixLine       Code = "hint_fix_line"
	HintNoTabs        Code = "hint_no_tabs"
	HintNoAliases     Code = "hint_no_aliases"
	HintWriteFields   Code = "hint_write_fields"
	HintKeepOne       Code = "hint_keep_one"
	HintKnownFields   Code = "hint_known_fields"
	HintDidYouMean    Code = "hint_did_you_mean"
	HintSeeExample    Code = "hint_see_example"
	HintScopesList    Code = "hint_scopes_list"
	HintInsecure      Code = "hint_insecure"
	HintQuote         Code = "hint_quote"

	// what a value should be, and what it is (CodeWrongType)
	WantStruct    Code = "want_struct"
	WantText      Code = "want_text"
	WantBool      Code = "want_bool"
	WantList      Code = "want_list"
	WantMap       Code = "want_map"
	WantKeysText  Code = "want_keys_text"
	NodeMapping   Code = "node_mapping"
	NodeList      Code = "node_list"
	NodeNumber    Code = "node_number"
	NodeBoolean   Code = "node_boolean"
	NodeText      Code = "node_text"
	NodeValue     Code = "node_value"
	WhereTop      Code = "where_top"
	WhereProfile  Code = "where_profile"
	WhereProfileN Code = "where_profile_n"
	WhereAProfile Code = "where_a_profile"
	WhereRequest  Code = "where_request"
	WhereRequestN Code = "where_request_n"

	// validating profiles
	SubjProfile          Code = "subj_profile"
	SubjProfileN         Code = "subj_profile_n"
	SubjAProfile         Code = "subj_a_profile"
	SubjRequest          Code = "subj_request"
	SubjRequestN         Code = "subj_request_n"
	CodeDupName          Code = "dup_name"
	CodeBadDefault       Code = "bad_default"
	CodeNoName           Code = "no_name"
	CodeNameSpaces       Code = "name_spaces"
	CodeNoClientID       Code = "no_client_id"
	CodeNoIssuer         Code = "no_issuer"
	CodeBadURL           Code = "bad_url"
	CodeBadTokenHost     Code = "bad_token_host"
	CodeBadOpenAPI       Code = "bad_openapi"
	CodeBadMetadataTTL   Code = "bad_metadata_ttl"
	CodeBadAuthMethod    Code = "bad_auth_method"
	CodeDupRequest       Code = "dup_request"
	CodeNoPath           Code = "no_path"
	CodeBadMethod        Code = "bad_method"
	URLNoParse           Code = "url_no_parse"
	URLNotHTTP           Code = "url_not_http"
	URLNoHost            Code = "url_no_host"
	URLUserInfo          Code = "url_user_info"
	URLOriginPath        Code = "url_origin_path"
	URLNoFile            Code = "url_no_file"
	URLNotHTTPS          Code = "url_not_https"
	URLNoBase            Code = "url_no_base"
	HintRenameOne        Code = "hint_rename_one"
	HintDefaultOneOf     Code = "hint_default_one_of"
	HintRemoveDefault    Code = "hint_remove_default"
	HintDidYouMeanNames  Code = "hint_did_you_mean_names"
	HintAddName          Code = "hint_add_name"
	HintNameChars        Code = "hint_name_chars"
	HintSetClientID      Code = "hint_set_client_id"
	HintSetIssuer        Code = "hint_set_issuer"
	HintWriteURL         Code = "hint_write_url"
	HintListOrigins      Code = "hint_list_origins"
	HintWriteOpenAPI     Code = "hint_write_openapi"
	HintWriteDuration    Code = "hint_write_duration"
	HintAuthMethods      Code = "hint_auth_methods"
	HintDidYouMeanThen   Code = "hint_did_you_mean_then"
	HintNameRequest      Code = "hint_name_request"
	HintSetPath          Code = "hint_set_path"
	HintUseMethods       Code = "hint_use_methods"
	CodeKeyUnused        Code = "key_unused"
	CodeCertUnused       Code = "cert_unused"
	CodeCertMissing      Code = "cert_missing"
	CodeCertKeyMissing   Code = "cert_key_missing"
	CodeCertSecretUnused Code = "cert_secret_unused"
	CodeAssertionUnused  Code = "assertion_unused"
	CodeKeyMissing       Code = "key_missing"
	CodeKeySecretUnused  Code = "key_secret_unused"
	CodeBadKeyAlg        Code = "bad_key_alg"
	CodeBadSecretAlg     Code = "bad_secret_alg"
	CodeFieldSpaces      Code = "field_spaces"
	HintKeyOrRemove      Code = "hint_key_or_remove"
	HintTLSOrRemove      Code = "hint_tls_or_remove"
	HintSetCert          Code = "hint_set_cert"
	HintSetCertKey       Code = "hint_set_cert_key"
	HintNoSecretCert     Code = "hint_no_secret_cert"
	HintAssertOrRemove   Code = "hint_assert_or_remove"
	HintSetKey           Code = "hint_set_key"
	HintNoSecretKey      Code = "hint_no_secret_key"
	HintKeyAlgs          Code = "hint_key_algs"
	HintSecretAlgs       Code = "hint_secret_algs"
	HintOneLine          Code = "hint_one_line"

	// secrets (SecretError)
	CodeCannotGet       Code = "cannot_get"
	RefNone             Code = "ref_none"
	RefLiteral          Code = "ref_literal"
	RefLiteralKey       Code = "ref_literal_key"
	RefLiteralCert      Code = "ref_literal_cert"
	RefAsIs             Code = "ref_as_is"
	WhatSecret          Code = "what_secret"
	WhatCert            Code = "what_cert"
	WhatKey             Code = "what_key"
	CodeNoSecret        Code = "no_secret"
	CodeNoCert          Code = "no_cert"
	CodeNoKey           Code = "no_key"
	CodeEnvNoName       Code = "env_no_name"
	CodeEnvUnset        Code = "env_unset"
	CodeCmdNoCommand    Code = "cmd_no_command"
	CodeCmdTimeout      Code = "cmd_timeout"
	CodeCmdFailed       Code = "cmd_failed"
	CodeCmdEmpty        Code = "cmd_empty"
	CodeFileNoName      Code = "file_no_name"
	CodeFileUnreadable  Code = "file_unreadable"
	CodeFileIsDir       Code = "file_is_dir"
	CodeFileOpen        Code = "file_open"
	CodeFileEmpty       Code = "file_empty"
	CodeKeyringDown     Code = "keyring_down"
	CodeNoDBus          Code = "no_dbus"
	CodeKeyringSlow     Code = "keyring_slow"
	CodeKeyringNone     Code = "keyring_none"
	CodeKeyringFailed   Code = "keyring_failed"
	CodeKeyringEmpty    Code = "keyring_empty"
	CodeKeyringArgs     Code = "keyring_args"
	CodeKeyringStore    Code = "keyring_store"
	HintSetSecret       Code = "hint_set_secret"
	HintWriteEnv        Code = "hint_write_env"
	HintExport          Code = "hint_export"
	HintWriteCmd        Code = "hint_write_cmd"
	HintCmdInput        Code = "hint_cmd_input"
	HintCmdShell        Code = "hint_cmd_shell"
	HintCmdStdout       Code = "hint_cmd_stdout"
	HintWriteFile       Code = "hint_write_file"
	HintPutSecret       Code = "hint_put_secret"
	HintPointFile       Code = "hint_point_file"
	HintChmod           Code = "hint_chmod"
	HintCheckOwner      Code = "hint_check_owner"
	HintWriteSecret     Code = "hint_write_secret"
	HintNoKeyring       Code = "hint_no_keyring"
	HintStoreFromEditor Code = "hint_store_from_editor"
	HintStoreAgain      Code = "hint_store_again"
	HintFillBoth        Code = "hint_fill_both"

	// saving (SaveError)
	CodeCannotSave      Code = "cannot_save"
	CodeWouldOverwrite  Code = "would_overwrite"
	CodeMkdir           Code = "mkdir"
	CodeLockFile        Code = "lock_file"
	CodeLocked          Code = "locked"
	CodeReadCurrent     Code = "read_current"
	CodeNotValid        Code = "not_valid"
	CodeEncode          Code = "encode"
	CodeBackup          Code = "backup"
	CodeWrite           Code = "write"
	HintFixByHand       Code = "hint_fix_by_hand"
	HintWriteThere      Code = "hint_write_there"
	HintWriteIn         Code = "hint_write_in"
	HintWriteInReadOnly Code = "hint_write_in_read_only"
	HintWaitOther       Code = "hint_wait_other"
)

// english is built on first use, not at every start.
var english = sync.OnceValue(func() map[Code]string {
	return map[Code]string{
		CodeAtPathLine: "%s:%d: %s",
		CodeAtPath:     "%s: %s",
		CodeAtLine:     "line %d: %s",

		CodeNoneDefault:       "there are several profiles (%s) and none is the default",
		CodeNoProfilesYet:     "there are no profiles yet",
		CodeNoSuchProfileNone: "there is no profile named %q: there are no profiles yet",
		CodeNoSuchProfile:     "there is no profile named %q (profiles: %s)",
		HintChooseOne:         "choose one with -p NAME, or set a default with 'tokentui profiles default NAME'",
		HintAddOne:            "add one with 'tokentui profiles add NAME --issuer URL --client-id ID --secret-ref env:VAR', or run 'tokentui demo'",
		HintDidYouMeanList:    "did you mean %q? 'tokentui profiles list' shows them all",
		HintListShows:         "'tokentui profiles list' shows the profiles",

		CodeIsDir:         "this is a directory, not a profiles file",
		CodeNoFile:        "there is no profiles file at %s: %v",
		CodeCannotRead:    "cannot read the profiles file %s: %v",
		CodeTooLarge:      "the file is larger than %d MiB, which no profiles file should be",
		CodeMultiDoc:      "the file holds more than one YAML document",
		CodeWrongTypeYAML: "a value has the wrong type: %s",
		CodeSyntax:        "the file is not valid YAML: %s",
		CodeAliasTooMuch:  "the file's aliases expand to too much data",
		CodeWrongType:     "%q %s should be %s, not %s",
		CodeWrongTypeTop:  "the file should be %s at the top level, not %s",
		CodeDupMapKey:     "key %q of %q %s is given twice (first at line %d)",
		CodeFieldNotText:  "a field name must be plain text %s",
		CodeDupField:      "field %q is given twice %s (first at line %d)",
		CodeUnknownField:  "unknown field %q %s",
		HintGiveConfig:    "give --config the path of a YAML file, e.g. ~/.config/tokentui/profiles.yaml",
		HintCheckConfig:   "check that --config points at the profiles file",
		HintRemoveDoc:     "remove the second '---' and what follows it, or merge the documents",
		HintFixLine:       "fix that line; YAML indents with spaces and needs a space after ':'",
		HintNoTabs:        "YAML does not allow tabs for indentation: replace the tabs on that line with spaces",
		HintNoAliases:     "write the values out instead of using '*' aliases",
		HintWriteFields:   "write fields as 'name: value'",
		HintKeepOne:       "keep one of them",
		HintKnownFields:   "known fields: %s",
		HintDidYouMean:    "did you mean %q?",
		HintSeeExample:    "see the example in 'tokentui profiles --help'",
		HintScopesList:    "write scopes as a list: scopes: [%s]",
		HintInsecure:      "write insecure: true or insecure: false",
		HintQuote:         "put the value in quotes",

		WantStruct:    "a mapping of fields (name: value)",
		WantText:      "text",
		WantBool:      "true or false",
		WantList:      "a list (like [a, b] or lines starting with '- ')",
		WantMap:       "a mapping (like {Key: value})",
		WantKeysText:  "a mapping whose keys are text",
		NodeMapping:   "a mapping",
		NodeList:      "a list",
		NodeNumber:    "the number %s",
		NodeBoolean:   "the boolean %s",
		NodeText:      "text",
		NodeValue:     "the value %q",
		WhereTop:      "at the top level",
		WhereProfile:  "in profile %q",
		WhereProfileN: "in profile #%d",
		WhereAProfile: "in a profile",
		WhereRequest:  "in saved request %q (%s)",
		WhereRequestN: "in saved request #%d (%s)",

		SubjProfile:          "profile %q",
		SubjProfileN:         "profile #%d",
		SubjAProfile:         "a profile",
		SubjRequest:          "saved request %q %s",
		SubjRequestN:         "saved request #%d %s",
		CodeDupName:          "two profiles are named %q (profiles #%d and #%d)",
		CodeBadDefault:       "default is %q, but there is no profile with that name",
		CodeNoName:           "%s has no name",
		CodeNameSpaces:       "profile name %q has surrounding spaces or control characters",
		CodeNoClientID:       "%s has no client_id",
		CodeNoIssuer:         "%s has neither issuer nor token_url",
		CodeBadURL:           "%s %s is %q, which %s",
		CodeBadTokenHost:     "token_hosts %s holds %q, which %s",
		CodeBadOpenAPI:       "openapi %s is %q, which %s",
		CodeBadMetadataTTL:   "metadata_ttl %s is %q, which is not a duration of at least 1h",
		CodeBadAuthMethod:    "auth_method %s is %q, which tokentui does not know",
		CodeDupRequest:       "two saved requests are named %q %s",
		CodeNoPath:           "%s has no path",
		CodeBadMethod:        "%s has method %q, which is not an HTTP method",
		URLNoParse:           "does not parse as a URL",
		URLNotHTTP:           "is not an absolute http:// or https:// URL",
		URLNoHost:            "has no host",
		URLUserInfo:          "holds a user or password; put credentials in client_id and client_secret instead",
		URLOriginPath:        "has a path or a query; the token goes to a whole origin",
		URLNoFile:            "names no file",
		URLNotHTTPS:          "is not an http(s) URL",
		URLNoBase:            "is a path, and the profile has no api_base_url to put it under",
		HintRenameOne:        "rename or remove one of them",
		HintDefaultOneOf:     "set default to one of: %s",
		HintRemoveDefault:    "remove the default line, or add the profile it names",
		HintDidYouMeanNames:  "did you mean %q? (profiles: %s)",
		HintAddName:          "add a line 'name: something-short' to it",
		HintNameChars:        "use letters, digits, '-', '_' or '.'",
		HintSetClientID:      "set client_id to the client id the provider gave you",
		HintSetIssuer:        "set issuer to the provider's base URL (discovery finds the token endpoint), or token_url to the token endpoint",
		HintWriteURL:         "write an absolute URL starting with https:// (or http:// for a local sandbox)",
		HintListOrigins:      "list origins such as https://api2.example or http://127.0.0.1:8080: a scheme, a host and a port, nothing more",
		HintWriteOpenAPI:     "write the document's URL, a path under api_base_url, or file:PATH; leave it out to look in the usual places",
		HintWriteDuration:    "write a duration such as 24h (the default) or 6h; discovery and JWKS are re-read sooner when the provider changes its keys or endpoint",
		HintAuthMethods:      "use client_secret_basic (HTTP Basic, the default), client_secret_post (secret in the form body), private_key_jwt (assertion signed with a private key), client_secret_jwt (assertion signed with the secret), tls_client_auth or self_signed_tls_client_auth (a TLS client certificate)",
		HintDidYouMeanThen:   "did you mean %q? %s",
		HintNameRequest:      "give it a short name, e.g. {name: me, method: GET, path: /me}",
		HintSetPath:          "set path to a path under api_base_url, e.g. /me, or to a full URL",
		HintUseMethods:       "use GET, POST, PUT, PATCH, DELETE…",
		CodeKeyUnused:        "client_key is set %s, but auth_method %s does not use a key",
		CodeCertUnused:       "client_cert is set %s, but auth_method %s does not use a certificate",
		CodeCertMissing:      "auth_method %s %s needs client_cert, the certificate presented over TLS",
		CodeCertKeyMissing:   "auth_method %s %s needs client_key, the private key of client_cert",
		CodeCertSecretUnused: "client_secret is set %s, but %s sends no secret",
		CodeAssertionUnused:  "%s is set %s, but auth_method %s sends no assertion",
		CodeKeyMissing:       "auth_method private_key_jwt %s needs client_key, the private key that signs",
		CodeKeySecretUnused:  "client_secret is set %s, but private_key_jwt sends no secret",
		CodeBadKeyAlg:        "client_key_alg %s is %q, which private_key_jwt cannot sign with",
		CodeBadSecretAlg:     "client_key_alg %s is %q, which client_secret_jwt cannot sign with",
		CodeFieldSpaces:      "%s %s has surrounding spaces or control characters",
		HintKeyOrRemove:      "set auth_method: private_key_jwt, or remove client_key",
		HintTLSOrRemove:      "set auth_method: tls_client_auth or self_signed_tls_client_auth, or remove client_cert",
		HintSetCert:          "set client_cert to file:PATH of the certificate (PEM) registered with the provider",
		HintSetCertKey:       "set client_key to file:PATH of the certificate's private key (PEM)",
		HintNoSecretCert:     "remove client_secret: the certificate proves the client",
		HintAssertOrRemove:   "set auth_method: private_key_jwt or client_secret_jwt, or remove it",
		HintSetKey:           "set client_key to file:PATH of a private key (PEM or JWK); 'tokentui keys gen' makes one",
		HintNoSecretKey:      "remove client_secret: the private key proves the client",
		HintKeyAlgs:          "use RS256 or PS256 with an RSA key, ES256 with an EC P-256 key, or leave it out to follow the key",
		HintSecretAlgs:       "use HS256 (the default), HS384 or HS512",
		HintOneLine:          "write it as the provider shows it, on one line",

		CodeCannotGet:       "cannot get the %s of profile %q (%s): %s",
		RefNone:             "none",
		RefLiteral:          "literal (****, stored in the file — prefer env:/file:/keyring)",
		RefLiteralKey:       "literal (****, stored in the file — prefer file:PATH)",
		RefLiteralCert:      "literal",
		RefAsIs:             "%s",
		WhatSecret:          "client secret",
		WhatCert:            "client certificate",
		WhatKey:             "client key",
		CodeNoSecret:        "the profile has no client_secret",
		CodeNoCert:          "the profile has no client_cert",
		CodeNoKey:           "the profile has no client_key",
		CodeEnvNoName:       "env: names no variable",
		CodeEnvUnset:        "environment variable %s is not set or empty",
		CodeCmdNoCommand:    "cmd: names no command",
		CodeCmdTimeout:      "the command did not finish within %s",
		CodeCmdFailed:       "the command failed (%s)",
		CodeCmdEmpty:        "the command printed nothing on stdout",
		CodeFileNoName:      "file: names no file",
		CodeFileUnreadable:  "cannot read %s: %v",
		CodeFileIsDir:       "%s is a directory",
		CodeFileOpen:        "%s can be read by other users (mode %04o), so tokentui will not use it",
		CodeFileEmpty:       "%s is empty",
		CodeKeyringDown:     "no keyring service: %s",
		CodeNoDBus:          "there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no keyring service can be reached",
		CodeKeyringSlow:     "the keyring service did not answer within %s",
		CodeKeyringNone:     "the keyring has no secret for service %q, user %q",
		CodeKeyringFailed:   "the keyring failed: %s",
		CodeKeyringEmpty:    "the keyring holds an empty secret",
		CodeKeyringArgs:     "a profile name and a non-empty secret are needed",
		CodeKeyringStore:    "cannot store the secret in the keyring: %s",
		HintSetSecret:       "set client_secret to env:VAR, file:PATH, cmd:COMMAND or keyring",
		HintWriteEnv:        "write env:VARIABLE_NAME",
		HintExport:          "export %s=… in this shell (or change client_secret)",
		HintWriteCmd:        "write cmd:COMMAND, e.g. cmd:pass show tokentui/%s",
		HintCmdInput:        "check that it runs without asking for input (try it in a shell); a password manager may be waiting for a passphrase",
		HintCmdShell:        "run the command in a shell to see what it needs",
		HintCmdStdout:       "make the command print the secret on stdout",
		HintWriteFile:       "write file:PATH, e.g. file:~/.config/tokentui/%s.secret",
		HintPutSecret:       "put the secret in %s (readable only by you: chmod 600 %s)",
		HintPointFile:       "point file: at the file holding the secret",
		HintChmod:           "run: chmod 600 %s",
		HintCheckOwner:      "check the file's owner and permissions",
		HintWriteSecret:     "write the client secret into it",
		HintNoKeyring:       "use env:VAR, file:PATH or cmd:COMMAND for client_secret instead (no keyring service here: headless, CI or no D-Bus session)",
		HintStoreFromEditor: "store it from the profile editor in the TUI, or use env:VAR, file:PATH or cmd:COMMAND",
		HintStoreAgain:      "store the secret again from the profile editor",
		HintFillBoth:        "fill both in",

		CodeCannotSave:      "cannot save %s: %s",
		CodeWouldOverwrite:  "the file there does not load (%s), so tokentui left it as it is",
		CodeMkdir:           "cannot create the directory %s: %v",
		CodeLockFile:        "cannot create the lock file %s: %v",
		CodeLocked:          "another process kept %s locked for more than %s",
		CodeReadCurrent:     "cannot read the current file: %v",
		CodeNotValid:        "the profiles are not valid: %s",
		CodeEncode:          "cannot encode the profiles: %v",
		CodeBackup:          "cannot keep the previous version as .bak: %v",
		CodeWrite:           "%v",
		HintFixByHand:       "fix the file by hand, or move it away to start afresh",
		HintWriteThere:      "check that you can write there, or choose another file with --config",
		HintWriteIn:         "check that you can write in %s",
		HintWriteInReadOnly: "check that you can write in %s (a read-only or full file system?), or choose another file with --config",
		HintWaitOther:       "wait for the other tokentui to finish saving and try again",
	}
})
