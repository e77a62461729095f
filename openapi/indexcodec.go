package openapi

import (
	"encoding/binary"
	"errors"
)

// The derived index's encoding: a magic, then unsigned varints and
// strings (a varint length, then the bytes), the operations last. The
// counts of all parameters, responses, requirements, schemes and scopes
// come first, so that decoding allocates each kind once, and every string
// shares one copy of the file. Every length and count is checked against
// what is left of the file before anything is allocated, so a hostile
// file cannot make it allocate more than a few times its own size.

const indexMagic = "tokentui-openapi-index\n"

var errIndex = errors.New("not a usable index")

// encodeIndex encodes f.
func encodeIndex(f *indexFile) []byte {
	var totals [5]int // params, responses, requirements, schemes, scopes
	for _, o := range f.Ops {
		totals[0] += len(o.Params)
		totals[1] += len(o.Responses)
		totals[2] += len(o.Security)
		for _, r := range o.Security {
			totals[3] += len(r)
			for _, ss := range r {
				totals[4] += len(ss.Scopes)
			}
		}
	}
	b := make([]byte, 0, 1<<16)
	b = append(b, indexMagic...)
	num := func(n int) { b = binary.AppendUvarint(b, uint64(n)) }
	str := func(s string) { num(len(s)); b = append(b, s...) }
	flag := func(v bool) {
		if v {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	num(f.Format)
	for _, s := range []string{f.Key, f.SHA256, f.Title, f.Version, f.DocFormat, f.ServerPath} {
		str(s)
	}
	num(f.Size)
	for _, t := range totals {
		num(t)
	}
	num(len(f.Ops))
	for _, o := range f.Ops {
		for _, s := range []string{o.ID, o.Method, o.Path, o.Summary, o.Description, o.Tag, o.DocID} {
			str(s)
		}
		flag(o.Deprecated)
		num(len(o.Security))
		for _, r := range o.Security {
			num(len(r))
			for _, ss := range r {
				str(ss.Scheme)
				str(ss.Type)
				num(len(ss.Scopes))
				for _, sc := range ss.Scopes {
					str(sc)
				}
			}
		}
		num(len(o.Params))
		for _, p := range o.Params {
			for _, s := range []string{p.Name, p.In, p.Type, p.Description, p.Example} {
				str(s)
			}
			flag(p.Required)
		}
		flag(o.Body != nil)
		if o.Body != nil {
			str(o.Body.MediaType)
			flag(o.Body.Required)
		}
		num(len(o.Responses))
		for _, r := range o.Responses {
			str(r.Code)
			str(r.Description)
			str(r.MediaType)
		}
	}
	return b
}

// indexReader reads an encoded index; the first error sticks.
type indexReader struct {
	s   string // the file, as one string that every field shares
	pos int
	bad bool
}

func (r *indexReader) num() int {
	if r.bad {
		return 0
	}
	var v uint64
	for shift := 0; ; shift += 7 {
		if shift > 35 || r.pos >= len(r.s) { // nothing in an index needs more than 6 bytes
			r.bad = true
			return 0
		}
		c := r.s[r.pos]
		r.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	return int(v)
}

// count is a number of things that each take at least one byte.
func (r *indexReader) count() int {
	n := r.num()
	if n > len(r.s)-r.pos {
		r.bad = true
		return 0
	}
	return n
}

func (r *indexReader) str() string {
	n := r.count()
	if r.bad {
		return ""
	}
	s := r.s[r.pos : r.pos+n]
	r.pos += n
	return s
}

func (r *indexReader) flag() bool {
	if r.bad || r.pos >= len(r.s) || r.s[r.pos] > 1 {
		r.bad = true
		return false
	}
	r.pos++
	return r.s[r.pos-1] == 1
}

// decodeIndexData decodes an index, checking its structure (not yet what
// it says: see decodeIndex).
func decodeIndexData(data []byte) (*indexFile, error) {
	s := string(data)
	if len(s) < len(indexMagic) || s[:len(indexMagic)] != indexMagic {
		return nil, errIndex
	}
	r := &indexReader{s: s, pos: len(indexMagic)}
	f := &indexFile{Format: r.num(), Key: r.str(), SHA256: r.str(), Title: r.str(), Version: r.str(), DocFormat: r.str(), ServerPath: r.str(), Size: r.num()}
	params := make([]Param, 0, r.count())
	resps := make([]Response, 0, r.count())
	reqs := make([]Requirement, 0, r.count())
	schemes := make([]SchemeScopes, 0, r.count())
	scopes := make([]string, 0, r.count())
	f.Ops = make([]indexOp, r.count())
	for i := range f.Ops {
		if r.bad {
			break
		}
		o := &f.Ops[i]
		o.ID, o.Method, o.Path, o.Summary, o.Description, o.Tag, o.DocID = r.str(), r.str(), r.str(), r.str(), r.str(), r.str(), r.str()
		o.Deprecated = r.flag()
		if n := r.count(); n > 0 {
			if len(reqs)+n > cap(reqs) {
				return nil, errIndex
			}
			start := len(reqs)
			for range n {
				m := r.count()
				if len(schemes)+m > cap(schemes) {
					return nil, errIndex
				}
				first := len(schemes)
				for range m {
					ss := SchemeScopes{Scheme: r.str(), Type: r.str()}
					if k := r.count(); k > 0 {
						if len(scopes)+k > cap(scopes) {
							return nil, errIndex
						}
						at := len(scopes)
						for range k {
							scopes = append(scopes, r.str())
						}
						ss.Scopes = scopes[at:len(scopes):len(scopes)]
					}
					schemes = append(schemes, ss)
				}
				reqs = append(reqs, schemes[first:len(schemes):len(schemes)])
			}
			o.Security = reqs[start:len(reqs):len(reqs)]
		}
		if n := r.count(); n > 0 {
			if len(params)+n > cap(params) {
				return nil, errIndex
			}
			start := len(params)
			for range n {
				p := Param{Name: r.str(), In: r.str(), Type: r.str(), Description: r.str(), Example: r.str()}
				p.Required = r.flag()
				params = append(params, p)
			}
			o.Params = params[start:len(params):len(params)]
		}
		if r.flag() {
			o.Body = &Body{MediaType: r.str(), Required: r.flag()}
		}
		if n := r.count(); n > 0 {
			if len(resps)+n > cap(resps) {
				return nil, errIndex
			}
			start := len(resps)
			for range n {
				resps = append(resps, Response{Code: r.str(), Description: r.str(), MediaType: r.str()})
			}
			o.Responses = resps[start:len(resps):len(resps)]
		}
	}
	if r.bad || r.pos != len(r.s) {
		return nil, errIndex
	}
	return f, nil
}
