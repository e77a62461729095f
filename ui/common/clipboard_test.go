package common

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"
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
