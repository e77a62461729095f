package profiles

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxFileSize bounds what Load reads; a profiles file is a few kilobytes.
const maxFileSize = 4 << 20

// Load reads and validates the profiles file at path. An empty file (or
// one holding only comments) gives a File with no profiles.
//
// A missing file gives an error wrapping fs.ErrNotExist (see
// LoadOrFirstRun). Every problem in the file is a *LoadError naming the
// line and, when it is about a field, the field: YAML that does not parse,
// an unknown field (with the closest known one as a hint), a value of the
// wrong type, a missing client_id, neither issuer nor token_url, a URL that
// is not absolute http(s), a duplicate name, an unknown auth_method, a
// default naming no profile.
func Load(path string) (*File, error) {
	info, err := os.Stat(path)
	if err == nil && info.IsDir() {
		return nil, &LoadError{Path: path, Kind: ErrBadValue, Msg: txt(CodeIsDir), Hint: txt(HintGiveConfig)}
	}
	data, err := readLimited(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &codedError{text: txt(CodeNoFile, path, err), err: err}
		}
		return nil, &codedError{text: txt(CodeCannotRead, path, err), err: err}
	}
	return Parse(path, data)
}

func readLimited(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return io.ReadAll(io.LimitReader(fh, maxFileSize+1))
}

// Parse decodes and validates the content of a profiles file, like Load;
// path is used only in messages and may be "".
func Parse(path string, data []byte) (*File, error) {
	if len(data) > maxFileSize {
		return nil, &LoadError{Path: path, Kind: ErrTooLarge,
			Msg: txt(CodeTooLarge, maxFileSize>>20), Hint: txt(HintCheckConfig)}
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return &File{}, nil
		}
		return nil, syntaxError(path, data, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &LoadError{Path: path, Line: extra.Line, Kind: ErrSyntax,
			Msg: txt(CodeMultiDoc), Hint: txt(HintRemoveDoc)}
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxError(path, data, err)
	}
	if len(doc.Content) == 0 {
		return &File{}, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return &File{}, nil
	}
	w := &walker{path: path, budget: maxNodes}
	if err := w.check(root, fileType, "", txt(WhereTop)); err != nil {
		return nil, err
	}
	var f File
	strict := yaml.NewDecoder(bytes.NewReader(data))
	strict.KnownFields(true) // a second net: the walker above already caught these, with better words
	if err := strict.Decode(&f); err != nil {
		return nil, &LoadError{Path: path, Line: yamlLine(err), Kind: ErrWrongType,
			Msg: txt(CodeWrongTypeYAML, cleanYAMLError(err)), Err: err}
	}
	if errs := validateFile(&f, nodeLocator(root)); len(errs) > 0 {
		errs[0].Path = path
		return nil, errs[0]
	}
	return &f, nil
}

var lineRE = regexp.MustCompile(`line (\d+):`)

// yamlLine finds "line N:" in a yaml error message, or 0.
func yamlLine(err error) int {
	m := lineRE.FindStringSubmatch(err.Error())
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// cleanYAMLError drops the "yaml: " and "line N: " prefixes, which the
// LoadError says in its own way.
func cleanYAMLError(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "yaml: unmarshal errors:\n")
	s = strings.TrimSpace(strings.TrimPrefix(s, "yaml: "))
	s = lineRE.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(s), " ")
}

// parserProblems are the messages of yaml's parser (not scanner) errors,
// whose "line N" is the 0-based line where the enclosing construct starts.
var parserProblems = []string{
	"did not find expected ',' or ']'", "did not find expected ',' or '}'", "did not find expected '-' indicator",
	"did not find expected <document start>", "did not find expected <stream-start>", "did not find expected key",
	"did not find expected node content", "found duplicate %TAG directive", "found duplicate %YAML directive",
	"found incompatible YAML document", "found undefined tag handle",
}

// maxLineSearch bounds the re-parsing that locates a parser error.
const maxLineSearch = 2000

func syntaxError(path string, data []byte, err error) *LoadError {
	line := yamlLine(err)
	msg := cleanYAMLError(err)
	if slices.Contains(parserProblems, msg) {
		// The parser names the line before the construct that holds the
		// error (a mapping, a [list…]); the error is at or after it: find
		// the shortest prefix of the file that fails the same way.
		line = firstFailingLine(data, line+1, msg)
	}
	e := &LoadError{Path: path, Line: line, Kind: ErrSyntax, Err: err,
		Msg: txt(CodeSyntax, msg), Hint: txt(HintFixLine)}
	if strings.Contains(msg, "tab") {
		// the parser may name the line before the tab; point at the tab itself
		lines := bytes.Split(data, []byte("\n"))
		for i := max(0, line-1); i < len(lines); i++ {
			indent := lines[i][:len(lines[i])-len(bytes.TrimLeft(lines[i], " \t"))]
			if bytes.Contains(indent, []byte("\t")) {
				e.Line = i + 1
				break
			}
		}
		e.Hint = txt(HintNoTabs)
	}
	return e
}

// firstFailingLine returns the smallest n >= from such that the first n
// lines of data fail to parse with message msg, or from if none does.
func firstFailingLine(data []byte, from int, msg string) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	for n := max(from, 1); n <= len(lines) && n < from+maxLineSearch; n++ {
		var node yaml.Node
		err := yaml.Unmarshal(bytes.Join(lines[:n], nil), &node)
		if err != nil && cleanYAMLError(err) == msg {
			return n
		}
	}
	return from
}

// locator finds the line of a field of profile i (field "" = the profile
// itself; i < 0 = the top level).
type locator func(i int, field string) int

func nodeLocator(root *yaml.Node) locator {
	return func(i int, field string) int {
		n := root
		if i >= 0 {
			seq := mapValue(root, "profiles")
			if seq == nil || seq.Kind != yaml.SequenceNode || i >= len(seq.Content) {
				return 0
			}
			n = resolve(seq.Content[i])
		}
		if field == "" {
			return n.Line
		}
		if k := mapKey(n, field); k != nil {
			return k.Line
		}
		return n.Line
	}
}

func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	return n
}

func mapKey(n *yaml.Node, key string) *yaml.Node {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i]
		}
	}
	return nil
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return resolve(n.Content[i+1])
		}
	}
	return nil
}
