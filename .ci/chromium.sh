#!/bin/sh
# chromium.sh installs Debian's chromium for the browser end-to-end test of
# package server (when it is missing) and prints the variable that points
# the test at it. Idempotent; .ci/run evals its output:
#
#	eval "$(.ci/chromium.sh)"
set -eu

find_chromium() {
	for c in "${BLUF_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
		if [ -n "$c" ] && [ -x "$c" ]; then
			echo "$c"
			return 0
		fi
	done
	return 1
}

if ! bin=$(find_chromium); then
	sudo=
	if [ "$(id -u)" -ne 0 ]; then
		sudo=sudo
	fi
	# Progress goes to stderr so that stdout stays evaluable.
	$sudo apt-get update >&2
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium >&2
	bin=$(find_chromium) || {
		echo "chromium.sh: chromium not found after install" >&2
		exit 1
	}
fi
echo "export BLUF_CHROMIUM=$bin"
