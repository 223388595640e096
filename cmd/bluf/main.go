// Command bluf turns open-source news and analysis into grounded,
// structured intelligence assessments. Run "bluf help" for the commands.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
