package cli

// Issue 16's closing note: `api` on a 5 MB / 2,000-operation document
// re-parsed and re-indexed the cached document each run. These benchmarks
// time the real binary, warm (document and token cached), alternating with
// a warm `token` so that both see the same machine load.

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"tokentui/demo"
	"tokentui/openapi/openapitest"
	"tokentui/profiles"
)

// Operations of openapitest.Generate(2000): a GET without a body and a
// POST with one.
const (
	bigGetOp  = "Recurso000_Acao0000"
	bigPostOp = "Recurso000_Acao0200"
)

// newBigAPIEnv is a perfEnv whose profile's API serves the generated 5 MB
// document at /openapi.json and answers every other request with a body
// that matches the generated schemas.
func newBigAPIEnv(tb testing.TB) *perfEnv {
	tb.Helper()
	e := newPerfEnv(tb, 0)
	doc := openapitest.Generate(2000)
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Path == "/openapi.json" {
			w.Write(doc)
			return
		}
		w.Write([]byte(`{"campo00":"a","campo01":1}`))
	}))
	tb.Cleanup(api.Close)
	f := &profiles.File{Default: perfProfile, Profiles: []profiles.Profile{{
		Name: perfProfile, Issuer: e.srv.IssuerURL, ClientID: demo.ClientID,
		ClientSecret: "env:" + perfSecretEnv, Scopes: []string{demo.ScopeRead},
		APIBaseURL: api.URL + "/", OpenAPI: "openapi.json", Headers: map[string]string{"Accept": "application/json"},
	}}}
	if err := f.Save(e.config); err != nil {
		tb.Fatal(err)
	}
	return e
}

// apiBenchRuns is how many alternating runs the api benchmarks make:
// $TOKENTUI_BENCH_RUNS, else 20.
func apiBenchRuns() int {
	if n, err := strconv.Atoi(os.Getenv("TOKENTUI_BENCH_RUNS")); err == nil && n > 0 {
		return n
	}
	return 20
}

// benchAPIvsToken times `tokentui ARGS…` against a warm `tokentui token`,
// in the environment newEnv makes.
func benchAPIvsToken(b *testing.B, newEnv func(testing.TB) *perfEnv, args ...string) {
	bin := perfBinary(b)
	e := newEnv(b)
	e.run(b, bin, "token")
	e.run(b, bin, args...) // fetches and caches the document
	runs := apiBenchRuns()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tt, tok := alternate(b, runs, func() *exec.Cmd {
			c := exec.Command(bin, args...)
			c.Env = e.env
			return c
		}, func() *exec.Cmd {
			c := exec.Command(bin, "token")
			c.Env = e.env
			return c
		})
		st, sk := statsOf(tt), statsOf(tok)
		st.report(b, "cmd")
		sk.report(b, "token")
		b.ReportMetric(ms(st.p50)/ms(sk.p50), "ratio-p50")
		b.Logf("%s: %s; warm token %s; %.1f×", strings.Join(args, " "), st, sk, ms(st.p50)/ms(sk.p50))
	}
}

// BenchmarkCLIAPIList5MB: warm `api` (the whole list) on the 5 MB document.
func BenchmarkCLIAPIList5MB(b *testing.B) { benchAPIvsToken(b, newBigAPIEnv, "api") }

// BenchmarkCLIAPIListSandbox: warm `api` on the sandbox's own document
// (six operations).
func BenchmarkCLIAPIListSandbox(b *testing.B) {
	benchAPIvsToken(b, func(tb testing.TB) *perfEnv { return newPerfEnv(tb, 0) }, "api")
}

// BenchmarkCLIAPIShowGet5MB: warm `api show` of an operation without a body.
func BenchmarkCLIAPIShowGet5MB(b *testing.B) {
	benchAPIvsToken(b, newBigAPIEnv, "api", "show", bigGetOp)
}

// BenchmarkCLIAPIShowPost5MB: warm `api show` of an operation with a body
// (its example is built from the schemas).
func BenchmarkCLIAPIShowPost5MB(b *testing.B) {
	benchAPIvsToken(b, newBigAPIEnv, "api", "show", bigPostOp)
}

// BenchmarkCLICallOp5MB: warm `call OPID --param id=…`, the answer checked
// against the document.
func BenchmarkCLICallOp5MB(b *testing.B) {
	benchAPIvsToken(b, newBigAPIEnv, "call", bigGetOp, "--param", "id=1")
}

// TestBigAPIEnv: the benchmarks' environment works: the list has every
// operation and the call resolves and checks the operation.
func TestBigAPIEnv(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real binary")
	}
	bin := perfBinary(t)
	e := newBigAPIEnv(t)
	out := e.run(t, bin, "api", "--json")
	if n := strings.Count(out, `"operation_id"`); n != 2000 {
		t.Errorf("api --json listed %d operations, want 2000", n)
	}
	cmd := exec.Command(bin, "call", bigGetOp, "--param", "id=1")
	cmd.Env = e.env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("call: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), bigGetOp) {
		t.Errorf("call did not name the operation:\n%s", stderr.String())
	}
	t.Logf("call %s took %s", bigGetOp, time.Since(start))
}
