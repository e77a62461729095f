package profiles

import "testing"

// FuzzLoad: whatever the bytes, Parse returns a File or an error, never panics,
// and what it accepts survives a save and a reload.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(""))
	f.Add([]byte("default: a\nprofiles:\n" + okProfile))
	f.Add([]byte("profiles:\n" + okProfile + "    scopes: [x, y]\n    requests:\n      - {name: me, path: /me}\n"))
	f.Add([]byte("profiles:\n  - &p {name: a, client_id: c, issuer: 'https://x/'}\n  - <<: *p\n    name: b\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	for _, tc := range badInputs {
		f.Add([]byte(tc.yaml))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("fuzz.yaml", data)
		if err != nil {
			return
		}
		out, err := file.marshal()
		if err != nil {
			t.Fatalf("marshal of an accepted file: %v", err)
		}
		if _, err := Parse("again.yaml", out); err != nil {
			t.Fatalf("re-parse of %q (from %q): %v", out, data, err)
		}
	})
}
