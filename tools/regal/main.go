// Command regal builds the Regal Rego linter at the version pinned in go.mod, the same way
// tools/opa builds OPA: from the Go module proxy, through a module of our own.
package main

import (
	"errors"
	"log"
	"os"

	"github.com/open-policy-agent/regal/cmd"

	_ "github.com/open-policy-agent/regal/pkg/roast/intern"
)

func main() {
	log.SetFlags(0)
	if err := cmd.RootCommand.Execute(); err != nil {
		code := 1
		if e := (cmd.ExitError{}); errors.As(err, &e) {
			code = e.Code()
		}
		os.Exit(code)
	}
}
