// Package demo is the embedded sandbox: an OAuth2 provider that behaves like
// IdentityServer (discovery, JWKS, client-credentials token endpoint, its error
// codes, and blocking of clients that ask for tokens too often) plus a small API
// protected by the tokens it issues.
//
// Every feature of tokentui works against it with no real credentials, and every
// test has a real peer. Start one with Start; it serves on a loopback port until
// its context ends or Close is called.
package demo

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Defaults for the zero values of Options.
const (
	DefaultTokenTTL     = time.Hour
	DefaultRateLimit    = 10
	DefaultAPIClockSkew = 5 * time.Minute // the default of .NET's JwtBearer (TokenValidationParameters.ClockSkew)
)

// Paths served, relative to the issuer URL.
const (
	DiscoveryPath = "/.well-known/openid-configuration"
	JWKSPath      = "/.well-known/openid-configuration/jwks"
	TokenPath     = "/connect/token"
	APIPath       = "/api/v1/"
)

// Options configures a sandbox server. The zero value is ready to use.
type Options struct {
	// Addr is the TCP address to listen on; "" means 127.0.0.1:0, a free loopback port.
	Addr string
	// TokenTTL is the lifetime of issued tokens, in whole seconds; 0 means DefaultTokenTTL.
	TokenTTL time.Duration
	// Now gives the time for token claims, validation and rate limiting; nil means time.Now.
	Now func() time.Time
	// RateLimit is how many token requests one client id may make in a sliding
	// minute before it gets 429; 0 means DefaultRateLimit.
	RateLimit int
	// APIClockSkew is how long past exp (and before nbf) the API still accepts a
	// token; 0 means DefaultAPIClockSkew, a negative value means no skew at all.
	APIClockSkew time.Duration
	// Logf, when set, receives one line per request served (never a secret).
	Logf func(format string, args ...any)
	// KeyFile, when set, keeps the signing key across restarts, so tokens
	// issued before keep verifying and the kid stays the same: the key is
	// read from this PEM file, or generated and written there (0600,
	// atomically). A file others can read is made private; one that cannot
	// be used is replaced (KeyNote says so). "" signs with a key generated
	// for this process only (the tests).
	KeyFile string
	// MTLSAddr is where the mTLS port listens; "" means a free loopback
	// port, as does an address already taken (MTLSURL says which).
	MTLSAddr string
}

// Server is a running sandbox.
type Server struct {
	// IssuerURL is the issuer, e.g. http://127.0.0.1:PORT, with no trailing slash.
	IssuerURL string
	// DiscoveryURL is IssuerURL + DiscoveryPath.
	DiscoveryURL string
	// TokenURL is IssuerURL + TokenPath.
	TokenURL string
	// JWKSURL is IssuerURL + JWKSPath.
	JWKSURL string
	// APIURL is the API base, IssuerURL + APIPath (with a trailing slash).
	APIURL string
	// KeyNote says what was wrong with Options.KeyFile and what was done
	// about it; "" when nothing was.
	KeyNote string
	// MTLSURL is the mTLS port's base (https://127.0.0.1:PORT): the same
	// endpoints, with client certificates asked for; see MTLSCACert.
	MTLSURL string

	opts    Options     // defaults filled in
	key     *signingKey // the key kept in opts.KeyFile; nil: the process's
	ttl     int64       // token lifetime in seconds
	clients clientStore
	limiter *limiter
	items   *itemStore
	tokens  atomic.Int64 // POSTs to the token endpoint
	replays replayCache  // jti of the client assertions accepted
	mtls    *mtlsState   // the mTLS port and its test CA

	http       *http.Server
	cancelReqs context.CancelFunc // cancels the context of requests in flight
	closing    chan struct{}
	closeOnce  sync.Once
	done       chan struct{}
	closeErr   error
}

// Start listens on opts.Addr and serves the sandbox until ctx is done or Close is
// called. The URLs in the returned Server are ready to use when Start returns.
func Start(ctx context.Context, opts Options) (*Server, error) {
	return start(ctx, opts, defaultClients())
}

// start is Start with the set of clients as a parameter, so tests can add some.
func start(ctx context.Context, opts Options, clients []client) (*Server, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("demo: not starting the sandbox: %w", err)
	}
	opts, err := withDefaults(opts)
	if err != nil {
		return nil, err
	}
	if opts.KeyFile == "" {
		// Generating the RSA key takes 50–150 ms: it goes on while the server
		// starts, and the first requests that need it wait (signingKey).
		go processKey() // an error shows in the requests that need the key
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, fmt.Errorf("demo: the sandbox cannot listen on %s: %w", opts.Addr, err)
	}
	var key *signingKey
	var keyNote string
	if opts.KeyFile != "" { // after listening: a sandbox that cannot serve touches no file
		if key, keyNote, err = loadOrCreateKey(opts.KeyFile); err != nil {
			ln.Close()
			return nil, err
		}
	}
	issuer := "http://" + urlHost(opts.Addr, ln.Addr().(*net.TCPAddr))
	s := &Server{
		IssuerURL:    issuer,
		DiscoveryURL: issuer + DiscoveryPath,
		TokenURL:     issuer + TokenPath,
		JWKSURL:      issuer + JWKSPath,
		APIURL:       issuer + APIPath,
		KeyNote:      keyNote,
		opts:         opts,
		key:          key,
		ttl:          int64(opts.TokenTTL / time.Second),
		clients:      newClientStore(clients),
		limiter:      newLimiter(opts.RateLimit, time.Minute),
		items:        newItemStore(),
		closing:      make(chan struct{}),
		done:         make(chan struct{}),
	}
	reqCtx, cancelReqs := context.WithCancel(context.Background())
	s.cancelReqs = cancelReqs
	s.http = &http.Server{
		Handler:           s.logged(s.routes()),
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return reqCtx },
	}
	if err := s.startMTLS(reqCtx, s.logged(s.routes())); err != nil {
		ln.Close()
		cancelReqs()
		return nil, err
	}
	served := make(chan error, 1)
	go func() { served <- s.http.Serve(ln) }()
	go func() {
		defer close(s.done)
		var serveErr error
		select {
		case <-ctx.Done():
		case <-s.closing:
		case serveErr = <-served:
		}
		s.closeErr = s.shutdown(serveErr, served)
	}()
	return s, nil
}

// withDefaults fills in the zero values of opts and rejects impossible ones.
func withDefaults(opts Options) (Options, error) {
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:0"
	}
	if opts.MTLSAddr == "" {
		opts.MTLSAddr = "127.0.0.1:0"
	}
	switch {
	case opts.TokenTTL == 0:
		opts.TokenTTL = DefaultTokenTTL
	case opts.TokenTTL < time.Second:
		return opts, fmt.Errorf("demo: token TTL %v is too short: tokens live whole seconds, so use 1s or more", opts.TokenTTL)
	}
	opts.TokenTTL = opts.TokenTTL.Truncate(time.Second)
	if opts.Now == nil {
		opts.Now = time.Now
	}
	switch {
	case opts.RateLimit == 0:
		opts.RateLimit = DefaultRateLimit
	case opts.RateLimit < 0:
		return opts, fmt.Errorf("demo: rate limit %d is negative: give the number of token requests allowed per minute", opts.RateLimit)
	}
	switch {
	case opts.APIClockSkew == 0:
		opts.APIClockSkew = DefaultAPIClockSkew
	case opts.APIClockSkew < 0:
		opts.APIClockSkew = 0
	}
	return opts, nil
}

// urlHost is the host:port used in the URLs. An unspecified address (":8765",
// "0.0.0.0:8765", "[::]:8765") is named by the matching loopback address, which
// always reaches it.
func urlHost(requested string, a *net.TCPAddr) string {
	ip := a.IP
	if ip.IsUnspecified() {
		ip = net.IPv4(127, 0, 0, 1)
		if host, _, _ := net.SplitHostPort(requested); host != "" && net.ParseIP(host).To4() == nil {
			ip = net.IPv6loopback
		}
	}
	return net.JoinHostPort(ip.String(), strconv.Itoa(a.Port))
}

// shutdown stops the server: it cancels requests in flight (slow ones return at
// once), lets responses finish for a few seconds, then closes what is left.
func (s *Server) shutdown(serveErr error, served <-chan error) error {
	s.cancelReqs()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.stopMTLS(ctx)
	err := s.http.Shutdown(ctx)
	if err != nil {
		err = errors.Join(fmt.Errorf("demo: the sandbox did not stop cleanly: %w", err), s.http.Close())
	}
	if serveErr == nil {
		serveErr = <-served
	}
	if serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		err = errors.Join(fmt.Errorf("demo: the sandbox stopped serving: %w", serveErr), err)
	}
	return err
}

// Close stops the server and waits until it has stopped. It is safe to call more
// than once and after the start context is done; every call returns the same error.
func (s *Server) Close() error {
	s.closeOnce.Do(func() { close(s.closing) })
	<-s.done
	return s.closeErr
}

// Done is closed once the server has stopped, whether by Close, by the end of the
// start context, or because serving failed (Close then returns why).
func (s *Server) Done() <-chan struct{} { return s.done }

// KeyFile is where the signing key is kept across restarts; "" when it
// lives in memory only.
func (s *Server) KeyFile() string { return s.opts.KeyFile }

// TokenRequests returns how many POSTs the token endpoint has received, whatever
// their outcome.
func (s *Server) TokenRequests() int { return int(s.tokens.Load()) }

// routes maps paths to handlers.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", s.handleIndex)
	mux.HandleFunc(DiscoveryPath, s.handleDiscovery)
	mux.HandleFunc(JWKSPath, s.handleJWKS)
	mux.HandleFunc(TokenPath, s.handleToken)
	mux.HandleFunc(OpenAPIPath, s.handleOpenAPI)
	s.apiRoutes(mux)
	return mux
}

// now returns the server's idea of the current time.
func (s *Server) now() time.Time { return s.opts.Now() }
