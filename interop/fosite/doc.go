// Package fosite is an interoperability test, in a module of its own so
// that tokentui's go.mod does not carry ory/fosite and its dependencies:
// tokentui's auth client against a provider built from ory/fosite, a
// maintained OAuth2 server library that accepts RFC 7523 client
// assertions (private_key_jwt). Run it with
//
//	cd interop/fosite && go test -race ./...
package fosite
