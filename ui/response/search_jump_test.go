package response

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
	"tokentui/text/i18n"
)

// The large body of these tests: 800,000 lines of 42 bytes (32 MiB), the
// first MiB of it in memory, the whole in a spill file. Every 10,000th
// line, from line 5,000 on, holds "needle NNNNNNN" (its number): two in
// the part shown, 78 on disk.
const (
	bigLines  = 800_000
	bigLine42 = 42
	bigShown  = 1 << 20
	bigEvery  = 10_000
	bigFirst  = 5_000
	bigNeedle = 80
	bigMemory = 2
)

func bigLine(i int) string {
	if i%bigEvery == bigFirst {
		return fmt.Sprintf("needle %07d ..........................\n", i)
	}
	return fmt.Sprintf("line %07d ............................\n", i)
}

// bigResponse writes the body to a spill file and returns the response
// whose first MiB is in memory.
func bigResponse(t testing.TB) *requests.Response {
	t.Helper()
	path := filepath.Join(t.TempDir(), "spill")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	var shown strings.Builder
	size := 0
	for i := range bigLines {
		l := bigLine(i)
		if size < bigShown {
			shown.WriteString(l[:min(len(l), bigShown-size)])
		}
		size += len(l)
		w.WriteString(l)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if len(bigLine(0)) != bigLine42 || len(bigLine(bigFirst)) != bigLine42 {
		t.Fatal("the lines are not 42 bytes")
	}
	resp := jsonResponse(200, shown.String())
	resp.IsJSON, resp.ContentType = false, "text/plain"
	resp.Headers.Set("Content-Type", "text/plain")
	resp.Truncated, resp.SpillPath, resp.BodySize = true, path, int64(size)
	return resp
}

// needleAt is the line number of match i (from 1).
func needleAt(i int) string { return fmt.Sprintf("▶ needle %07d", (i-1)*bigEvery+bigFirst) }

// held is what the view keeps of the part of the body on disk: the
// window on screen and the offsets of matches the search noted.
func (m Model) held() int {
	n := 0
	if m.win != nil {
		n += m.win.size
	}
	if m.spill != nil {
		n += 8 * cap(m.spill.marks)
	}
	return n
}

// heldBound is the most the view may keep of the part on disk: one
// window and the search's marks (whose array may be twice their number).
func heldBound() int { return spillWindow + 8*2*spillMarks }

// TestJumpsReachEveryMatchOnDisk: n goes through all 80 matches of a
// 32 MB body in order, the 78 on disk read a window at a time from the
// file, and wraps around; N goes back, from the last to the first; the
// line shows which match of how many and where on disk; the view never
// keeps more than a window and the marks.
func TestJumpsReachEveryMatchOnDisk(t *testing.T) {
	oldMarks := spillMarks
	spillMarks = 8 // 78 matches: the marks are thinned to every 16th
	defer func() { spillMarks = oldMarks }()
	resp := bigResponse(t)
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newModel(t, ColorNone, size[0], size[1], resp)
			m = press(t, m, "/")
			m = typeText(t, m, "needle")
			m = press(t, m, "enter")
			check := func(i int, onDisk bool) {
				t.Helper()
				s := screen(m)
				want := fmt.Sprintf(`match %d/%d "needle"`, i, bigNeedle)
				if !strings.Contains(s, want) || !strings.Contains(s, needleAt(i)) || strings.Contains(s, "on disk at") != onDisk {
					t.Fatalf("want %s, %q (on disk: %v):\n%s", want, needleAt(i), onDisk, s)
				}
				if h := m.held(); h > heldBound() {
					t.Fatalf("the view keeps %d bytes of the part on disk, more than %d", h, heldBound())
				}
				checkSize(t, m, size[0], size[1])
			}
			check(1, false)
			if m.spill.stride < 8 || len(m.spill.marks) > spillMarks {
				t.Errorf("marks not thinned: stride %d, %d marks", m.spill.stride, len(m.spill.marks))
			}
			for i := 2; i <= bigNeedle; i++ {
				m = press(t, m, "n")
				check(i, i > bigMemory)
			}
			s := screen(m)
			last := int64((bigNeedle-1)*bigEvery+bigFirst) * bigLine42
			if want := "on disk at " + i18n.Bytes(i18n.En, last) + " of 32.0 MB"; !strings.Contains(s, want) {
				t.Errorf("the last match is not placed at the end of the body on disk:\n%s", s)
			}
			m = press(t, m, "n") // wraps to the first
			check(1, false)
			m = press(t, m, "N") // and back to the last, found from a mark
			check(bigNeedle, true)
			for i := bigNeedle - 1; i >= bigNeedle-20; i-- { // backwards, from marks
				m = press(t, m, "N")
				check(i, true)
			}
			m = press(t, m, "j", "j") // the window scrolls
			if s := screen(m); !strings.Contains(s, fmt.Sprintf(`match %d/%d`, bigNeedle-20, bigNeedle)) {
				t.Errorf("scrolling lost the match:\n%s", s)
			}
			m = press(t, m, "esc") // back where the body was
			if s := screen(m); strings.Contains(s, "on disk") || m.held() != 0 || !strings.Contains(s, "needle 0005000") {
				t.Errorf("esc did not go back to the body shown (%d bytes held):\n%s", m.held(), s)
			}
		})
	}
}

// collect runs cmd and the commands of its batches, returning their
// messages in order (without feeding them to the model).
func collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, collect(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// TestCountsHonestWhileScanning: while the part on disk is still being
// searched the total says "+"; N from the first match waits for the end
// of the search (it says so) and then lands on the last; a move under way
// is cancelled by esc, and its window, read late, is dropped.
func TestCountsHonestWhileScanning(t *testing.T) {
	oldChunk := spillChunk
	spillChunk = 1 << 20
	defer func() { spillChunk = oldChunk }()
	m := newModel(t, ColorNone, 80, 24, bigResponse(t))
	m = press(t, m, "/")
	m = typeText(t, m, "needle")
	m, cmd := m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	msgs := collect(cmd) // the search of the body shown and the first chunk on disk
	var rest tea.Cmd
	for _, msg := range msgs {
		var c tea.Cmd
		m, c = m.Update(msg)
		if c != nil {
			rest = c
		}
	}
	s := screen(m)
	if !strings.Contains(s, `match 1/5+ "needle"`) || !strings.Contains(s, "searching the part on disk 6%") {
		t.Fatalf("counts while the search on disk runs:\n%s", s)
	}
	m, c := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'N'}})
	if c != nil {
		t.Fatal("N read the disk before the last match was known")
	}
	if s := screen(m); !strings.Contains(s, "waiting for the search on disk to get there") {
		t.Fatalf("N before the end of the search does not say it waits:\n%s", s)
	}
	m = run(t, m, rest)
	check := func(want ...string) {
		t.Helper()
		s := screen(m)
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Fatalf("screen lacks %q:\n%s", w, s)
			}
		}
	}
	check(`match 80/80 "needle"`, needleAt(bigNeedle), "on disk at")

	// A move under way, stopped by esc: its window is dropped.
	m, c = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'N'}})
	if c == nil || m.jump == nil {
		t.Fatal("N to a match on disk started nothing")
	}
	check("reading match 79 on disk…")
	m = press(t, m, "esc")
	if m.jump != nil || m.spill != nil {
		t.Fatal("esc left the move or the search running")
	}
	for _, msg := range collect(c) {
		m, _ = m.Update(msg)
	}
	if s := screen(m); strings.Contains(s, "on disk") || strings.Contains(s, "needle 0785000") {
		t.Errorf("a window read after esc was shown:\n%s", s)
	}
}

// TestFindMatchStopsWhenCancelled: the command that looks for a match far
// into the file gives up as soon as its context is cancelled.
func TestFindMatchStopsWhenCancelled(t *testing.T) {
	resp := bigResponse(t)
	f, err := os.Open(resp.SpillPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := findMatch(ctx, f, "needle", true, 0, 50, resp.BodySize); err != context.Canceled {
		t.Errorf("findMatch after cancel: %v, want context.Canceled", err)
	}
	at, err := findMatch(context.Background(), f, "needle", true, int64(bigFirst*bigLine42), 2, resp.BodySize)
	if want := int64((bigFirst + 2*bigEvery) * bigLine42); err != nil || at != want {
		t.Errorf("findMatch: %d, %v; want %d", at, err, want)
	}
}

// BenchmarkSpillScan is the search of the part on disk: every chunk of a
// 32 MB body read and scanned for a query, ignoring case and not.
func BenchmarkSpillScan(b *testing.B) {
	resp := bigResponse(b)
	for _, q := range []string{"needle", "Needle"} {
		b.Run(q, func(b *testing.B) {
			b.SetBytes(resp.BodySize)
			b.ReportAllocs()
			for b.Loop() {
				off, count := int64(0), 0
				for {
					msg := spillSearchCmd(context.Background(), "p", 1, resp.SpillPath, q, !hasUpper(q), off, resp.BodySize, count, 1)().(SpillSearchedMsg)
					if msg.Err != nil {
						b.Fatal(msg.Err)
					}
					off, count = msg.Offset, msg.Count
					if msg.Done {
						break
					}
				}
				if want := map[string]int{"needle": bigNeedle, "Needle": 0}[q]; count != want {
					b.Fatalf("%d matches of %q, want %d", count, q, want)
				}
			}
		})
	}
}

// TestWindowStaysWithinItsSize: a window of a body of tabs (each shown as
// four spaces) is cut to spillWindow bytes around its match, which it
// keeps.
func TestWindowStaysWithinItsSize(t *testing.T) {
	var b strings.Builder
	for i := range 20_000 {
		if i == 10_000 {
			b.WriteString("\tneedle here\n")
			continue
		}
		b.WriteString("\t\t\t\t\t\t\t\tx\n")
	}
	body := b.String()
	at := int64(strings.Index(body, "needle"))
	lines, line, err := readWindow(strings.NewReader(body), at, len("needle"), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	if n := linesSize(lines); n > spillWindow {
		t.Errorf("the window holds %d bytes, more than %d", n, spillWindow)
	}
	if !strings.Contains(lines[line], "needle here") || line < 100 || len(lines)-line < 100 {
		t.Errorf("the match is on line %d of %d: %q", line, len(lines), lines[line])
	}
}

// TestIndexBytesIsIndex: the scan of the file finds what the search of
// the lines finds, ignoring case or not.
func TestIndexBytesIsIndex(t *testing.T) {
	for _, tc := range []struct{ s, q string }{
		{"", "a"}, {"abc", "abc"}, {"xxABCx", "abc"}, {"xxABCx", "ABC"}, {"nNnNeedle", "needle"},
		{"Nee needle", "needle"}, {"aaa", "aa"}, {"line 1\nNEEDLE", "needle"}, {"1.2.3", ".3"},
		{"ab", "abc"}, {"ÁÉ needle", "éé"}, {"zzzZ", "z"}, {"Zq", "zq"},
	} {
		for _, fold := range []bool{true, false} {
			if got, want := indexBytes([]byte(tc.s), []byte(tc.q), fold), index(tc.s, tc.q, fold); got != want {
				t.Errorf("indexBytes(%q, %q, %v) = %d, index says %d", tc.s, tc.q, fold, got, want)
			}
		}
	}
}

// TestJumpsInPortuguese: the place of a match on disk and the count of
// those there read in Portuguese, numbers as Portuguese writes them.
func TestJumpsInPortuguese(t *testing.T) {
	m := newModelIn(t, i18n.PtBR, 80, 24, bigResponse(t))
	m = press(t, m, "/")
	m = typeText(t, m, "needle")
	m = press(t, m, "enter")
	if s := screen(m); !strings.Contains(s, `ocorrência 1/80 "needle"`) || !strings.Contains(s, "78 delas em disco") {
		t.Errorf("the count in Portuguese:\n%s", s)
	}
	m = press(t, m, "N")
	last := int64((bigNeedle-1)*bigEvery+bigFirst) * bigLine42
	want := "em disco, em " + i18n.Bytes(i18n.PtBR, last) + " de 32,0 MB"
	if s := screen(m); !strings.Contains(s, `ocorrência 80/80 "needle"`) || !strings.Contains(s, want) || !strings.Contains(s, needleAt(bigNeedle)) {
		t.Errorf("the last match on disk in Portuguese (want %q):\n%s", want, s)
	}
}

// TestWindowOfALongLine: in a minified body (one line of megabytes) the
// match on disk starts a row of its own, a little context before it, so
// that it shows without wrapping; blank lines before a match are kept.
func TestWindowOfALongLine(t *testing.T) {
	body := items(100_000) // about 3 MB on one line
	q := `"item 0050000"`
	at := int64(strings.Index(body, q))
	lines, line, err := readWindow(strings.NewReader(body), at, len(q), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	if l := lines[line]; !strings.Contains(l[:min(len(l), 60)], q) {
		t.Errorf("the match is not at the start of its row: %q", l[:min(len(l), 80)])
	}
	if n := linesSize(lines); n > spillWindow || line == 0 || line == len(lines)-1 {
		t.Errorf("%d bytes, the match on row %d of %d", n, line, len(lines))
	}

	short := "one\n\n\nneedle\ntwo\n"
	lines, line, err = readWindow(strings.NewReader(short), int64(strings.Index(short, "needle")), 6, int64(len(short)))
	if err != nil || strings.Join(lines, "|") != "one|||needle|two" || line != 3 {
		t.Errorf("readWindow(%q) = %q, line %d, %v", short, lines, line, err)
	}
}
