package cli

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"

	"tokentui/auth"
	"tokentui/openapi"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// specLoader is the OpenAPI loader of a profile: the profile's HTTP client
// (CA file, insecure), its token for documents on the API's origin, and the
// disk cache next to the tokens (none when c keeps tokens in memory only).
func specLoader(hc *http.Client, c *auth.Client, cacheDir string) *openapi.Loader {
	l := &openapi.Loader{HTTPClient: hc, CacheDir: cacheDir}
	if c != nil {
		l.Token = func(ctx context.Context) (string, error) {
			t, err := c.Token(ctx)
			if err != nil {
				return "", err
			}
			return t.Raw, nil
		}
	}
	return l
}

// loadSpec reads the OpenAPI document of profile p for a command.
func loadSpec(ctx context.Context, g *globals, p profiles.Profile, c *auth.Client, fresh, cacheOnly bool) (*openapi.Spec, error) {
	hc, err := httpClientForIn(g.language(), p)
	if err != nil {
		return nil, err
	}
	l := specLoader(hc, c, auth.DefaultCacheDir())
	l.CacheOnly = cacheOnly
	spec, err := l.Load(ctx, p.OpenAPI, p.APIBaseURL, fresh)
	if err != nil {
		return nil, specError(g.language(), p, err)
	}
	return spec, nil
}

// specError is a CLI error for a document that cannot be had: bad usage
// for a setting or a broken document, a failure for the network.
func specError(lang i18n.Lang, p profiles.Profile, err error) error {
	msg := inert.String(err.Error())
	switch {
	case errors.Is(err, openapi.ErrBroken):
		return usageIn(lang, i18n.APISpecError, msg).hintIn(lang, i18n.APISpecHintBroken, p.Name)
	case errors.Is(err, openapi.ErrConfig), errors.Is(err, openapi.ErrNotFound):
		return usageIn(lang, i18n.APISpecError, msg).hintIn(lang, i18n.APISpecHintNone, p.Name)
	case errors.Is(err, context.Canceled):
		return failure(errors.New(i18n.T(lang, i18n.CallInterrupted)), "")
	}
	return failure(errors.New(msg), i18n.T(lang, i18n.APISpecHintFetch, p.Name))
}

// specAge says where the document came from: cached how long ago, or just read.
func specAge(lang i18n.Lang, spec *openapi.Spec) string {
	if spec.FromCache {
		return i18n.T(lang, i18n.APIFromCache, i18n.Span(lang, time.Since(spec.FetchedAt)))
	}
	return i18n.T(lang, i18n.APIFetched)
}

// tuiSpec is how the TUI's Request tab reads a profile's OpenAPI document:
// in a command, with the profile's cached token only (the explorer never
// asks the provider for a token), cached on disk unless the profile keeps
// everything in memory.
func tuiSpec(p profiles.Profile, c *auth.Client, memoryOnly bool) func(ctx context.Context, fresh bool) (*openapi.Spec, error) {
	var mu sync.Mutex
	var kept *openapi.Spec // the document read, shared by the Request tab and the Flow
	return func(ctx context.Context, fresh bool) (*openapi.Spec, error) {
		mu.Lock()
		defer mu.Unlock()
		if kept != nil && !fresh {
			return kept, nil
		}
		hc, err := httpClientFor(p)
		if err != nil {
			return nil, err
		}
		dir := auth.DefaultCacheDir()
		if memoryOnly {
			dir = ""
		}
		l := &openapi.Loader{HTTPClient: hc, CacheDir: dir}
		l.Token = func(context.Context) (string, error) {
			if t, ok := c.Cached(); ok {
				return t.Raw, nil
			}
			return "", nil
		}
		spec, err := l.Load(ctx, p.OpenAPI, p.APIBaseURL, fresh)
		if err == nil {
			kept = spec
		}
		return spec, err
	}
}
