package codegen

// Every program, for ordinary and hostile profiles, is valid in its
// language: checked by the language's own parser where the machine has
// one (Go always; python3, node, java, mcs and bash when installed,
// skipped with the reason otherwise). For a hostile profile, the values
// come back exactly from the parsed literals (Go, Python, Java) or from
// evaluating each quoted value (JavaScript, C#, bash).

import (
	"bytes"
	"encoding/hex"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// hostile tries to end a string literal, start a comment or run code in
// every language, and to reach the terminal with escape sequences.
const hostile = `a"b'c\d` + "\n" + `e$(id)` + "`id`" + `${HOME}#{x}` + `\u0022\u000a\x22` +
	"*/ /* -->" + `'''"""` + "\r\t\x1b[31m\x07\x7f\u0085" + "\u2028\u2029\u202e" + "é😀" + `%s%d{{.}}$'x'` + "\\"

// hostileInput puts hostile in every value of the profile and the request.
func hostileInput(discover bool, method string) Input {
	in := Input{
		Profile: hostile, ClientID: hostile, Scopes: []string{hostile, "b"}, AuthMethod: method,
		SecretEnv: hostile, Params: map[string]string{hostile: hostile, "audience": hostile},
		Request: Request{Method: "POST", URL: "https://api.example/" + hostile, Body: hostile,
			Headers: []Header{{"X-Evil", hostile}, {hostile, "v"}}},
		ConfigPath: hostile,
	}
	if discover {
		in.Issuer = "https://idp.example/" + hostile
	} else {
		in.TokenURL = "https://idp.example/" + hostile
	}
	return in
}

// allInputs are the inputs every language is checked with.
func allInputs() map[string]Input {
	out := map[string]Input{}
	for i, in := range inputsForEveryBranch() {
		out["plain"+strconv.Itoa(i)] = in
	}
	out["hostile-discovery-basic"] = hostileInput(true, AuthBasic)
	out["hostile-token-post"] = hostileInput(false, AuthPost)
	return out
}

// TestProgramsAreInert: no program holds a control character (but newline
// and tab) or a line separator, whatever the profile holds.
func TestProgramsAreInert(t *testing.T) {
	for _, lang := range Languages() {
		for name, in := range allInputs() {
			src := generate(t, lang, in)
			for i, r := range src {
				if r != '\n' && r != '\t' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r)) {
					t.Errorf("%s/%s: raw %U at byte %d", lang, name, r, i)
					break
				}
			}
			if strings.Contains(src, "SECRET_ENV=\"a") || strings.Contains(src, "export a\"") {
				t.Errorf("%s/%s: the hostile secret variable name was used", lang, name)
			}
		}
	}
}

// TestSecretNeverWritten: the generated programs name the variable and
// hold no secret; the secret variable of a hostile env: reference is
// replaced by one made from the profile name.
func TestSecretNeverWritten(t *testing.T) {
	if got := SecretEnvName("sandbox", "demo-secret"); got != "SANDBOX_CLIENT_SECRET" {
		t.Errorf("SecretEnvName(sandbox) = %q", got)
	}
	if got := SecretEnvName("ac-homolog", "env:AC_SECRET"); got != "AC_SECRET" {
		t.Errorf("SecretEnvName(env:AC_SECRET) = %q", got)
	}
	if got := SecretEnvName("2x", "env:$(id)"); got != "TOKENTUI_2X_CLIENT_SECRET" {
		t.Errorf("SecretEnvName(2x, hostile) = %q", got)
	}
	for _, lang := range Languages() {
		in := sandboxInput()
		src := generate(t, lang, in)
		if strings.Contains(src, "demo-secret") {
			t.Errorf("%s program holds the secret", lang)
		}
		if lang != Shell && !strings.Contains(src, "SANDBOX_CLIENT_SECRET") {
			t.Errorf("%s program does not name SANDBOX_CLIENT_SECRET", lang)
		}
	}
}

// TestGoSyntaxAndValues parses every Go program and finds each hostile
// value as one of its string literals.
func TestGoSyntaxAndValues(t *testing.T) {
	for name, in := range allInputs() {
		src := generate(t, Go, in)
		f, err := parser.ParseFile(token.NewFileSet(), "main.go", src, parser.ParseComments)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, numbered(src))
		}
		var lits []string
		ast.Inspect(f, func(n ast.Node) bool {
			if l, ok := n.(*ast.BasicLit); ok && l.Kind == token.STRING {
				s, err := strconv.Unquote(l.Value)
				if err != nil {
					t.Errorf("%s: %v", name, err)
				}
				lits = append(lits, s)
			}
			return true
		})
		checkValues(t, Go, name, in, lits)
	}
}

// checkValues asserts that the literals of a hostile program hold the
// profile's values exactly.
func checkValues(t *testing.T, lang Language, name string, in Input, lits []string) {
	t.Helper()
	if !strings.HasPrefix(name, "hostile") {
		return
	}
	want := []string{in.ClientID, in.Request.URL, in.Request.Body, in.TokenURL + strings.TrimRight(in.Issuer, "/")}
	for _, w := range want {
		if !slices.Contains(lits, w) {
			t.Errorf("%s/%s: no literal holds %q", lang, name, w)
		}
	}
}

// tool finds a checker on PATH or skips saying which language is not checked.
func tool(t *testing.T, lang Language, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s: syntax not checked: no %s on PATH (%s)", lang, name, install)
	}
	return p
}

// TestPythonSyntaxAndValues compiles every Python program with python3's
// ast module and compares the hostile values with its string constants.
func TestPythonSyntaxAndValues(t *testing.T) {
	py := tool(t, Python, "python3", "apt-get install python3")
	script := `import ast, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
for n in ast.walk(tree):
    if isinstance(n, ast.Constant) and isinstance(n.value, str):
        print(n.value.encode("utf-8", "surrogatepass").hex())
`
	for name, in := range allInputs() {
		dir := write(t, "client.py", generate(t, Python, in))
		lits := runLiterals(t, Python, name, exec.Command(py, "-c", script, filepath.Join(dir, "client.py")))
		checkValues(t, Python, name, in, lits)
	}
}

// TestJavaSyntaxAndValues parses every Java program with javac's parser
// (testdata/javaparse; Spring is not needed to parse) and compares the
// hostile values with its string literals.
func TestJavaSyntaxAndValues(t *testing.T) {
	java := tool(t, Java, "java", "apt-get install openjdk-17-jdk-headless")
	parse, _ := filepath.Abs(filepath.Join("testdata", "javaparse", "JavaParse.java"))
	dir := t.TempDir()
	var names []string
	inputs := allInputs()
	for name, in := range inputs {
		sub := filepath.Join(dir, name)
		if err := os.MkdirAll(sub, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, "ApiClient.java"), []byte(generate(t, Java, in)), 0o600); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	// One JVM per program: a JVM start is most of the time.
	for _, name := range names {
		lits := runLiterals(t, Java, name, exec.Command(java, parse, filepath.Join(dir, name, "ApiClient.java")))
		checkValues(t, Java, name, inputs[name], lits)
	}
}

// runLiterals runs a checker that prints literals as hex lines.
func runLiterals(t *testing.T, lang Language, name string, cmd *exec.Cmd) []string {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s/%s: not valid: %v\n%s", lang, name, err, errb.String())
	}
	var lits []string
	for _, line := range strings.Fields(out.String()) {
		b, err := hex.DecodeString(line)
		if err != nil {
			t.Fatal(err)
		}
		lits = append(lits, string(b))
	}
	return lits
}

// TestNodeSyntax checks every Node program with node --check, and that
// each hostile value, quoted, evaluates to itself.
func TestNodeSyntax(t *testing.T) {
	node := tool(t, Node, "node", "apt-get install nodejs")
	for name, in := range allInputs() {
		dir := write(t, "client.mjs", generate(t, Node, in))
		if out, err := exec.Command(node, "--check", filepath.Join(dir, "client.mjs")).CombinedOutput(); err != nil {
			t.Fatalf("%s: not valid: %v\n%s", name, err, out)
		}
	}
	roundTrip(t, Node, func(lit string) *exec.Cmd {
		return exec.Command(node, "-e", "process.stdout.write("+lit+")")
	})
}

// TestCSharpSyntax parses every C# program with Mono's compiler (mcs
// --parse: syntax only, no packages needed), and checks that each hostile
// value, quoted, is read back as itself by a small program mcs compiles.
func TestCSharpSyntax(t *testing.T) {
	mcs := tool(t, CSharp, "mcs", "apt-get install mono-mcs")
	for name, in := range allInputs() {
		dir := write(t, "Program.cs", generate(t, CSharp, in))
		if out, err := exec.Command(mcs, "--parse", filepath.Join(dir, "Program.cs")).CombinedOutput(); err != nil {
			t.Fatalf("%s: not valid: %v\n%s", name, err, out)
		}
	}
	mono, err := exec.LookPath("mono")
	if err != nil {
		t.Skip("csharp: values not read back: no mono")
	}
	var b strings.Builder
	b.WriteString("class P { static void Main() { var o = System.Console.OpenStandardOutput();\n")
	for _, v := range roundTripValues() {
		b.WriteString("  { var x = System.Text.Encoding.UTF8.GetBytes(" + Quote(CSharp, v) + "); o.Write(x, 0, x.Length); o.WriteByte(255); }\n")
	}
	b.WriteString("} }\n")
	dir := write(t, "P.cs", b.String())
	if out, err := exec.Command(mcs, "-out:"+filepath.Join(dir, "p.exe"), filepath.Join(dir, "P.cs")).CombinedOutput(); err != nil {
		t.Fatalf("mcs: %v\n%s", err, out)
	}
	out, err := exec.Command(mono, filepath.Join(dir, "p.exe")).Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(string(out), "\xff"), "\xff") // 0xff is never in UTF-8
	if !slices.Equal(got, roundTripValues()) {
		t.Errorf("C# literals read back\n%q\nwant\n%q", got, roundTripValues())
	}
}

// TestShellSyntax checks both shell programs with bash -n, and that each
// hostile value, quoted, is one word that bash reads back as itself.
func TestShellSyntax(t *testing.T) {
	bash := tool(t, Shell, "bash", "apt-get install bash")
	for _, lang := range []Language{Shell, Curl} {
		for name, in := range allInputs() {
			dir := write(t, "client.sh", generate(t, lang, in))
			if out, err := exec.Command(bash, "-n", filepath.Join(dir, "client.sh")).CombinedOutput(); err != nil {
				t.Fatalf("%s/%s: not valid: %v\n%s", lang, name, err, out)
			}
		}
	}
	roundTrip(t, Shell, func(lit string) *exec.Cmd {
		return exec.Command(bash, "-c", "printf %s "+lit)
	})
}

// roundTripValues are the values each quoting must give back.
func roundTripValues() []string {
	return []string{hostile, "", "plain", "'", `"`, `\`, "\x00x", "\U0001F600", "\u2028", `\u0022`}
}

// roundTrip evaluates the quoting of each value with the language's
// interpreter and compares the result.
func roundTrip(t *testing.T, lang Language, eval func(lit string) *exec.Cmd) {
	t.Helper()
	for _, v := range roundTripValues() {
		want := v
		if lang == Shell && strings.Contains(v, "\x00") {
			want = v[:strings.IndexByte(v, 0)] // bash strings end at NUL; nothing after it runs
		}
		out, err := eval(Quote(lang, v)).Output()
		if err != nil {
			t.Errorf("%s: %q quoted as %s: %v", lang, v, Quote(lang, v), err)
			continue
		}
		if string(out) != want {
			t.Errorf("%s: %q quoted as %s reads back as %q", lang, v, Quote(lang, v), out)
		}
	}
}
