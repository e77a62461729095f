package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"tokentui/demo"
)

// defaultSandboxAddr is where the first-run "sandbox" profile looks for the sandbox.
const defaultSandboxAddr = "127.0.0.1:8765"

// newSandboxCmd serves the embedded sandbox alone, for other programs, curl and
// other tokentui processes, until SIGINT or SIGTERM.
func newSandboxCmd(g *globals) *cobra.Command {
	var addr string
	var ttl time.Duration
	cmd := &cobra.Command{
		Use:   "sandbox",
		Short: "Serve the embedded sandbox provider and demo API until Ctrl+C",
		Long: "Serve the sandbox: an IdentityServer-like OAuth2 provider (discovery, JWKS,\n" +
			"client-credentials token endpoint, blocking of clients that ask too often)\n" +
			"and a demo API that checks its tokens. It prints the URLs and the public\n" +
			"demo credentials, logs each request, and stops on Ctrl+C or SIGTERM.",
		Example: "  tokentui sandbox\n  tokentui sandbox --addr 127.0.0.1:0 --token-ttl 2m",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSandbox(cmd, g, addr, ttl)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", defaultSandboxAddr, "host:port to listen on (port 0 picks a free one)")
	cmd.Flags().DurationVar(&ttl, "token-ttl", demo.DefaultTokenTTL, "lifetime of the tokens issued, e.g. 2m or 1h")
	return cmd
}

func runSandbox(cmd *cobra.Command, g *globals, addr string, ttl time.Duration) error {
	if err := checkSandboxAddr(addr); err != nil {
		return err
	}
	if ttl < time.Second {
		return usageErrorf("--token-ttl %s is too short", ttl).withHint("tokens live whole seconds: use 1s or more, e.g. --token-ttl 2m")
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	out := &lockedWriter{w: g.stdout}
	srv, err := demo.Start(ctx, demo.Options{
		Addr:     addr,
		TokenTTL: ttl,
		Logf: func(format string, a ...any) {
			fmt.Fprintf(out, time.Now().Format("15:04:05")+"  "+format+"\n", a...)
		},
	})
	if err != nil {
		return failure(err, listenHint(addr, err))
	}
	printSandboxBanner(out, srv, addr, ttl)

	select {
	case <-ctx.Done():
	case <-srv.Done():
	}
	stopping := ctx.Err() != nil
	stop() // a second Ctrl+C now ends the process at once
	err = srv.Close()
	if !stopping {
		if err == nil {
			err = errors.New("the sandbox stopped serving unexpectedly")
		}
		return failure(err, "start it again; if this repeats, run with --addr 127.0.0.1:0")
	}
	if err != nil {
		return failure(err, "")
	}
	fmt.Fprintf(out, "sandbox stopped after %d token requests.\n", srv.TokenRequests())
	return nil
}

// checkSandboxAddr rejects an --addr that is not host:port with a numeric port.
func checkSandboxAddr(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return usageErrorf("--addr %q is not host:port: %v", addr, err).withHint("e.g. --addr 127.0.0.1:8765, or 127.0.0.1:0 for a free port")
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return usageErrorf("--addr %q has no valid port: use a number from 0 to 65535", addr).withHint("e.g. --addr 127.0.0.1:8765, or 127.0.0.1:0 for a free port")
	}
	return nil
}

// listenHint suggests what to do when the sandbox cannot listen on addr.
func listenHint(addr string, err error) string {
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return "another program (perhaps another sandbox) is using " + addr + "; stop it, or pick another port with --addr 127.0.0.1:0"
	case errors.Is(err, syscall.EACCES):
		return "ports below 1024 need privileges; use a higher one, e.g. --addr 127.0.0.1:8765"
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return "no network interface on this machine has that address; use 127.0.0.1"
	}
	return "check the host in --addr; 127.0.0.1:8765 always works unless the port is taken"
}

// printSandboxBanner says where the sandbox is and how to use it.
func printSandboxBanner(w io.Writer, srv *demo.Server, addr string, ttl time.Duration) {
	fmt.Fprintf(w, "tokentui sandbox: an IdentityServer-like provider and a demo API\n\n")
	fmt.Fprintf(w, "  issuer     %s\n", srv.IssuerURL)
	fmt.Fprintf(w, "  discovery  %s\n", srv.DiscoveryURL)
	fmt.Fprintf(w, "  token URL  %s\n", srv.TokenURL)
	fmt.Fprintf(w, "  JWKS       %s\n", srv.JWKSURL)
	fmt.Fprintf(w, "  API base   %s  (me, items, slow?ms=N, large?n=N)\n\n", srv.APIURL)
	fmt.Fprintf(w, "Tokens live %s. More than %d token requests a minute from one client get 429:\n", shortDuration(ttl), demo.DefaultRateLimit)
	fmt.Fprintf(w, "reuse a token until it expires, as the real provider expects.\n\n")
	fmt.Fprintf(w, "Demo clients (public sandbox credentials, HTTP Basic or in the body):\n")
	fmt.Fprintf(w, "  %-15s %-12s %s\n", "client id", "secret", "scopes")
	fmt.Fprintf(w, "  %-15s %-12s %s %s\n", demo.ClientID, demo.ClientSecret, demo.ScopeRead, demo.ScopeWrite)
	fmt.Fprintf(w, "  %-15s %-12s %s\n", demo.ReadOnlyClientID, demo.ClientSecret, demo.ScopeRead)
	fmt.Fprintf(w, "  %-15s %-12s %s\n\n", demo.NoGrantClientID, demo.ClientSecret, "(no client_credentials grant: shows unauthorized_client)")
	fmt.Fprintf(w, "Try it:\n")
	fmt.Fprintf(w, "  TOKEN=$(curl -s -u %s:%s -d grant_type=client_credentials %s | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n",
		demo.ClientID, demo.ClientSecret, srv.TokenURL)
	fmt.Fprintf(w, "  curl -s -H \"Authorization: Bearer $TOKEN\" %sme\n", srv.APIURL)
	if srv.IssuerURL == "http://"+defaultSandboxAddr {
		fmt.Fprintf(w, "  tokentui -p sandbox token      (the first-run \"sandbox\" profile points here)\n")
	}
	if host, _, _ := net.SplitHostPort(addr); !isLoopbackHost(host) {
		fmt.Fprintf(w, "\nwarning: listening on %s, reachable from other machines; anyone there can use the demo credentials.\n", addr)
	}
	fmt.Fprintf(w, "\nServing until Ctrl+C.\n")
}

func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// shortDuration writes 1h instead of 1h0m0s and 2m instead of 2m0s.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// lockedWriter serialises writes from the request log and the banner.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
