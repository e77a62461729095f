package common

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"tokentui/text/i18n"
)

func TestClipboardCopy(t *testing.T) {
	text := "report: ✓ discovery"
	b64 := base64.StdEncoding.EncodeToString([]byte(text))
	failing := func(string) error { return errors.New("no display") }
	tests := []struct {
		name    string
		env     map[string]string
		system  func(string) error
		wantVia string
		wantSeq string // a piece of the OSC 52 output; "" means none written
	}{
		{name: "local with a clipboard tool", system: func(string) error { return nil }, wantVia: ViaSystem},
		{name: "local without a tool", system: failing, wantVia: ViaOSC52, wantSeq: "\x1b]52;c;" + b64 + "\a"},
		{name: "over ssh never uses the remote machine's clipboard", env: map[string]string{"SSH_TTY": "/dev/pts/1"},
			system: func(string) error { t.Error("system clipboard used over SSH"); return nil }, wantVia: ViaOSC52, wantSeq: b64},
		{name: "inside tmux the sequence is wrapped", env: map[string]string{"TMUX": "/tmp/tmux-0/default,1,0"},
			system: failing, wantVia: ViaOSC52, wantSeq: "\x1bPtmux;\x1b\x1b]52;c;" + b64},
		{name: "a tool that hangs falls back", system: func(string) error { time.Sleep(time.Second); return nil },
			wantVia: ViaOSC52, wantSeq: b64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			c := Clipboard{
				Getenv: func(k string) string { return tt.env[k] }, System: tt.system,
				Terminal: &out, Timeout: 50 * time.Millisecond,
			}
			msg := c.CopyCmd("p", "report", text)().(ClipboardMsg)
			if msg.Err != nil || msg.Via != tt.wantVia || msg.ID != "p" || msg.What != "report" {
				t.Fatalf("got %+v, want via %q and no error", msg, tt.wantVia)
			}
			if tt.wantSeq == "" && out.Len() > 0 {
				t.Errorf("wrote %q to the terminal, want nothing", out.String())
			}
			if tt.wantSeq != "" && !strings.Contains(out.String(), tt.wantSeq) {
				t.Errorf("terminal got %q, want it to contain %q", out.String(), tt.wantSeq)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("closed") }

func TestClipboardNothingWorks(t *testing.T) {
	c := Clipboard{Getenv: func(string) string { return "" }, System: func(string) error { return errors.New("x") }, Terminal: failWriter{}}
	msg := c.CopyCmd("p", "token", "x")().(ClipboardMsg)
	if !errors.Is(msg.Err, ErrClipboard) {
		t.Fatalf("err = %v, want ErrClipboard", msg.Err)
	}
}

// TestOSC52SaysSent (issue 15, part 6): a copy through OSC 52 is reported
// as sent, never as done; in tmux, with the settings that let it through.
func TestOSC52SaysSent(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want []string
	}{
		{map[string]string{"SSH_TTY": "/dev/pts/1"}, []string{"token sent to the terminal (OSC 52): it cannot confirm the copy."}},
		{map[string]string{"SSH_TTY": "/dev/pts/1", "TMUX": "/tmp/tmux-1/default,1,0"},
			[]string{"sent to the terminal", "set -g set-clipboard on", "set -g allow-passthrough on"}},
	} {
		cb := Clipboard{Getenv: func(k string) string { return c.env[k] }, Terminal: io.Discard}
		msg := cb.CopyCmd("p", "token", "x")().(ClipboardMsg)
		got := msg.CopiedText(i18n.En)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: %q lacks %q", c.env, got, w)
			}
		}
		if strings.Contains(got, "copied") {
			t.Errorf("%v: OSC 52 is reported as copied: %q", c.env, got)
		}
	}
}
