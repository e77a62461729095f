package request

import "tokentui/requests"

// CodeSpec is the request as typed, for the Code view to write a program
// for: method, URL, headers and body; a header line that does not parse is
// left out (the Code view shows what it can, sending reports the error).
func (m Model) CodeSpec() requests.Spec {
	spec, _ := m.spec()
	return spec
}
