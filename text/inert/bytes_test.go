package inert

// Bytes is String for a byte slice. It always returns a new slice, never b
// itself, so the caller may keep using b.
func Bytes(b []byte) []byte {
	s := string(b)
	i := safePrefix(s)
	dst := make([]byte, 0, len(b))
	dst = append(dst, s[:i]...)
	if i == len(s) {
		return dst
	}
	var m machine
	dst, _ = m.run(dst, s[i:], true)
	return dst
}
