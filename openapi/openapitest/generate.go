// Package openapitest generates large, real-world-like OpenAPI documents
// for tests and benchmarks.
package openapitest

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Generate returns an OpenAPI 3.0 JSON document shaped like what ASP.NET's
// Swashbuckle emits for a large API: ops operations spread over ops/20
// tags (resources), each with path and query parameters, a description,
// OAuth2 client-credentials scopes (read for GET, write otherwise), a
// JSON body for writes and several responses referring to shared schemas
// of a dozen properties. About 2.6 KB per operation: 2,000 make ~5 MB.
func Generate(ops int) []byte {
	const words = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua "
	resources := max(ops/20, 1)
	paths := map[string]map[string]any{}
	schemas := map[string]any{}
	var tags []map[string]any
	methods := []string{"get", "get", "post", "put", "patch", "delete"}
	for r := 0; r < resources; r++ {
		name := fmt.Sprintf("Recurso%03d", r)
		tags = append(tags, map[string]any{"name": name, "description": "Operações de " + name})
		props := map[string]any{}
		for p := 0; p < 12; p++ {
			t := map[string]any{"type": "string", "description": "Campo " + fmt.Sprint(p) + " de " + name}
			switch p % 4 {
			case 1:
				t = map[string]any{"type": "integer", "format": "int32"}
			case 2:
				t = map[string]any{"type": "string", "format": "date-time", "nullable": true}
			case 3:
				t = map[string]any{"type": "array", "items": map[string]any{"type": "string"}}
			}
			props[fmt.Sprintf("campo%02d", p)] = t
		}
		schemas[name+"Dto"] = map[string]any{"type": "object", "required": []string{"campo00", "campo01"}, "properties": props, "additionalProperties": false}
	}
	schemas["ProblemDetails"] = map[string]any{"type": "object", "properties": map[string]any{
		"type": map[string]any{"type": "string", "nullable": true}, "title": map[string]any{"type": "string", "nullable": true},
		"status": map[string]any{"type": "integer", "format": "int32", "nullable": true}, "detail": map[string]any{"type": "string", "nullable": true}}}
	for i := 0; i < ops; i++ {
		r := i % resources
		res := fmt.Sprintf("Recurso%03d", r)
		method := methods[(i/resources)%len(methods)]
		path := fmt.Sprintf("/api/v1/%s/acao%04d/{id}", strings.ToLower(res), i)
		scope := "api-exemplo-leitura"
		if method != "get" {
			scope = "api-exemplo-escrita"
		}
		ref := map[string]any{"$ref": "#/components/schemas/" + res + "Dto"}
		problem := map[string]any{"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/ProblemDetails"}}}
		op := map[string]any{
			"tags":        []string{res},
			"operationId": fmt.Sprintf("%s_Acao%04d", res, i),
			"summary":     fmt.Sprintf("Ação %d sobre %s", i, res),
			"description": strings.Repeat(words, 3),
			"parameters": []any{
				map[string]any{"name": "id", "in": "path", "required": true, "schema": map[string]any{"type": "string", "format": "uuid"}, "description": "Identificador"},
				map[string]any{"name": "pagina", "in": "query", "schema": map[string]any{"type": "integer", "format": "int32", "default": 1}},
				map[string]any{"name": "tamanho", "in": "query", "schema": map[string]any{"type": "integer", "format": "int32", "default": 20}},
				map[string]any{"name": "X-Correlation-Id", "in": "header", "schema": map[string]any{"type": "string"}},
			},
			"responses": map[string]any{
				"200": map[string]any{"description": "Success", "content": map[string]any{"application/json": map[string]any{"schema": ref}, "text/json": map[string]any{"schema": ref}}},
				"400": map[string]any{"description": "Bad Request", "content": problem},
				"401": map[string]any{"description": "Unauthorized"},
				"403": map[string]any{"description": "Forbidden"},
				"404": map[string]any{"description": "Not Found", "content": problem},
			},
			"security": []any{map[string]any{"oauth2": []string{scope}}},
		}
		if method != "get" && method != "delete" {
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{
				"application/json": map[string]any{"schema": ref}, "text/json": map[string]any{"schema": ref}, "application/*+json": map[string]any{"schema": ref}}}
		}
		if paths[path] == nil {
			paths[path] = map[string]any{}
		}
		paths[path][method] = op
	}
	doc := map[string]any{
		"openapi": "3.0.1",
		"info":    map[string]any{"title": "Exemplo.Api", "version": "v1"},
		"servers": []any{map[string]any{"url": "https://api.example.es.gov.br"}},
		"paths":   paths,
		"tags":    tags,
		"components": map[string]any{
			"schemas": schemas,
			"securitySchemes": map[string]any{"oauth2": map[string]any{"type": "oauth2", "flows": map[string]any{"clientCredentials": map[string]any{
				"tokenUrl": "https://acessocidadao.es.gov.br/is/connect/token",
				"scopes":   map[string]any{"api-exemplo-leitura": "Leitura", "api-exemplo-escrita": "Escrita"}}}}},
		},
	}
	b, _ := json.MarshalIndent(doc, "", " ")
	return b
}
