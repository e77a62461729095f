package flow

// Step numbers the walkthrough's screens, from 0.
type Step int

// The steps of the client-credentials flow, in order.
const (
	StepDiscovery Step = iota
	StepTokenRequest
	StepTokenResponse
	StepJWT
	StepSignature
	StepAPI
	stepCount
)

// Steps is how many steps the walkthrough has.
const Steps = int(stepCount)

// stepInfo is a step's title and what it explains.
type stepInfo struct {
	Title   string
	Short   string // a word or two, for the progress line
	Explain string // two to four lines once wrapped: what happens and why
}

var stepInfos = [stepCount]stepInfo{
	StepDiscovery: {
		Title: "Discovery", Short: "discovery",
		Explain: "The client reads the provider's public discovery document: where to ask for tokens " +
			"(token_endpoint), where its signing keys are (jwks_uri), which client authentication methods and " +
			"scopes it accepts. It rarely changes, so it is cached.",
	},
	StepTokenRequest: {
		Title: "The token request", Short: "request",
		Explain: "The client POSTs grant_type=client_credentials to the token endpoint (RFC 6749 §4.4) and proves " +
			"who it is with its id and secret: in a Basic header (client_secret_basic) or in the form " +
			"(client_secret_post). Secrets are masked here.",
	},
	StepTokenResponse: {
		Title: "The token response", Short: "response",
		Explain: "The provider answers with JSON: the access_token, its type (Bearer) and expires_in, its life in " +
			"seconds. No refresh token in this grant. Reuse this token until it expires; asking for a new one " +
			"every call gets the client blocked.",
	},
	StepJWT: {
		Title: "The JWT, decoded", Short: "JWT",
		Explain: "The token is a JWT: three base64url parts joined by dots. The header says how it was signed (alg, " +
			"kid); the payload holds the claims: issuer, audience, scopes, expiry. Anyone can read them: the " +
			"signature is what makes them trustworthy.",
	},
	StepSignature: {
		Title: "The signature, checked", Short: "signature",
		Explain: "An API trusts the token only if its signature checks out: it takes the key the header's kid names " +
			"from the provider's JWK Set (jwks_uri), verifies with the header's alg, then checks issuer, audience " +
			"and times — as done here.",
	},
	StepAPI: {
		Title: "Calling the API", Short: "API call",
		Explain: "The client calls the API with Authorization: Bearer and the token; the API verifies it as in " +
			"step 5 and checks its scopes. Every call reuses this token until it expires: no token request per call.",
	},
}

// needs says what a step shows.
func (s Step) needsDiscovery() bool { return s == StepDiscovery }
func (s Step) needsToken() bool     { return s >= StepTokenRequest }
func (s Step) needsVerify() bool    { return s == StepSignature }
func (s Step) needsAPI() bool       { return s == StepAPI }
