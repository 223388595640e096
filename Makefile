# Common tasks. Everything here is plain `go` underneath; see README.md.
GO ?= go
PKGS ?= ./...

.PHONY: build test race bench fuzz golden ci example clean

build: ## static binary in ./bin/bluf
	CGO_ENABLED=0 $(GO) build -trimpath -o bin/bluf ./cmd/bluf

example: build
	./bin/bluf report examples/sahel-corridor.txt

test:
	$(GO) test $(PKGS)

race:
	$(GO) test -race -count=1 $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

fuzz: ## run each fuzz target for FUZZTIME (default 20s)
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $${FUZZTIME:-20s} $$pkg || exit 1; \
	  done; \
	done

golden: ## refresh golden files after a reviewed change
	$(GO) test ./cmd/bluf ./report -run Golden -update

ci:
	bash .ci/run

clean:
	rm -rf bin
