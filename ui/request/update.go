package request

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// SentMsg carries the answer to a request (or why there is none) to the
// pane that sent it.
type SentMsg struct {
	ID   string // the profile
	Seq  int    // which send of the pane
	Resp *requests.Response
	Err  error
}

// sendCmd sends spec with the profile's sender; ctx cancels it. anyHost
// sends the token even to a host that is not the profile's API (the user
// confirmed it for this request).
func sendCmd(ctx context.Context, id string, seq int, s *requests.Sender, retry, anyHost bool, spec requests.Spec) tea.Cmd {
	sender := *s // a copy: the switches are this request's, read by no other goroutine
	sender.RetryOnInvalidToken = retry
	sender.TokenToAnyHost = anyHost
	return func() tea.Msg {
		resp, err := sender.Send(ctx, spec)
		logSent(id, spec, resp, err)
		return SentMsg{ID: id, Seq: seq, Resp: resp, Err: err}
	}
}

// logSent notes a request in the --debug log, from the command (no I/O in
// Update): method, the URL without its query (which may carry keys), the
// status and the time; never a header or a body.
func logSent(profile string, spec requests.Spec, resp *requests.Response, err error) {
	u := spec.URL
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if err != nil { // the kind of failure only: its text may quote the URL's query
		log.Printf("request: profile %q %s %s: failed: %s", profile, spec.Method, u, failureKind(err))
		return
	}
	log.Printf("request: profile %q %s %s -> %d in %s, %d bytes", profile, spec.Method, u,
		resp.StatusCode, resp.Timing.Total.Round(time.Millisecond), resp.BodySize)
}

// failureKind names what went wrong in words that hold nothing of the
// request: "cancelled", "timeout", or auth's code for it.
func failureKind(err error) string {
	switch {
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	}
	return string(auth.Explain(err).Code)
}

// cleanupCmd removes the temporary file of a response no longer shown.
func cleanupCmd(path string) tea.Cmd {
	if path == "" {
		return nil
	}
	return func() tea.Msg {
		_ = os.Remove(path)
		return nil
	}
}

// Update handles results addressed to this pane and, when focused, keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := m.update(msg)
	m.layout()
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.ClipboardMsg:
		if msg.ID == "request:"+m.opts.ID {
			m.flash = msg.CopiedText(m.Lang)
		}
		return m, nil
	case SentMsg:
		if msg.ID != m.opts.ID {
			return m, nil
		}
		if msg.Seq != m.seq {
			if msg.Resp != nil { // an answer this pane no longer waits for
				return m, cleanupCmd(msg.Resp.SpillPath)
			}
			return m, nil
		}
		return m.sent(msg)
	case SpecMsg:
		if msg.ID != m.opts.ID {
			return m, nil
		}
		return m.specLoaded(msg)
	case GrantedMsg:
		if msg.ID == m.opts.ID {
			m.setGranted(msg.Scopes)
		}
		return m, nil
	case FullMsg:
		if msg.ID != m.opts.ID {
			return m, nil
		}
		return m.fullLoaded(msg)
	case ConformedMsg:
		if msg.ID == m.opts.ID && msg.Seq == m.seq {
			m.ops.conform, m.ops.conformOK = msg.Lines, msg.OK
		}
		return m, nil
	case spinner.TickMsg:
		if !m.sending {
			return m, nil
		}
		m.now = m.opts.Now()
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case tea.KeyMsg:
		if !m.focused {
			return m, nil
		}
		return m.key(msg)
	case tea.MouseMsg:
		var cmd tea.Cmd
		m.resp, cmd = m.resp.Update(msg)
		return m, cmd
	}
	var cmd tea.Cmd
	m.resp, cmd = m.resp.Update(msg)
	return m, cmd
}

func (m Model) sent(msg SentMsg) (Model, tea.Cmd) {
	m.sending = false
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	old := ""
	if r := m.resp.Response(); r != nil {
		old = r.SpillPath
	}
	if msg.Err != nil {
		if errors.Is(msg.Err, context.Canceled) {
			m.cancelled = true
		} else {
			m.err = msg.Err
			m.expl = i18n.Explain(m.Lang, msg.Err)
		}
		m.resp.SetResponse(nil)
		return m, cleanupCmd(old)
	}
	var conform tea.Cmd
	if m.ops.sentOp != nil && m.ops.spec != nil {
		conform = tea.Batch(conformCmd(m.opts.ID, m.seq, m.Lang, m.ops.spec, m.ops.sentOp, msg.Resp),
			grantedCmd(m.opts.ID, m.opts.Granted)) // the request may have brought a token
	}
	return m, tea.Batch(m.resp.SetResponse(msg.Resp), cleanupCmd(old), conform)
}

func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	if m.ops.confirm {
		return m.confirmKey(msg)
	}
	if m.ops.open {
		return m.opsKey(msg)
	}
	if m.picker {
		return m.pickerKey(msg)
	}
	if m.confirm {
		m.confirm = false
		if msg.String() == "y" {
			return m.send(true)
		}
		m.flash = m.T(i18n.RequestTokenConfirmNo)
		return m, nil
	}
	if m.sending && key.Matches(msg, k.Cancel) && !m.resp.Editing() {
		m.Cancel()
		return m, nil
	}
	if m.section != secResponse {
		return m.fieldKey(msg)
	}
	if m.resp.Editing() {
		var cmd tea.Cmd
		m.resp, cmd = m.resp.Update(msg)
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Send) && strings.TrimSpace(m.url.Value()) == "":
		// Nothing to send: offer the saved requests, or the field to type in.
		if len(m.opts.Saved) > 0 {
			m.picker, m.pick = true, 0
			return m, nil
		}
		m.empty = true
		m.setSection(secURL)
		return m, nil
	case key.Matches(msg, k.Send):
		return m.send(false)
	case key.Matches(msg, k.TokenAny) && m.opts.Sender != nil && !m.sending:
		switch o, ok := m.opts.Sender.TokenGoesTo(strings.TrimSpace(m.url.Value())); {
		case o == "": // nothing to send to yet
		case ok:
			m.flash = m.T(i18n.RequestTokenNotAsked, o.Host())
		default:
			m.confirm = true
		}
		return m, nil
	case key.Matches(msg, k.EditURL):
		m.setSection(secURL)
		return m, nil
	case key.Matches(msg, k.EditHeaders):
		m.setSection(secHeaders)
		return m, nil
	case key.Matches(msg, k.EditBody):
		m.setSection(secBody)
		return m, nil
	case key.Matches(msg, k.Method):
		m.cycleMethod(1)
		return m, nil
	case key.Matches(msg, k.MethodBack):
		m.cycleMethod(-1)
		return m, nil
	case key.Matches(msg, k.Saved):
		m.picker, m.pick = true, 0
		return m, nil
	case key.Matches(msg, k.Ops):
		return m.openOps()
	case key.Matches(msg, k.Retry):
		m.retry = !m.retry
		m.flash = i18n.T(m.Lang, i18n.RequestRetryOff)
		if m.retry {
			m.flash = i18n.T(m.Lang, i18n.RequestRetryOn)
		}
		return m, nil
	case key.Matches(msg, k.Curl) && m.opts.Curl != nil:
		spec, err := m.spec()
		if err != nil {
			m.flash = i18n.T(m.Lang, i18n.RequestCurlBadSpec, err)
			return m, nil
		}
		return m, common.CopyCmd("request:"+m.opts.ID, i18n.T(m.Lang, i18n.RequestWhatCurl), m.opts.Curl(spec))
	}
	var cmd tea.Cmd
	m.resp, cmd = m.resp.Update(msg)
	return m, cmd
}

// fieldKey edits the URL field or an editor; tab and shift+tab move
// between them and the response, Esc leaves for the response.
func (m Model) fieldKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Leave):
		m.setSection(secResponse)
		return m, nil
	case key.Matches(msg, k.NextField):
		m.setSection((m.section + 1) % (secResponse + 1))
		return m, nil
	case key.Matches(msg, k.PrevField):
		m.setSection((m.section + secResponse) % (secResponse + 1))
		return m, nil
	}
	var cmd tea.Cmd
	switch m.section {
	case secURL:
		switch msg.String() {
		case "enter":
			if strings.TrimSpace(m.url.Value()) == "" { // not a 404 for the API's root: say what to type
				m.empty = true
				return m, nil
			}
			return m.send(false)
		case "ctrl+right":
			m.cycleMethod(1)
			return m, nil
		case "ctrl+left":
			m.cycleMethod(-1)
			return m, nil
		}
		m.url, cmd = m.url.Update(msg)
	case secHeaders:
		m.headers, cmd = m.headers.Update(msg)
	case secBody:
		m.body, cmd = m.body.Update(msg)
	}
	return m, cmd
}

func (m Model) pickerKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.PickUp):
		m.pick = max(m.pick-1, 0)
	case key.Matches(msg, k.PickDown):
		m.pick = min(m.pick+1, max(len(m.opts.Saved)-1, 0))
	case key.Matches(msg, k.PickChoose):
		m.picker = false
		if m.pick < len(m.opts.Saved) {
			return m, m.openSaved(m.opts.Saved[m.pick])
		}
	case key.Matches(msg, k.PickClose):
		m.picker = false
	}
	return m, nil
}

func (m *Model) cycleMethod(d int) {
	m.method = (m.method + d + len(Methods)) % len(Methods)
}

// spec builds the request from the fields.
func (m Model) spec() (requests.Spec, error) {
	spec := requests.Spec{Method: Methods[m.method], URL: strings.TrimSpace(m.url.Value())}
	for i, line := range strings.Split(m.headers.Value(), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		h, err := requests.ParseHeader(line)
		if err != nil {
			return spec, fmt.Errorf(i18n.Format(m.Lang, i18n.RequestBadLine), i+1, err)
		}
		spec.Headers = append(spec.Headers, h)
	}
	if b := m.body.Value(); b != "" {
		spec.Body = []byte(b)
	}
	return spec, spec.Validate()
}

// send starts the request in a command, cancellable with Esc or Cancel;
// anyHost sends the token even off the profile's API (confirmed with T, y).
func (m Model) send(anyHost bool) (Model, tea.Cmd) {
	if m.sending {
		return m, nil
	}
	m.err, m.expl, m.cancelled, m.note, m.empty = nil, auth.Explanation{}, false, "", false
	if m.opts.Sender == nil {
		m.err = errors.New(m.T(i18n.RequestNotSetUp))
		return m, nil
	}
	spec, err := m.spec()
	if err != nil {
		m.err = err
		return m, nil
	}
	m.ops.conform = nil
	var ok bool
	if m, ok = m.checkScopes(spec); !ok {
		return m, nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	m.sending = true
	m.seq++
	m.started = m.opts.Now()
	m.now = m.started
	m.inFlight = spec.Method + " " + spec.URL
	return m, tea.Batch(sendCmd(ctx, m.opts.ID, m.seq, m.opts.Sender, m.retry, anyHost, spec), m.spin.Tick)
}
