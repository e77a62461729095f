package response

import (
	"strings"
	"unicode"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// SearchedMsg carries the lines of the body that hold the query.
type SearchedMsg struct {
	ID      string
	Gen     int
	Query   string
	Matches []int // line indexes, ascending
}

// searchCmd finds the lines holding query (smart case: ignoring ASCII case
// unless the query has an upper-case letter).
func searchCmd(id string, gen int, lines []string, query string) tea.Cmd {
	return func() tea.Msg {
		fold := !hasUpper(query)
		var found []int
		for i, l := range lines {
			if index(l, query, fold) >= 0 {
				found = append(found, i)
			}
		}
		return SearchedMsg{ID: id, Gen: gen, Query: query, Matches: found}
	}
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// index is strings.Index, ignoring ASCII case when fold is set.
func index(s, q string, fold bool) int {
	if !fold {
		return strings.Index(s, q)
	}
	if q == "" {
		return 0
	}
	first := lower(q[0])
	for i := 0; i+len(q) <= len(s); i++ {
		if lower(s[i]) != first {
			continue
		}
		j := 1
		for j < len(q) && lower(s[i+j]) == lower(q[j]) {
			j++
		}
		if j == len(q) {
			return i
		}
	}
	return -1
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// matchRanges lists the byte ranges of every non-overlapping match of q in s.
func matchRanges(s, q string, fold bool) [][2]int {
	if q == "" {
		return nil
	}
	var out [][2]int
	for off := 0; off <= len(s); {
		i := index(s[off:], q, fold)
		if i < 0 {
			break
		}
		out = append(out, [2]int{off + i, off + i + len(q)})
		off += i + len(q)
	}
	return out
}

// markRanges wraps byte ranges of the text of line (ranges count text bytes
// only, not the SGR sequences line may hold) in on…off, re-applying the
// line's own colour after each match and the match style after any SGR
// inside a match.
func markRanges(line string, ranges [][2]int, on, off string) string {
	if len(ranges) == 0 || (on == "" && off == "") {
		return line
	}
	var b strings.Builder
	b.Grow(len(line) + len(ranges)*(len(on)+len(off)+16))
	cur := ""   // SGR in effect since the last reset
	pos := 0    // text bytes seen
	r := 0      // next range
	in := false // inside a match
	for i := 0; i < len(line); {
		if line[i] == 0x1b {
			j := i + 1
			for j < len(line) && !(line[j] >= 0x40 && line[j] <= 0x7e && j > i+1) {
				j++
			}
			if j < len(line) {
				j++
			}
			seq := line[i:j]
			b.WriteString(seq)
			if seq == "\x1b[0m" || seq == "\x1b[m" {
				cur = ""
			} else {
				cur += seq
			}
			if in {
				b.WriteString(on)
			}
			i = j
			continue
		}
		if !in && r < len(ranges) && pos == ranges[r][0] {
			b.WriteString(on)
			in = true
		}
		b.WriteByte(line[i])
		i++
		pos++
		if in && pos == ranges[r][1] {
			b.WriteString(off)
			b.WriteString(cur)
			in = false
			r++
		}
	}
	if in {
		b.WriteString(off)
	}
	return b.String()
}

// searchParts say where the search is: the current match and how many
// there are ("37/120+" while the part on disk is still being searched),
// how far that search got, and a move to a match on disk under way.
func (m Model) searchParts() []string {
	if m.query == "" {
		return nil
	}
	if m.searching {
		return []string{m.T(i18n.ResponseSearching)}
	}
	var parts []string
	sp := m.spill
	total := m.matchCount()
	if total > 0 || sp.scanning() {
		cur, all := "–", i18n.Number(m.Lang, int64(total))
		if m.current >= 0 {
			cur = i18n.Number(m.Lang, int64(m.current+1))
		}
		if sp.scanning() {
			all += "+"
		}
		parts = append(parts, m.T(i18n.ResponseMatch, cur, all, m.query))
	}
	if j := m.jump; j != nil {
		if j.wait {
			parts = append(parts, m.T(i18n.ResponseSpillWaiting))
		} else {
			parts = append(parts, m.T(i18n.ResponseSpillFinding, i18n.Number(m.Lang, int64(j.target+1))))
		}
	}
	if sp != nil { // the part of the body on disk only
		switch {
		case !sp.done:
			pct := int(100 * sp.offset / max(sp.total, 1))
			parts = append(parts, m.T(i18n.ResponseSpillSearching, pct))
		case sp.err != nil:
			parts = append(parts, m.T(i18n.ResponseSpillFailed, inert.String(sp.err.Error())))
		case total == 0:
			parts = append(parts, m.T(i18n.ResponseSpillNone, m.query))
		case sp.count > 0 && m.win == nil:
			parts = append(parts, i18n.N(m.Lang, sp.count, i18n.ResponseSpillOne, i18n.ResponseSpillMany))
		}
	}
	return parts
}
