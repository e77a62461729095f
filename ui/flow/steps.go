package flow

import "tokentui/text/i18n"

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

// stepInfo is the catalogue keys of a step's title and what it explains.
type stepInfo struct {
	Title   i18n.Key
	Short   i18n.Key // a word or two, for the progress line
	Explain i18n.Key // two to four lines once wrapped: what happens and why
}

var stepInfos = [stepCount]stepInfo{
	StepDiscovery:     {i18n.FlowDiscoveryTitle, i18n.FlowDiscoveryShort, i18n.FlowDiscoveryExplain},
	StepTokenRequest:  {i18n.FlowTokenRequestTitle, i18n.FlowTokenRequestShort, i18n.FlowTokenRequestExplain},
	StepTokenResponse: {i18n.FlowTokenResponseTitle, i18n.FlowTokenResponseShort, i18n.FlowTokenResponseExplain},
	StepJWT:           {i18n.FlowJWTTitle, i18n.FlowJWTShort, i18n.FlowJWTExplain},
	StepSignature:     {i18n.FlowSignatureTitle, i18n.FlowSignatureShort, i18n.FlowSignatureExplain},
	StepAPI:           {i18n.FlowAPITitle, i18n.FlowAPIShort, i18n.FlowAPIExplain},
}

// Title is the step's title in lang: "The token request".
func (s Step) Title(lang i18n.Lang) string { return i18n.T(lang, stepInfos[s].Title) }

// needs says what a step shows.
func (s Step) needsDiscovery() bool { return s == StepDiscovery }
func (s Step) needsToken() bool     { return s >= StepTokenRequest }
func (s Step) needsVerify() bool    { return s == StepSignature }
func (s Step) needsAPI() bool       { return s == StepAPI }
