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

	"tokentui/atomicfile"
	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/wrap"
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
		MTLSAddr: nextPort(addr),
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
	files, err := writeSandboxFiles(sandboxClientsDir(), srv)
	if err != nil {
		fmt.Fprintln(g.stderr, i18n.T(lang, i18n.CliWarning, i18n.T(lang, i18n.SandboxFilesFailed, sanitize(sandboxClientsDir()), err)))
	}
	printSandboxBanner(lang, out, srv, addr, ttl, files)

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

// nextPort is the address after addr's port (127.0.0.1:8765 → :8766), where
// the mTLS port listens so that profiles keep working across restarts; ""
// (a free port) when addr's port is 0.
func nextPort(addr string) string {
	host, port, _ := net.SplitHostPort(addr)
	if n, err := strconv.Atoi(port); err == nil && n > 0 && n < 65535 {
		return net.JoinHostPort(host, strconv.Itoa(n+1))
	}
	return ""
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
func printSandboxBanner(lang i18n.Lang, w io.Writer, srv *demo.Server, addr string, ttl time.Duration, files sandboxFiles) {
	t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
	labels := []string{t(i18n.SandboxIssuer), t(i18n.SandboxDiscovery), t(i18n.SandboxTokenURL), t(i18n.SandboxJWKS), t(i18n.SandboxAPIBase), "OpenAPI", t(i18n.SandboxMTLS)}
	labelW := 0
	for _, l := range labels {
		labelW = max(labelW, len([]rune(l)))
	}
	field := func(label, value string) {
		fmt.Fprintf(w, "  %s%s  %s\n", label, strings.Repeat(" ", labelW-len([]rune(label))), value)
	}
	para := func(text string) { fmt.Fprintln(w, strings.Join(wrap.Wrap(text, 80, "", ""), "\n")) }
	para(t(i18n.SandboxBanner))
	fmt.Fprintln(w)
	field(labels[0], srv.IssuerURL)
	field(labels[1], srv.DiscoveryURL)
	field(labels[2], srv.TokenURL)
	field(labels[3], srv.JWKSURL)
	field(labels[4], srv.APIURL+"  (me, items, slow?ms=N, large?n=N)")
	field(labels[5], srv.IssuerURL+demo.OpenAPIPath)
	field(labels[6], srv.MTLSURL+"  "+t(i18n.SandboxMTLSNote))
	fmt.Fprintln(w)
	para(t(i18n.SandboxTokensLive, shortDuration(ttl), demo.DefaultRateLimit) + " " + t(i18n.SandboxReuse))
	if kf := srv.KeyFile(); kf != "" {
		para(t(i18n.SandboxKeyKept, sanitize(kf)))
	}
	fmt.Fprintln(w)
	printSandboxClients(lang, w, srv, files)
	fmt.Fprintln(w, t(i18n.SandboxTry))
	fmt.Fprintf(w, "  TOKEN=$(curl -s -u %s:%s -d grant_type=client_credentials \\\n    %s \\\n    | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n",
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

// sandboxClientsDir is where the sandbox hands out its clients' keys,
// certificates and secrets: beside its signing key.
func sandboxClientsDir() string { return filepath.Join(filepath.Dir(sandboxKeyPath()), "sandbox") }

// sandboxFiles are the files written for the demo clients: by client id
// and kind ("secret", "key", "cert"), and the mTLS port's CA.
type sandboxFiles struct {
	dir   string
	paths map[string]string // client id + "." + kind → path
	ca    string
}

// writeSandboxFiles writes each demo client's credentials to dir (0700),
// one file each, 0600, replacing what an earlier start wrote: the mTLS
// certificates are new at each start.
func writeSandboxFiles(dir string, srv *demo.Server) (sandboxFiles, error) {
	files := sandboxFiles{dir: dir, paths: map[string]string{}}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return sandboxFiles{}, err
	}
	write := func(name, content string) (string, error) {
		path := filepath.Join(dir, name)
		return path, atomicfile.Write(path, []byte(content), 0o600)
	}
	for _, c := range srv.ClientList() {
		for _, f := range []struct{ kind, ext, content string }{{"secret", ".secret", c.Secret}, {"key", ".key", c.Key}, {"cert", ".crt", c.Cert}} {
			if f.content == "" {
				continue
			}
			path, err := write(c.ID+f.ext, f.content)
			if err != nil {
				return sandboxFiles{}, err
			}
			files.paths[c.ID+"."+f.kind] = path
		}
	}
	ca, err := write("mtls-ca.pem", srv.MTLSCACert())
	if err != nil {
		return sandboxFiles{}, err
	}
	files.ca = ca
	return files, nil
}

// printSandboxClients lists the demo clients, how each authenticates, and
// (when their files were written) a `profiles add` command for each.
func printSandboxClients(lang i18n.Lang, w io.Writer, srv *demo.Server, files sandboxFiles) {
	t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
	list := srv.ClientList()
	fmt.Fprintln(w, t(i18n.SandboxClients))
	row := func(id, scopes, auth string) { fmt.Fprintf(w, "  %-15s %-20s  %s\n", id, scopes, auth) }
	row(t(i18n.SandboxColClient), t(i18n.SandboxColScopes), t(i18n.SandboxColAuth))
	for _, c := range list {
		var auth string
		switch {
		case !c.Grant:
			fmt.Fprintf(w, "  %-15s %s\n", c.ID, t(i18n.SandboxNoGrant))
			continue
		case c.MTLS:
			auth = t(i18n.SandboxAuthMTLS, c.Method)
		case c.KeyID != "":
			auth = t(i18n.SandboxAuthJWT, c.Alg, c.KeyID)
		case c.Method == profiles.AuthSecretJWT:
			auth = t(i18n.SandboxAuthSecretJWT, c.Alg)
		default:
			auth = t(i18n.SandboxAuthSecret, c.Method, c.Secret)
		}
		row(c.ID, strings.Join(c.Scopes, " "), auth)
	}
	if files.dir == "" {
		fmt.Fprintln(w)
		return
	}
	fmt.Fprintln(w)
	for _, l := range wrap.Wrap(t(i18n.SandboxFilesKept, filepath.Base(files.ca)), 80, "", "") {
		fmt.Fprintln(w, l)
	}
	fmt.Fprintf(w, "  %s\n\n", sanitize(files.dir))
	fmt.Fprintln(w, t(i18n.SandboxAsProfiles))
	for _, c := range list {
		fmt.Fprintln(w, sandboxAddCommand(srv, c, files))
	}
	fmt.Fprintln(w)
}

// homeRelative writes a path under the home directory as ~/…, which
// file: references and ca_file expand: shorter to read and paste.
func homeRelative(path string) string {
	home, err := os.UserHomeDir()
	if rel, rerr := filepath.Rel(home, path); err == nil && home != "" && rerr == nil && !strings.HasPrefix(rel, "..") && rel != "." {
		return "~/" + rel
	}
	return path
}

// sandboxAddCommand is the `tokentui profiles add` command for a demo
// client, broken with backslashes to fit 80 columns where it can.
func sandboxAddCommand(srv *demo.Server, c demo.ClientInfo, files sandboxFiles) string {
	ref := func(kind string) string {
		return shellQuoteArg(profiles.RefFile + homeRelative(files.paths[c.ID+"."+kind]))
	}
	api := srv.APIURL
	args := []string{"--issuer " + srv.IssuerURL, "--client-id " + c.ID, "--auth-method " + c.Method}
	switch {
	case c.MTLS:
		args = append(args, "--client-cert "+ref("cert"), "--client-key "+ref("key"), "--ca-file "+shellQuoteArg(homeRelative(files.ca)))
		api = srv.MTLSURL + demo.APIPath
	case c.Key != "":
		args = append(args, "--client-key "+ref("key"), "--client-key-id "+c.KeyID)
	default:
		args = append(args, "--secret-ref "+ref("secret"))
	}
	args = append(args, "--scope "+strings.Join(c.Scopes, ","), "--api-base-url "+api)
	name := "sandbox-" + strings.TrimPrefix(c.ID, "demo-")
	lines := []string{"  tokentui profiles add " + name}
	for _, a := range args {
		last := &lines[len(lines)-1]
		if len(*last)+1+len(a)+2 <= 80 {
			*last += " " + a
		} else {
			*last += " \\"
			lines = append(lines, "    "+a)
		}
	}
	return strings.Join(lines, "\n")
}
