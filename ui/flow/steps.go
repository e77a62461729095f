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
		Explain: "The client reads the provider's public discovery document. It says where to ask for tokens " +
			"(token_endpoint), where the signing keys are (jwks_uri), and which client authentication methods and " +
			"scopes the provider accepts. It rarely changes, so it is cached for up to a day.",
	},
	StepTokenRequest: {
		Title: "The token request", Short: "request",
		Explain: "The client asks the token endpoint for an access token with the client_credentials grant " +
			"(RFC 6749 §4.4): a POST with a form body. It proves who it is with its id and secret — in an HTTP Basic " +
			"header (client_secret_basic) or in the body (client_secret_post). The secret is masked here.",
	},
	StepTokenResponse: {
		Title: "The token response", Short: "response",
		Explain: "The provider answers with JSON: the access_token, its type (Bearer) and expires_in, the seconds " +
			"it lives. There is no refresh token in this grant. Reuse this token until it expires; asking for a new " +
			"one every call gets the client blocked.",
	},
	StepJWT: {
		Title: "The JWT, decoded", Short: "JWT",
		Explain: "The access token is a JWT: three base64url parts joined by dots. The header says how it was signed " +
			"(alg) and with which key (kid); the payload holds the claims — issuer, audience, scopes, expiry. Anyone " +
			"can read them: the signature, not secrecy, is what makes them trustworthy.",
	},
	StepSignature: {
		Title: "The signature, checked", Short: "signature",
		Explain: "An API trusts the token only if its signature checks out: it fetches the provider's public keys " +
			"(the JWK Set at jwks_uri), takes the key whose kid the header names, verifies with the header's algorithm, " +
			"then checks issuer, audience and times. Here the app does what an API does.",
	},
	StepAPI: {
		Title: "Calling the API", Short: "API call",
		Explain: "The client calls the API with Authorization: Bearer and the token. The API verifies it as in step 5 " +
			"and checks its scopes. Every call during the token's lifetime reuses the same token: no token request " +
			"per call, or the provider blocks the client.",
	},
}

// needs says what a step shows.
func (s Step) needsDiscovery() bool { return s == StepDiscovery }
func (s Step) needsToken() bool     { return s >= StepTokenRequest }
func (s Step) needsVerify() bool    { return s == StepSignature }
func (s Step) needsAPI() bool       { return s == StepAPI }
