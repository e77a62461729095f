package demo

import (
	"encoding/json"
	"net/http"
	"strings"
)

// OpenAPIPath is where the API's OpenAPI 3.1 document is served, relative
// to the issuer: under the API base, at the usual /openapi.json.
const OpenAPIPath = APIPath + "openapi.json"

// handleOpenAPI serves the demo API's OpenAPI 3.1 document: an OAuth2
// client-credentials scheme with the sandbox's token URL, demo.read on
// reads and demo.write on writes. It is public, as most documents are.
func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET, HEAD")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write([]byte(s.openAPIDocument()))
}

// openAPIDocument is the document with this server's URLs in it.
func (s *Server) openAPIDocument() string { return OpenAPIDocument(s.APIURL, s.TokenURL) }

// OpenAPIDocument is the sandbox API's OpenAPI 3.1 document for an API
// base and a token URL, for tests that need it without a server.
func OpenAPIDocument(apiURL, tokenURL string) string {
	quote := func(v string) string { b, _ := json.Marshal(v); return string(b) }
	return strings.NewReplacer(
		`"{{API_URL}}"`, quote(strings.TrimRight(apiURL, "/")),
		`"{{TOKEN_URL}}"`, quote(tokenURL),
	).Replace(openAPITemplate)
}

// openAPITemplate is the document; the server fills in its URLs.
const openAPITemplate = `{
  "openapi": "3.1.0",
  "info": {
    "title": "tokentui sandbox API",
    "version": "1.0.0",
    "description": "The demo API of tokentui's sandbox. Reads need the scope demo.read, writes demo.write; every operation needs a token from the sandbox's client-credentials flow."
  },
  "servers": [{"url": "{{API_URL}}"}],
  "tags": [
    {"name": "items", "description": "A list of things to read and add"},
    {"name": "identity", "description": "Who the token says you are"},
    {"name": "testing", "description": "Slow and large answers, to try the client"}
  ],
  "security": [{"sandbox": []}],
  "paths": {
    "/me": {
      "get": {
        "operationId": "getMe",
        "tags": ["identity"],
        "summary": "Who the token says you are",
        "description": "Answers the token's client, scopes, issuer and times. Any valid token will do: no scope is needed.",
        "responses": {
          "200": {"description": "The token's claims", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/items": {
      "get": {
        "operationId": "listItems",
        "tags": ["items"],
        "summary": "List the items",
        "security": [{"sandbox": ["demo.read"]}],
        "responses": {
          "200": {"description": "Every item, oldest first", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"}
        }
      },
      "post": {
        "operationId": "createItem",
        "tags": ["items"],
        "summary": "Add an item",
        "description": "Creates an item named by the body and answers it with its Location. Needs demo.write, which only the client demo-client is granted.",
        "security": [{"sandbox": ["demo.write"]}],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewItem"}}}
        },
        "responses": {
          "201": {"description": "The item created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "413": {"description": "The body is larger than 64 KiB", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
        }
      }
    },
    "/items/{id}": {
      "get": {
        "operationId": "getItem",
        "tags": ["items"],
        "summary": "Read one item",
        "security": [{"sandbox": ["demo.read"]}],
        "parameters": [{"name": "id", "in": "path", "required": true, "description": "The item's id", "schema": {"type": "integer", "minimum": 1}, "example": 1}],
        "responses": {
          "200": {"description": "The item", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
          "401": {"$ref": "#/components/responses/Unauthorized"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"description": "There is no such item", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
        }
      }
    },
    "/slow": {
      "get": {
        "operationId": "getSlow",
        "tags": ["testing"],
        "summary": "Answer after a while",
        "parameters": [{"name": "ms", "in": "query", "description": "How long to wait, in milliseconds (default 1000)", "schema": {"type": "integer", "minimum": 0, "maximum": 60000}, "example": 2000}],
        "responses": {
          "200": {"description": "How long it waited", "content": {"application/json": {"schema": {"type": "object", "required": ["waited_ms"], "properties": {"waited_ms": {"type": "integer"}}}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    },
    "/large": {
      "get": {
        "operationId": "getLarge",
        "tags": ["testing"],
        "summary": "A large JSON array",
        "parameters": [{"name": "n", "in": "query", "description": "How many items (default 1000, at most 5000000)", "schema": {"type": "integer", "minimum": 0, "maximum": 5000000}, "example": 1000}],
        "responses": {
          "200": {"description": "n items", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "401": {"$ref": "#/components/responses/Unauthorized"}
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "sandbox": {
        "type": "oauth2",
        "description": "The sandbox's client-credentials flow",
        "flows": {
          "clientCredentials": {
            "tokenUrl": "{{TOKEN_URL}}",
            "scopes": {"demo.read": "Read the items", "demo.write": "Add items"}
          }
        }
      }
    },
    "responses": {
      "BadRequest": {"description": "The request is malformed", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
      "Unauthorized": {"description": "No token, or an invalid or expired one (WWW-Authenticate says which)"},
      "Forbidden": {"description": "The token lacks the scope the operation needs (insufficient_scope)"}
    },
    "schemas": {
      "Item": {
        "type": "object",
        "required": ["id", "name", "created_by", "created_at"],
        "properties": {
          "id": {"type": "integer", "minimum": 1},
          "name": {"type": "string", "maxLength": 200},
          "created_by": {"type": "string", "description": "The client that created it"},
          "created_at": {"type": "string", "format": "date-time"}
        }
      },
      "NewItem": {
        "type": "object",
        "required": ["name"],
        "properties": {
          "name": {"type": "string", "minLength": 1, "maxLength": 200, "example": "my item"}
        }
      },
      "Me": {
        "type": "object",
        "required": ["client_id", "scopes", "issuer"],
        "properties": {
          "client_id": {"type": "string"},
          "scopes": {"type": "array", "items": {"type": "string"}},
          "issuer": {"type": "string"},
          "audience": {"type": "string"},
          "jti": {"type": "string"},
          "issued_at": {"type": "string", "format": "date-time"},
          "expires_at": {"type": "string", "format": "date-time"},
          "expires_in": {"type": "integer"}
        }
      },
      "Problem": {
        "type": "object",
        "properties": {
          "title": {"type": "string"},
          "status": {"type": "integer"},
          "detail": {"type": "string"}
        }
      }
    }
  }
}
`
