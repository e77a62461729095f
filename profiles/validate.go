package profiles

import (
	"net/url"
	"strings"
	"time"
	"unicode"
)

// Validate checks f as Load does (required fields, URLs, names, auth
// methods, the default) and returns the first problem as a *LoadError
// without a path or line. Save and Update call it: a File that would not
// load is never written.
func (f *File) Validate() error {
	if errs := validateFile(f, nil); len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// Validate checks one profile on its own (not against the others in its
// file), e.g. for an editor form. The error is a *LoadError naming the field.
func (p Profile) Validate() error {
	if errs := validateProfile(p, -1, nil); len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// validateFile returns every problem, in file order when lines are known.
func validateFile(f *File, loc locator) []*LoadError {
	var errs []*LoadError
	line := func(i int, field string) int {
		if loc == nil {
			return 0
		}
		return loc(i, field)
	}
	first := map[string]int{}
	for i, p := range f.Profiles {
		errs = append(errs, validateProfile(p, i, loc)...)
		if p.Name == "" {
			continue
		}
		if j, dup := first[p.Name]; dup {
			errs = append(errs, &LoadError{Line: line(i, "name"), Field: "name", Kind: ErrDuplicateName,
				Msg: txt(CodeDupName, p.Name, j+1, i+1), Hint: txt(HintRenameOne)})
			continue
		}
		first[p.Name] = i
	}
	if f.Default != "" {
		if _, ok := first[f.Default]; !ok {
			hint := txt(HintDefaultOneOf, strings.Join(f.Names(), ", "))
			if len(f.Profiles) == 0 {
				hint = txt(HintRemoveDefault)
			} else if s := closest(f.Default, f.Names()); s != "" {
				hint = txt(HintDidYouMeanNames, s, strings.Join(f.Names(), ", "))
			}
			errs = append(errs, &LoadError{Line: line(-1, "default"), Field: "default", Kind: ErrBadDefault,
				Msg: txt(CodeBadDefault, f.Default), Hint: hint})
		}
	}
	sortByLine(errs)
	return errs
}

func sortByLine(errs []*LoadError) {
	// insertion sort: stable, and the lists are tiny
	for i := 1; i < len(errs); i++ {
		for j := i; j > 0 && errs[j].Line < errs[j-1].Line; j-- {
			errs[j], errs[j-1] = errs[j-1], errs[j]
		}
	}
}

// validateProfile checks p, the i-th profile (i < 0: not in a file).
func validateProfile(p Profile, i int, loc locator) []*LoadError {
	var errs []*LoadError
	where := txt(WhereProfile, p.Name)
	if p.Name == "" {
		where = txt(WhereAProfile)
		if i >= 0 {
			where = txt(WhereProfileN, i+1)
		}
	}
	subject := subjectOf(where)
	add := func(field string, kind error, msg, hint Text) {
		line := 0
		if loc != nil && i >= 0 {
			line = loc(i, field)
		}
		errs = append(errs, &LoadError{Line: line, Field: field, Kind: kind, Msg: msg, Hint: hint})
	}
	// missing fields point at the profile; present ones at themselves
	missing := func(field string, msg, hint Text) {
		line := 0
		if loc != nil && i >= 0 {
			line = loc(i, "")
		}
		errs = append(errs, &LoadError{Line: line, Field: field, Kind: ErrMissingField, Msg: msg, Hint: hint})
	}

	switch {
	case p.Name == "":
		missing("name", txt(CodeNoName, subject), txt(HintAddName))
	case strings.TrimSpace(p.Name) != p.Name || strings.IndexFunc(p.Name, unicode.IsControl) >= 0:
		add("name", ErrBadValue, txt(CodeNameSpaces, p.Name), txt(HintNameChars))
	}
	if strings.TrimSpace(p.ClientID) == "" {
		missing("client_id", txt(CodeNoClientID, subject), txt(HintSetClientID))
	}
	if p.Issuer == "" && p.TokenURL == "" {
		missing("issuer", txt(CodeNoIssuer, subject), txt(HintSetIssuer))
	}
	for _, u := range []struct{ field, value string }{
		{"issuer", p.Issuer}, {"token_url", p.TokenURL}, {"jwks_url", p.JWKSURL}, {"api_base_url", p.APIBaseURL},
	} {
		if u.value == "" {
			continue
		}
		if msg := checkURL(u.value); !msg.IsZero() {
			add(u.field, ErrBadURL, txt(CodeBadURL, u.field, where, u.value, msg), txt(HintWriteURL))
		}
	}
	for _, h := range p.TokenHosts {
		if msg := checkOrigin(h); !msg.IsZero() {
			add("token_hosts", ErrBadURL, txt(CodeBadTokenHost, where, h, msg), txt(HintListOrigins))
		}
	}
	if msg := checkOpenAPI(p.OpenAPI, p.APIBaseURL); !msg.IsZero() {
		add("openapi", ErrBadURL, txt(CodeBadOpenAPI, where, p.OpenAPI, msg), txt(HintWriteOpenAPI))
	}
	if p.MetadataTTL != "" {
		if d, err := time.ParseDuration(p.MetadataTTL); err != nil || d < MinMetadataTTL {
			add("metadata_ttl", ErrBadValue, txt(CodeBadMetadataTTL, where, p.MetadataTTL), txt(HintWriteDuration))
		}
	}
	switch p.AuthMethod {
	case "", AuthBasic, AuthPost, AuthPrivateKeyJWT, AuthSecretJWT, AuthTLS, AuthSelfSignedTLS:
		validateClientAuth(p, where, add)
	default:
		hint := txt(HintAuthMethods)
		if s := closest(p.AuthMethod, AuthMethods); s != "" {
			hint = txt(HintDidYouMeanThen, s, hint)
		}
		add("auth_method", ErrBadAuthMethod, txt(CodeBadAuthMethod, where, p.AuthMethod), hint)
	}
	seen := map[string]bool{}
	for j, r := range p.Requests {
		rw := txt(SubjRequestN, j+1, where)
		if r.Name != "" {
			rw = txt(SubjRequest, r.Name, where)
		}
		switch {
		case r.Name == "":
			add("requests", ErrMissingField, txt(CodeNoName, rw), txt(HintNameRequest))
		case seen[r.Name]:
			add("requests", ErrDuplicateName, txt(CodeDupRequest, r.Name, where), txt(HintRenameOne))
		}
		seen[r.Name] = true
		if r.Path == "" {
			add("requests", ErrMissingField, txt(CodeNoPath, rw), txt(HintSetPath))
		}
		if r.Method != "" && !isToken(r.Method) {
			add("requests", ErrBadValue, txt(CodeBadMethod, rw, r.Method), txt(HintUseMethods))
		}
	}
	return errs
}

// checkURL says what is wrong with an absolute http(s) URL; zero when nothing is.
func checkURL(s string) Text {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return txt(URLNoParse)
	case u.Scheme != "http" && u.Scheme != "https":
		return txt(URLNotHTTP)
	case u.Host == "":
		return txt(URLNoHost)
	case u.User != nil:
		return txt(URLUserInfo)
	}
	return Text{}
}

// checkOrigin says what is wrong with an origin of token_hosts; zero when nothing is.
func checkOrigin(s string) Text {
	if msg := checkURL(s); !msg.IsZero() {
		return msg
	}
	u, _ := url.Parse(s)
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return txt(URLOriginPath)
	}
	return Text{}
}

// checkOpenAPI says what is wrong with a profile's openapi field; zero when nothing is.
func checkOpenAPI(v, apiBase string) Text {
	low := strings.ToLower(v)
	switch {
	case v == "":
		return Text{}
	case strings.HasPrefix(low, "file:"):
		if strings.TrimSpace(v[len("file:"):]) == "" {
			return txt(URLNoFile)
		}
		return Text{}
	case strings.HasPrefix(low, "http://"), strings.HasPrefix(low, "https://"):
		return checkURL(v)
	case strings.Contains(v, "://"):
		return txt(URLNotHTTPS)
	case apiBase == "":
		return txt(URLNoBase)
	}
	return Text{}
}

// isToken reports whether s is an HTTP token (RFC 9110 §5.6.2), as methods are.
func isToken(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("!#$%&'*+-.^_`|~", r)) {
			return false
		}
	}
	return s != ""
}
