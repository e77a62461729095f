package openapi

// Coverage says whether a token can call an operation.
type Coverage int

// The coverages, from best to worst.
const (
	Public  Coverage = iota // the operation asks for no credentials
	Covered                 // the granted scopes meet one of its requirements
	Missing                 // no requirement is met: Check.Missing says what the closest one lacks
	NoToken                 // there is no token to judge by
)

// Check is the answer of Operation.Check.
type Check struct {
	Coverage Coverage
	Missing  []string // the scopes the closest requirement lacks, when Coverage is Missing
}

// Check compares the operation's security with a token's granted scopes
// (nil: no token). Only OAuth2 and OpenID Connect schemes name scopes; a
// requirement of other schemes (bearer, apiKey) is met by any token.
func (o *Operation) Check(granted []string) Check {
	if o.Public() {
		return Check{Coverage: Public}
	}
	if granted == nil {
		return Check{Coverage: NoToken}
	}
	have := make(map[string]bool, len(granted))
	for _, g := range granted {
		have[g] = true
	}
	var best []string
	for i, r := range o.Security {
		var lack []string
		for _, ss := range r {
			for _, sc := range ss.Scopes {
				if !have[sc] && !contains(lack, sc) {
					lack = append(lack, sc)
				}
			}
		}
		if len(lack) == 0 {
			return Check{Coverage: Covered}
		}
		if i == 0 || len(lack) < len(best) {
			best = lack
		}
	}
	return Check{Coverage: Missing, Missing: best}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// String names a coverage in English, for --json and logs.
func (c Coverage) String() string {
	switch c {
	case Public:
		return "public"
	case Covered:
		return "covered"
	case Missing:
		return "missing"
	}
	return "no-token"
}
