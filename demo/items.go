package demo

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// maxItems bounds the items kept; past it the oldest created ones are dropped.
const maxItems = 1000

// item is one thing in the demo API's list.
type item struct {
	ID        int    `json:"id"`
	Name      string `json:"name"`
	CreatedBy string `json:"created_by"`
	CreatedAt string `json:"created_at"`
}

// itemStore holds the items of one server.
type itemStore struct {
	mu     sync.Mutex
	items  []item
	nextID int
}

func newItemStore() *itemStore {
	st := &itemStore{}
	for _, n := range []string{"first item", "second item", "third item"} {
		st.add(n, "seed", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	}
	return st
}

func (st *itemStore) add(name, by string, at time.Time) item {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.nextID++
	it := item{ID: st.nextID, Name: name, CreatedBy: by, CreatedAt: at.UTC().Format(time.RFC3339)}
	st.items = append(st.items, it)
	if len(st.items) > maxItems {
		st.items = append([]item(nil), st.items[len(st.items)-maxItems:]...)
	}
	return it
}

func (st *itemStore) list() []item {
	st.mu.Lock()
	defer st.mu.Unlock()
	return append([]item{}, st.items...)
}

func (st *itemStore) get(id int) (item, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, it := range st.items {
		if it.ID == id {
			return it, true
		}
	}
	return item{}, false
}

// handleListItems answers the items as a JSON array.
func (s *Server) handleListItems(w http.ResponseWriter, r *http.Request, _ principal) {
	writeJSON(w, http.StatusOK, s.items.list())
}

// handleGetItem answers one item.
func (s *Server) handleGetItem(w http.ResponseWriter, r *http.Request, _ principal) {
	id, err := strconv.Atoi(r.PathValue("id"))
	it, ok := s.items.get(id)
	if err != nil || !ok {
		problem(w, http.StatusNotFound, fmt.Sprintf("there is no item %q", r.PathValue("id")))
		return
	}
	writeJSON(w, http.StatusOK, it)
}

// handleCreateItem creates an item from a JSON body {"name": "…"} and answers 201
// with the item and its Location.
func (s *Server) handleCreateItem(w http.ResponseWriter, r *http.Request, p principal) {
	var in struct {
		Name string `json:"name"`
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	if err := dec.Decode(&in); err != nil {
		var maxErr *http.MaxBytesError
		if errors.As(err, &maxErr) {
			problem(w, http.StatusRequestEntityTooLarge, "the body is larger than 64 KiB")
			return
		}
		problem(w, http.StatusBadRequest, `the body must be a JSON object like {"name": "my item"}: `+err.Error())
		return
	}
	in.Name = strings.TrimSpace(in.Name)
	if in.Name == "" || len(in.Name) > 200 {
		problem(w, http.StatusBadRequest, `"name" is required, up to 200 characters`)
		return
	}
	it := s.items.add(in.Name, p.clientID, s.now())
	w.Header().Set("Location", APIPath+"items/"+strconv.Itoa(it.ID))
	writeJSON(w, http.StatusCreated, it)
}
