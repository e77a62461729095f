package openapi

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"tokentui/atomicfile"
)

// DiscoveryPaths are where a document is looked for under the API base
// when the profile names none, in order: ASP.NET's Swashbuckle, the
// common /openapi.json, Spring's springdoc, and older Swagger servers.
var DiscoveryPaths = []string{"/swagger/v1/swagger.json", "/openapi.json", "/v3/api-docs", "/swagger.json"}

// Defaults of a Loader.
const (
	// DefaultMaxAge is how long a fetched document is cached, whatever its
	// HTTP cache headers say: it is configuration, like the provider's
	// discovery document. Reload (the explorer's ctrl+r, api --refresh) to
	// read it again sooner.
	DefaultMaxAge = 24 * time.Hour
	// MaxSize bounds a document read from the network or a file.
	MaxSize = 64 << 20
)

// Errors of a Loader, for errors.Is.
var (
	ErrNotFound = errors.New("no OpenAPI document found")
	ErrFetch    = errors.New("cannot fetch the OpenAPI document")
	ErrConfig   = errors.New("bad openapi setting")
)

// Loader finds, fetches, parses and caches the OpenAPI document of a
// profile. The zero value fetches with no token and caches nothing.
type Loader struct {
	// HTTPClient fetches documents; nil means a client with a 30 s timeout.
	HTTPClient *http.Client
	// Token gives the bearer token sent with a fetch, only when the
	// document's URL is on the API base's origin (scheme, host and port);
	// nil, or an error from it, fetches without one.
	Token func(ctx context.Context) (string, error)
	// CacheDir keeps fetched documents (0700, files 0600); "" keeps none.
	CacheDir string
	// MaxAge is how long a fetched document is cached; 0 means DefaultMaxAge.
	MaxAge time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// CacheOnly never touches the network: a document not in the cache
	// (files aside) is ErrNotFound.
	CacheOnly bool
}

// Load returns the document of a profile. location is the profile's
// openapi setting: an http(s) URL, a path under the API base, file:PATH,
// or "" to look in the usual places under apiBase (DiscoveryPaths).
// fresh skips the cache. Errors wrap ErrConfig, ErrNotFound, ErrFetch or
// ErrBroken.
func (l *Loader) Load(ctx context.Context, location, apiBase string, fresh bool) (*Spec, error) {
	location = strings.TrimSpace(location)
	if rest, ok := strings.CutPrefix(location, "file:"); ok {
		return l.loadFile(rest)
	}
	var candidates []string
	key := location
	switch {
	case location == "":
		if apiBase == "" {
			return nil, fmt.Errorf("%w: the profile has neither openapi nor api_base_url, so there is nowhere to look for an OpenAPI document", ErrConfig)
		}
		base := strings.TrimRight(apiBase, "/")
		for _, p := range DiscoveryPaths {
			candidates = append(candidates, base+p)
		}
		key = "discover " + base
	case isHTTP(location):
		candidates = []string{location}
	default:
		if apiBase == "" {
			return nil, fmt.Errorf("%w: openapi is %q, a path, and the profile has no api_base_url", ErrConfig, location)
		}
		location = strings.TrimRight(apiBase, "/") + "/" + strings.TrimLeft(location, "/")
		candidates, key = []string{location}, location
	}
	for _, c := range candidates {
		if u, err := url.Parse(c); err != nil || u.Host == "" {
			return nil, fmt.Errorf("%w: %q is not a usable URL", ErrConfig, c)
		}
	}
	if dir := l.cacheDir(); dir != "" && !fresh {
		if spec := l.cachedSpec(dir, key); spec != nil {
			return spec, nil
		}
	}
	if l.CacheOnly {
		return nil, fmt.Errorf("%w in the cache for %s", ErrNotFound, strings.TrimPrefix(key, "discover "))
	}
	var tried []string
	for _, u := range candidates {
		data, status, err := l.fetch(ctx, u, apiBase)
		if err != nil {
			return nil, err
		}
		if status != http.StatusOK {
			tried = append(tried, fmt.Sprintf("%s answered HTTP %d", u, status))
			continue
		}
		spec, err := Parse(data, u)
		if err != nil {
			if len(candidates) > 1 && !looksLikeSpec(data) {
				tried = append(tried, u+" is not an OpenAPI document")
				continue
			}
			return nil, err
		}
		now := l.now()
		spec.FetchedAt = now
		l.store(key, u, now, data, spec)
		return spec, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrNotFound, strings.Join(tried, "; "))
}

// looksLikeSpec reports whether a body that failed to parse was meant to
// be a document (it names openapi or swagger near its start), so that
// discovery reports it broken instead of moving on.
func looksLikeSpec(data []byte) bool {
	head := data[:min(len(data), 512)]
	return bytes.Contains(head, []byte(`"openapi"`)) || bytes.Contains(head, []byte(`"swagger"`)) ||
		bytes.Contains(head, []byte("openapi:")) || bytes.Contains(head, []byte("swagger:"))
}

func isHTTP(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func (l *Loader) now() time.Time {
	if l.Now != nil {
		return l.Now()
	}
	return time.Now()
}

func (l *Loader) loadFile(path string) (*Spec, error) {
	if strings.HasPrefix(path, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			path = filepath.Join(home, path[2:])
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot read %s: %v", ErrConfig, path, errors.Unwrap(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%w: cannot read %s: %v", ErrConfig, path, err)
	}
	if len(data) > MaxSize {
		return nil, &ParseError{Source: path, Msg: fmt.Sprintf("it is larger than %d MB", MaxSize>>20)}
	}
	dir := l.cacheDir()
	key, sum := "", ""
	if dir != "" { // a file is read each time, but indexed once per content
		if abs, err := filepath.Abs(path); err == nil {
			key, sum = "file "+abs, docSum(data)
			if ix := readIndex(dir, key, sum); ix != nil {
				spec := ix.specOf(path, func() ([]byte, error) { return data, nil })
				spec.FetchedAt = l.now()
				return spec, nil
			}
		}
	}
	spec, err := Parse(data, path)
	if err != nil {
		return nil, err
	}
	if key != "" {
		writeIndex(dir, key, sum, spec)
	}
	spec.FetchedAt = l.now()
	return spec, nil
}

// sameOrigin reports whether two URLs share scheme, host and port.
func sameOrigin(a, b string) bool {
	ua, err1 := url.Parse(a)
	ub, err2 := url.Parse(b)
	if err1 != nil || err2 != nil || ua.Host == "" {
		return false
	}
	return strings.EqualFold(ua.Scheme, ub.Scheme) && strings.EqualFold(ua.Hostname(), ub.Hostname()) && port(ua) == port(ub)
}

func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	if strings.EqualFold(u.Scheme, "https") {
		return "443"
	}
	return "80"
}

// fetch GETs one URL; status is the HTTP status, err a network failure.
// The token goes only to the API's origin, and never follows a redirect
// elsewhere.
func (l *Loader) fetch(ctx context.Context, u, apiBase string) ([]byte, int, error) {
	hc := l.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %q: %v", ErrConfig, u, err)
	}
	req.Header.Set("Accept", "application/json, application/yaml;q=0.9, */*;q=0.5")
	withToken := false
	if l.Token != nil && apiBase != "" && sameOrigin(u, apiBase) {
		if tok, err := l.Token(ctx); err == nil && tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
			withToken = true
		}
	}
	if withToken {
		c := *hc
		next := hc.CheckRedirect
		c.CheckRedirect = func(r *http.Request, via []*http.Request) error {
			if !sameOrigin(r.URL.String(), apiBase) {
				r.Header.Del("Authorization")
			}
			if next != nil {
				return next(r, via)
			}
			if len(via) >= 10 {
				return errors.New("stopped after 10 redirects")
			}
			return nil
		}
		hc = &c
	}
	resp, err := hc.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, 0, fmt.Errorf("%w at %s: %v", ErrFetch, u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, resp.StatusCode, nil
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxSize+1))
	if err != nil {
		return nil, 0, fmt.Errorf("%w at %s: %v", ErrFetch, u, err)
	}
	if len(data) > MaxSize {
		return nil, 0, &ParseError{Source: u, Msg: fmt.Sprintf("it is larger than %d MB", MaxSize>>20)}
	}
	return data, resp.StatusCode, nil
}

// cacheMeta is the first line of a cache file; the document follows it.
type cacheMeta struct {
	Key       string    `json:"key"`
	URL       string    `json:"url"`
	FetchedAt time.Time `json:"fetched_at"`
	ExpiresAt time.Time `json:"expires_at"`
	SHA256    string    `json:"sha256,omitempty"` // of the document, which its derived index is keyed by
}

func cacheName(key string) string {
	sum := sha256.Sum256([]byte(key))
	return "openapi-" + hex.EncodeToString(sum[:16]) + ".cache"
}

// cacheDir returns the cache directory, created 0700, or "" when there is
// none or it is not safe (writable by others).
func (l *Loader) cacheDir() string {
	if l.CacheDir == "" {
		return ""
	}
	_, statErr := os.Stat(l.CacheDir)
	if err := os.MkdirAll(l.CacheDir, 0o700); err != nil {
		return ""
	}
	if errors.Is(statErr, fs.ErrNotExist) {
		_ = os.Chmod(l.CacheDir, 0o700)
	}
	info, err := os.Stat(l.CacheDir)
	if err != nil || info.Mode().Perm()&0o022 != 0 {
		return ""
	}
	return l.CacheDir
}

// store writes the document to the cache atomically, mode 0600, and its
// derived index beside it; failures are ignored (the next run fetches
// again).
func (l *Loader) store(key, u string, now time.Time, doc []byte, spec *Spec) {
	dir := l.cacheDir()
	if dir == "" {
		return
	}
	age := l.MaxAge
	if age <= 0 {
		age = DefaultMaxAge
	}
	writeCache(dir, cacheMeta{Key: key, URL: u, FetchedAt: now, ExpiresAt: now.Add(age), SHA256: docSum(doc)}, doc, spec)
}

// writeCache writes a cache file (m, then the document) and the
// document's index; failures are ignored.
func writeCache(dir string, m cacheMeta, doc []byte, spec *Spec) {
	meta, _ := json.Marshal(m)
	path := filepath.Join(dir, cacheName(m.Key))
	err := atomicfile.WriteFrom(path, 0o600, func(w io.Writer) error {
		if _, err := w.Write(append(meta, '\n')); err != nil {
			return err
		}
		_, err := w.Write(doc)
		return err
	})
	if err == nil {
		writeIndex(dir, m.Key, m.SHA256, spec)
	}
}
