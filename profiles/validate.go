package profiles

import (
	"fmt"
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
				Msg:  fmt.Sprintf("two profiles are named %q (profiles #%d and #%d)", p.Name, j+1, i+1),
				Hint: "rename or remove one of them"})
			continue
		}
		first[p.Name] = i
	}
	if f.Default != "" {
		if _, ok := first[f.Default]; !ok {
			hint := "set default to one of: " + strings.Join(f.Names(), ", ")
			if len(f.Profiles) == 0 {
				hint = "remove the default line, or add the profile it names"
			} else if s := closest(f.Default, f.Names()); s != "" {
				hint = fmt.Sprintf("did you mean %q? (profiles: %s)", s, strings.Join(f.Names(), ", "))
			}
			errs = append(errs, &LoadError{Line: line(-1, "default"), Field: "default", Kind: ErrBadDefault,
				Msg: fmt.Sprintf("default is %q, but there is no profile with that name", f.Default), Hint: hint})
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
	subject := fmt.Sprintf("profile %q", p.Name)
	if p.Name == "" {
		subject = "a profile"
		if i >= 0 {
			subject = fmt.Sprintf("profile #%d", i+1)
		}
	}
	where := "in " + subject
	add := func(field string, kind error, msg, hint string) {
		line := 0
		if loc != nil && i >= 0 {
			line = loc(i, field)
		}
		errs = append(errs, &LoadError{Line: line, Field: field, Kind: kind, Msg: msg, Hint: hint})
	}
	// missing fields point at the profile; present ones at themselves
	missing := func(field, msg, hint string) {
		line := 0
		if loc != nil && i >= 0 {
			line = loc(i, "")
		}
		errs = append(errs, &LoadError{Line: line, Field: field, Kind: ErrMissingField, Msg: msg, Hint: hint})
	}

	switch {
	case p.Name == "":
		missing("name", subject+" has no name", "add a line 'name: something-short' to it")
	case strings.TrimSpace(p.Name) != p.Name || strings.IndexFunc(p.Name, unicode.IsControl) >= 0:
		add("name", ErrBadValue, fmt.Sprintf("profile name %q has surrounding spaces or control characters", p.Name),
			"use letters, digits, '-', '_' or '.'")
	}
	if strings.TrimSpace(p.ClientID) == "" {
		missing("client_id", subject+" has no client_id", "set client_id to the client id the provider gave you")
	}
	if p.Issuer == "" && p.TokenURL == "" {
		missing("issuer", subject+" has neither issuer nor token_url",
			"set issuer to the provider's base URL (discovery finds the token endpoint), or token_url to the token endpoint")
	}
	for _, u := range []struct{ field, value string }{
		{"issuer", p.Issuer}, {"token_url", p.TokenURL}, {"jwks_url", p.JWKSURL}, {"api_base_url", p.APIBaseURL},
	} {
		if u.value == "" {
			continue
		}
		if msg := checkURL(u.value); msg != "" {
			add(u.field, ErrBadURL, fmt.Sprintf("%s %s is %q, which %s", u.field, where, u.value, msg),
				"write an absolute URL starting with https:// (or http:// for a local sandbox)")
		}
	}
	for _, h := range p.TokenHosts {
		if msg := checkOrigin(h); msg != "" {
			add("token_hosts", ErrBadURL, fmt.Sprintf("token_hosts %s holds %q, which %s", where, h, msg),
				"list origins such as https://api2.example or http://127.0.0.1:8080: a scheme, a host and a port, nothing more")
		}
	}
	if msg := checkOpenAPI(p.OpenAPI, p.APIBaseURL); msg != "" {
		add("openapi", ErrBadURL, fmt.Sprintf("openapi %s is %q, which %s", where, p.OpenAPI, msg),
			"write the document's URL, a path under api_base_url, or file:PATH; leave it out to look in the usual places")
	}
	if p.MetadataTTL != "" {
		if d, err := time.ParseDuration(p.MetadataTTL); err != nil || d < MinMetadataTTL {
			add("metadata_ttl", ErrBadValue, fmt.Sprintf("metadata_ttl %s is %q, which is not a duration of at least 1h", where, p.MetadataTTL),
				"write a duration such as 24h (the default) or 6h; discovery and JWKS are re-read sooner when the provider changes its keys or endpoint")
		}
	}
	switch p.AuthMethod {
	case "", AuthBasic, AuthPost, AuthPrivateKeyJWT, AuthSecretJWT, AuthTLS, AuthSelfSignedTLS:
		validateClientAuth(p, where, add)
	default:
		hint := "use client_secret_basic (HTTP Basic, the default), client_secret_post (secret in the form body), private_key_jwt (assertion signed with a private key), client_secret_jwt (assertion signed with the secret), tls_client_auth or self_signed_tls_client_auth (a TLS client certificate)"
		if s := closest(p.AuthMethod, AuthMethods); s != "" {
			hint = fmt.Sprintf("did you mean %q? %s", s, hint)
		}
		add("auth_method", ErrBadAuthMethod, fmt.Sprintf("auth_method %s is %q, which tokentui does not know", where, p.AuthMethod), hint)
	}
	seen := map[string]bool{}
	for j, r := range p.Requests {
		rw := fmt.Sprintf("saved request #%d %s", j+1, where)
		if r.Name != "" {
			rw = fmt.Sprintf("saved request %q %s", r.Name, where)
		}
		switch {
		case r.Name == "":
			add("requests", ErrMissingField, rw+" has no name", "give it a short name, e.g. {name: me, method: GET, path: /me}")
		case seen[r.Name]:
			add("requests", ErrDuplicateName, fmt.Sprintf("two saved requests are named %q %s", r.Name, where), "rename or remove one of them")
		}
		seen[r.Name] = true
		if r.Path == "" {
			add("requests", ErrMissingField, rw+" has no path", "set path to a path under api_base_url, e.g. /me, or to a full URL")
		}
		if r.Method != "" && !isToken(r.Method) {
			add("requests", ErrBadValue, fmt.Sprintf("%s has method %q, which is not an HTTP method", rw, r.Method), "use GET, POST, PUT, PATCH, DELETE…")
		}
	}
	return errs
}

// checkURL says what is wrong with an absolute http(s) URL, or "".
func checkURL(s string) string {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return "does not parse as a URL"
	case u.Scheme != "http" && u.Scheme != "https":
		return "is not an absolute http:// or https:// URL"
	case u.Host == "":
		return "has no host"
	case u.User != nil:
		return "holds a user or password; put credentials in client_id and client_secret instead"
	}
	return ""
}

// checkOrigin says what is wrong with an origin of token_hosts, or "".
func checkOrigin(s string) string {
	if msg := checkURL(s); msg != "" {
		return msg
	}
	u, _ := url.Parse(s)
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "has a path or a query; the token goes to a whole origin"
	}
	return ""
}

// checkOpenAPI says what is wrong with a profile's openapi field, or "".
func checkOpenAPI(v, apiBase string) string {
	low := strings.ToLower(v)
	switch {
	case v == "":
		return ""
	case strings.HasPrefix(low, "file:"):
		if strings.TrimSpace(v[len("file:"):]) == "" {
			return "names no file"
		}
		return ""
	case strings.HasPrefix(low, "http://"), strings.HasPrefix(low, "https://"):
		return checkURL(v)
	case strings.Contains(v, "://"):
		return "is not an http(s) URL"
	case apiBase == "":
		return "is a path, and the profile has no api_base_url to put it under"
	}
	return ""
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
