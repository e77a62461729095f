package profiles

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"
)

// fileHeader opens every file tokentui writes.
const fileHeader = `tokentui profiles — see 'tokentui profiles --help'.
client_secret is a reference: env:VAR | file:PATH | cmd:COMMAND | keyring | a literal (discouraged).
tokentui rewrites this file when it saves: comments and formatting are not kept.`

// marshal encodes f as YAML: fields in struct order, short lists and
// saved requests in flow style, as in the examples of DESIGN §4.
func (f *File) marshal() ([]byte, error) {
	var body yaml.Node
	if err := body.Encode(f); err != nil {
		return nil, err
	}
	flowStyle(&body, "")
	doc := &yaml.Node{Kind: yaml.DocumentNode, HeadComment: fileHeader, Content: []*yaml.Node{&body}}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// flowStyle walks an encoded File and writes small values on one line.
func flowStyle(n *yaml.Node, key string) {
	switch n.Kind {
	case yaml.MappingNode:
		if (key == "params" || key == "headers") && len(n.Content) <= 8 && allShortScalars(n.Content) {
			n.Style = yaml.FlowStyle
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			flowStyle(n.Content[i+1], n.Content[i].Value)
		}
	case yaml.SequenceNode:
		if key == "scopes" {
			n.Style = yaml.FlowStyle
			return
		}
		for _, item := range n.Content {
			if key == "requests" && item.Kind == yaml.MappingNode && allShortScalars(item.Content) {
				item.Style = yaml.FlowStyle
				continue
			}
			flowStyle(item, "")
		}
	}
}

// allShortScalars reports whether every node is a one-line scalar, short
// enough that a flow mapping of them stays readable.
func allShortScalars(nodes []*yaml.Node) bool {
	total := 0
	for _, n := range nodes {
		if n.Kind != yaml.ScalarNode || strings.ContainsAny(n.Value, "\n\r") {
			return false
		}
		total += len(n.Value) + 4
	}
	return total <= 100
}
