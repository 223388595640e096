package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"bluf"
)

// command is one subcommand. Each lives in its own file and registers
// itself in an init function; run parses flags with the command's own
// FlagSet and passes the options in explicitly.
type command struct {
	name  string
	usage string // one line: "report [flags] SOURCE..."
	short string // one line for "bluf help"
	// long is shown by "bluf help NAME" above the flags.
	long string
	// flags declares the command's flags on fs and returns the function
	// that runs it with the remaining arguments.
	flags func(fs *flag.FlagSet) func(ctx context.Context, env *env, args []string) error
}

// env is what a command may use of the process: its standard streams and
// environment, passed in so that tests drive the CLI in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("duplicate command " + c.name)
	}
	commands[c.name] = c
}

// usageError is an error in how the command was called (exit code 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// run is the whole CLI: it returns the process exit code. Errors are
// printed as one line on stderr.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runContext(ctx, args, &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv})
}

func runContext(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		printHelp(e.stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				printCommandHelp(e.stdout, c)
				return 0
			}
			fmt.Fprintf(e.stderr, "bluf: unknown command %q\n", args[1])
			return 2
		}
		printHelp(e.stdout)
		return 0
	case "version", "-version", "--version":
		fmt.Fprintln(e.stdout, "bluf", bluf.Version)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(e.stderr, "bluf: unknown command %q (run 'bluf help')\n", name)
		return 2
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	exec := c.flags(fs)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printCommandHelp(e.stdout, c)
			return 0
		}
		fmt.Fprintf(e.stderr, "bluf %s: %v (run 'bluf help %s')\n", name, err, name)
		return 2
	}
	err := exec(ctx, e, fs.Args())
	return exitCode(e.stderr, name, err)
}

// exitCode prints err as one line and maps it to an exit code: 0 success,
// 1 failure, 2 usage, 130 interrupted.
func exitCode(stderr io.Writer, name string, err error) int {
	if err == nil {
		return 0
	}
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	var ue usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "bluf %s: %s (run 'bluf help %s')\n", name, msg, name)
		return 2
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "bluf %s: interrupted\n", name)
		return 130
	default:
		fmt.Fprintf(stderr, "bluf %s: %s\n", name, msg)
		return 1
	}
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "bluf turns news and analysis into grounded intelligence assessments.")
	fmt.Fprintln(w, "\nUsage: bluf COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].short)
	}
	fmt.Fprintln(w, "\nRun 'bluf help COMMAND' for a command's flags.")
}

func printCommandHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "Usage: bluf %s\n\n%s\n", c.usage, c.short)
	if c.long != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.long))
	}
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	c.flags(fs)
	var any bool
	fs.VisitAll(func(*flag.Flag) { any = true })
	if any {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}
