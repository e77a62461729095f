package common

import (
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/atotto/clipboard"
	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
)

// Ways a text reaches the clipboard, as ClipboardMsg.Via reports them.
const (
	ViaSystem = "system clipboard" // xclip, xsel, wl-copy, pbcopy… through atotto/clipboard
	ViaOSC52  = "OSC 52"           // an escape sequence asking the terminal to copy (works over SSH)
)

// ClipboardMsg says how a copy went. ID is the pane that asked, What is the
// label it gave ("report", "token"…), so it can say "report copied".
type ClipboardMsg struct {
	ID   string
	What string
	Via  string // ViaSystem or ViaOSC52; "" when Err is set
	Err  error
	// Mux is "tmux" or "screen" when an OSC 52 sequence went through one:
	// then it reaches the terminal only if the multiplexer lets it.
	Mux string
}

// ErrClipboard reports that neither the system clipboard nor OSC 52 could
// take the text.
var ErrClipboard = errors.New("could not copy to the clipboard")

// Clipboard is how CopyCmd reaches the clipboard. The zero value uses the
// environment, the system tools and the terminal on standard output.
type Clipboard struct {
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
	// System writes to the system clipboard; nil means atotto/clipboard
	// (unless it found no clipboard tool).
	System func(string) error
	// Terminal receives the OSC 52 sequence; nil means os.Stdout, the
	// terminal Bubble Tea draws on.
	Terminal io.Writer
	// Timeout bounds the system clipboard tool; 0 means 2 s.
	Timeout time.Duration
}

// DefaultClipboard is the clipboard CopyCmd uses.
var DefaultClipboard Clipboard

// terminalMu keeps two OSC 52 writes from interleaving.
var terminalMu sync.Mutex

// CopyCmd copies text in a command and reports with a ClipboardMsg. Over
// SSH, or when no clipboard tool works, it falls back to OSC 52, which the
// user's own terminal carries out (wrapped for tmux and screen).
func CopyCmd(id, what, text string) tea.Cmd {
	return DefaultClipboard.CopyCmd(id, what, text)
}

// CopyCmd is the package-level CopyCmd with this clipboard's settings.
func (c Clipboard) CopyCmd(id, what, text string) tea.Cmd {
	return func() tea.Msg {
		via, err := c.Copy(text)
		msg := ClipboardMsg{ID: id, What: what, Via: via, Err: err}
		if via == ViaOSC52 {
			msg.Mux = c.mux()
		}
		return msg
	}
}

// Copy puts text on the clipboard and says how: the system clipboard when
// one is usable on this machine, else OSC 52.
func (c Clipboard) Copy(text string) (string, error) {
	getenv := c.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	remote := getenv("SSH_TTY") != "" || getenv("SSH_CONNECTION") != "" || getenv("SSH_CLIENT") != ""
	if !remote {
		if err := c.system(text); err == nil {
			return ViaSystem, nil
		}
	}
	if err := c.osc52(text, getenv); err != nil {
		return "", errors.Join(ErrClipboard, err)
	}
	return ViaOSC52, nil
}

// system runs the system clipboard tool with a time limit: a tool waiting
// on a display that is not there must not hold the copy forever.
func (c Clipboard) system(text string) error {
	write := c.System
	if write == nil {
		if clipboard.Unsupported {
			return errors.New("no clipboard tool (xclip, xsel, wl-copy, pbcopy) found")
		}
		write = clipboard.WriteAll
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = 2 * time.Second
	}
	done := make(chan error, 1)
	go func() { done <- write(text) }()
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		return errors.New("the clipboard tool did not answer in time")
	}
}

// osc52 writes the OSC 52 sequence for text, wrapped for tmux or screen
// when running inside them.
func (c Clipboard) osc52(text string, getenv func(string) string) error {
	out := c.Terminal
	if out == nil {
		out = os.Stdout
	}
	seq := osc52.New(text)
	switch muxOf(getenv) {
	case "tmux":
		seq = seq.Tmux()
	case "screen":
		seq = seq.Screen()
	}
	terminalMu.Lock()
	defer terminalMu.Unlock()
	_, err := seq.WriteTo(out)
	return err
}

// ViaText says how a copy went (a ClipboardMsg's Via) in lang.
func ViaText(lang i18n.Lang, via string) string {
	switch via {
	case ViaSystem:
		return i18n.T(lang, i18n.ClipViaSystem)
	case ViaOSC52:
		return i18n.T(lang, i18n.ClipViaOSC52)
	}
	return via
}

// mux names the terminal multiplexer the app runs in: "tmux", "screen"
// or "".
func (c Clipboard) mux() string {
	getenv := c.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	return muxOf(getenv)
}

func muxOf(getenv func(string) string) string {
	switch {
	case getenv("TMUX") != "":
		return "tmux"
	case strings.HasPrefix(getenv("TERM"), "screen") || getenv("STY") != "":
		return "screen"
	}
	return ""
}

// CopiedText reports a finished copy in lang: "token copied (system
// clipboard)", or why it failed. OSC 52 is only sent: no terminal answers
// whether it copied, so the text says "sent" and, in tmux or screen, what
// lets the sequence through.
func (m ClipboardMsg) CopiedText(lang i18n.Lang) string {
	if m.Err != nil {
		return i18n.T(lang, i18n.ClipFailed, m.Err)
	}
	if m.Via == ViaOSC52 {
		text := i18n.T(lang, i18n.ClipSentOSC52, m.What)
		switch m.Mux {
		case "tmux":
			text += " " + i18n.T(lang, i18n.ClipTmuxHint)
		case "screen":
			text += " " + i18n.T(lang, i18n.ClipScreenHint)
		}
		return text
	}
	return i18n.T(lang, i18n.ClipCopied, m.What, ViaText(lang, m.Via))
}
