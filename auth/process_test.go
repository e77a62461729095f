package auth

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The test binary doubles as a tiny "tokentui token" for the tests that
// need real, separate processes sharing one cache directory.
const helperEnv = "TOKENTUI_AUTH_TEST_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) == "token" {
		os.Exit(helperToken())
	}
	os.Exit(m.Run())
}

// helperToken waits until HELPER_START_AT (so that every process asks at
// the same moment), gets a token and prints "TOKEN FROM_CACHE".
func helperToken() int {
	if at, err := strconv.ParseInt(os.Getenv("HELPER_START_AT"), 10, 64); err == nil {
		time.Sleep(time.Until(time.Unix(0, at)))
	}
	c, err := New(Options{
		Profile:  "processes",
		Issuer:   os.Getenv("HELPER_ISSUER"),
		ClientID: testClientID,
		Secret:   func(context.Context) (string, error) { return cmp.Or(os.Getenv("HELPER_SECRET"), testSecret), nil },
		Scopes:   []string{"api.read"},
		CacheDir: os.Getenv("HELPER_CACHE_DIR"),
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tok, err := c.Token(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Printf("%s %v\n", tok.Raw, tok.FromCache)
	return 0
}

func helperCmd(issuer, dir string, startAt time.Time) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"=token", "HELPER_ISSUER="+issuer, "HELPER_CACHE_DIR="+dir,
		"HELPER_START_AT="+strconv.FormatInt(startAt.UnixNano(), 10))
	return cmd
}

// 20 processes started together on an empty cache make ONE token request.
func TestParallelProcessesOneTokenRequest(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 20 processes")
	}
	const n = 20
	p := newFakeProvider(t)
	p.set(func(p *fakeProvider) { p.delay = 300 * time.Millisecond }) // keep the window wide open
	dir := t.TempDir()
	startAt := time.Now().Add(1500 * time.Millisecond)
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		cmd := helperCmd(p.URL, dir, startAt)
		cmd.Stdout, cmd.Stderr = &outs[i], &outs[i]
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = cmd.Wait()
		}(i)
	}
	wg.Wait()
	tokens := map[string]int{}
	fresh := 0
	for i := range outs {
		if errs[i] != nil {
			t.Fatalf("process %d: %v: %s", i, errs[i], outs[i].String())
		}
		f := strings.Fields(outs[i].String())
		if len(f) != 2 {
			t.Fatalf("process %d printed %q", i, outs[i].String())
		}
		tokens[f[0]]++
		if f[1] == "false" {
			fresh++
		}
	}
	if got := p.tokens.Load(); got != 1 {
		t.Errorf("%d processes made %d token requests, want 1", n, got)
	}
	if len(tokens) != 1 || fresh != 1 {
		t.Errorf("%d distinct tokens, %d fetched from the network; want 1 and 1", len(tokens), fresh)
	}
	if got := newClient(t, Options{Profile: "processes", Issuer: p.URL, ClientID: testClientID, CacheDir: dir}).RequestsLastHour(); got != 1 {
		t.Errorf("RequestsLastHour across processes = %d, want 1", got)
	}
	t.Logf("%d processes: %d token request(s), %d discovery request(s)", n, p.tokens.Load(), p.discovery.Load())
}
