package auth

// Bounds of Decode, so that a hostile token costs time and memory in
// proportion to its size and no more: a JWT is a few kilobytes, its claims
// a few levels deep.
const (
	MaxTokenSize = 1 << 20 // bytes of the token, trimmed
	MaxNesting   = 32      // arrays and objects inside one another, in the header or the payload
)

// tooDeep reports whether the JSON text data nests arrays and objects
// deeper than MaxNesting, in one pass that skips strings.
func tooDeep(data []byte) bool {
	depth, inString, escaped := 0, false, false
	for _, c := range data {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			if depth++; depth > MaxNesting {
				return true
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return false
}

// tokenTooLarge is the MalformedError of a token over MaxTokenSize.
func tokenTooLarge(n int) error {
	return malformed("token", say(SayTokenTooLong, n, MaxTokenSize), nil)
}
