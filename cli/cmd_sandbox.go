package cli

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"tokentui/demo"
	"tokentui/requests"
	"tokentui/text/i18n"
)

// defaultSandboxAddr is where the first-run "sandbox" profile looks for the sandbox.
const defaultSandboxAddr = "127.0.0.1:8765"

// newSandboxCmd serves the embedded sandbox alone, for other programs, curl and
// other tokentui processes, until SIGINT or SIGTERM.
func newSandboxCmd(g *globals) *cobra.Command {
	var addr string
	var ttl time.Duration
	cmd := &cobra.Command{
		Use:     "sandbox",
		Short:   g.t(i18n.SandboxShort),
		Long:    g.t(i18n.SandboxLong),
		Example: "  tokentui sandbox\n  tokentui sandbox --addr 127.0.0.1:0 --token-ttl 2m",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSandbox(cmd, g, addr, ttl)
		},
	}
	cmd.Flags().StringVar(&addr, "addr", defaultSandboxAddr, g.t(i18n.SandboxFlagAddr))
	cmd.Flags().DurationVar(&ttl, "token-ttl", demo.DefaultTokenTTL, g.t(i18n.SandboxFlagTTL))
	return cmd
}

func runSandbox(cmd *cobra.Command, g *globals, addr string, ttl time.Duration) error {
	lang := g.language()
	if err := checkSandboxAddr(lang, addr); err != nil {
		return err
	}
	if ttl < time.Second {
		return usageIn(lang, i18n.SandboxTTLTooShort, ttl).hintIn(lang, i18n.SandboxTTLHint)
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	out := &lockedWriter{w: g.stdout}
	srv, err := demo.Start(ctx, demo.Options{
		Addr:     addr,
		TokenTTL: ttl,
		KeyFile:  sandboxKeyPath(),
		Logf: func(format string, a ...any) {
			fmt.Fprintf(out, time.Now().Format("15:04:05")+"  "+format+"\n", a...)
		},
	})
	if err != nil {
		return failure(err, listenHint(lang, addr, err))
	}
	if srv.KeyNote != "" {
		fmt.Fprintln(g.stderr, i18n.T(lang, i18n.SandboxKeyNote, sanitize(srv.KeyNote)))
	}
	printSandboxBanner(lang, out, srv, addr, ttl)

	select {
	case <-ctx.Done():
	case <-srv.Done():
	}
	stopping := ctx.Err() != nil
	stop() // a second Ctrl+C now ends the process at once
	err = srv.Close()
	if !stopping {
		if err == nil {
			err = errors.New(i18n.T(lang, i18n.SandboxStopped))
		}
		return failure(err, i18n.T(lang, i18n.SandboxRestartHint))
	}
	if err != nil {
		return failure(err, "")
	}
	fmt.Fprintln(out, i18n.N(lang, int(srv.TokenRequests()), i18n.SandboxStoppedOne, i18n.SandboxStoppedAfter))
	return nil
}

// sandboxKeyPath is where the sandbox keeps its signing key across
// restarts: beside the history, under $XDG_STATE_HOME/tokentui.
func sandboxKeyPath() string {
	return filepath.Join(filepath.Dir(requests.DefaultHistoryPath()), "sandbox-key.pem")
}

// checkSandboxAddr rejects an --addr that is not host:port with a numeric port.
func checkSandboxAddr(lang i18n.Lang, addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return usageIn(lang, i18n.SandboxBadAddr, addr, err).hintIn(lang, i18n.SandboxAddrHint)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return usageIn(lang, i18n.SandboxBadPort, addr).hintIn(lang, i18n.SandboxAddrHint)
	}
	return nil
}

// listenHint suggests what to do when the sandbox cannot listen on addr.
func listenHint(lang i18n.Lang, addr string, err error) string {
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return i18n.T(lang, i18n.SandboxInUseHint, addr)
	case errors.Is(err, syscall.EACCES):
		return i18n.T(lang, i18n.SandboxPrivHint)
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return i18n.T(lang, i18n.SandboxNoAddrHint)
	}
	return i18n.T(lang, i18n.SandboxHostHint)
}

// printSandboxBanner says where the sandbox is and how to use it.
func printSandboxBanner(lang i18n.Lang, w io.Writer, srv *demo.Server, addr string, ttl time.Duration) {
	t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
	labels := []string{t(i18n.SandboxIssuer), t(i18n.SandboxDiscovery), t(i18n.SandboxTokenURL), t(i18n.SandboxJWKS), t(i18n.SandboxAPIBase), "OpenAPI"}
	labelW := 0
	for _, l := range labels {
		labelW = max(labelW, len([]rune(l)))
	}
	field := func(label, value string) {
		fmt.Fprintf(w, "  %s%s  %s\n", label, strings.Repeat(" ", labelW-len([]rune(label))), value)
	}
	fmt.Fprintf(w, "%s\n\n", t(i18n.SandboxBanner))
	field(labels[0], srv.IssuerURL)
	field(labels[1], srv.DiscoveryURL)
	field(labels[2], srv.TokenURL)
	field(labels[3], srv.JWKSURL)
	field(labels[4], srv.APIURL+"  (me, items, slow?ms=N, large?n=N)")
	field(labels[5], srv.IssuerURL+demo.OpenAPIPath)
	fmt.Fprintln(w)
	fmt.Fprintln(w, t(i18n.SandboxTokensLive, shortDuration(ttl), demo.DefaultRateLimit))
	fmt.Fprintln(w, t(i18n.SandboxReuse))
	if kf := srv.KeyFile(); kf != "" {
		fmt.Fprintln(w, t(i18n.SandboxKeyKept, sanitize(kf)))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, t(i18n.SandboxClients))
	fmt.Fprintf(w, "  %-15s %-12s %s\n", t(i18n.SandboxColClient), t(i18n.SandboxColSecret), t(i18n.SandboxColScopes))
	fmt.Fprintf(w, "  %-15s %-12s %s %s\n", demo.ClientID, demo.ClientSecret, demo.ScopeRead, demo.ScopeWrite)
	fmt.Fprintf(w, "  %-15s %-12s %s\n", demo.ReadOnlyClientID, demo.ClientSecret, demo.ScopeRead)
	fmt.Fprintf(w, "  %-15s %-12s %s\n\n", demo.NoGrantClientID, demo.ClientSecret, t(i18n.SandboxNoGrant))
	fmt.Fprintln(w, t(i18n.SandboxTry))
	fmt.Fprintf(w, "  TOKEN=$(curl -s -u %s:%s -d grant_type=client_credentials %s | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n",
		demo.ClientID, demo.ClientSecret, srv.TokenURL)
	fmt.Fprintf(w, "  curl -s -H \"Authorization: Bearer $TOKEN\" %sme\n", srv.APIURL)
	if srv.IssuerURL == "http://"+defaultSandboxAddr {
		fmt.Fprintf(w, "  tokentui -p sandbox token      %s\n", t(i18n.SandboxFirstRun))
	}
	if host, _, _ := net.SplitHostPort(addr); !isLoopbackHost(host) {
		fmt.Fprintf(w, "\n%s\n", t(i18n.CliWarning, t(i18n.SandboxExposed, addr)))
	}
	fmt.Fprintf(w, "\n%s\n", t(i18n.SandboxServing))
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
