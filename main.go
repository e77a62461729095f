// Command tokentui explores OAuth2 client-credentials tokens and the APIs
// they open. Everything but starting lives in package cli.
package main

import (
	"os"

	"tokentui/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
