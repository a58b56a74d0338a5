// Command opa builds the Open Policy Agent server at the version pinned in go.mod.
//
// `go install github.com/open-policy-agent/opa@vX` refuses modules whose go.mod has replace
// directives, so we build OPA's command package from a module of our own instead.
package main

import (
	"os"

	"github.com/open-policy-agent/opa/cmd"
)

func main() {
	if err := cmd.RootCommand.Execute(); err != nil {
		os.Exit(1)
	}
}
