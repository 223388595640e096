#!/bin/sh
# postgres.sh installs PostgreSQL from Debian packages when it is missing,
# runs a private server on 127.0.0.1 for the store test suite, creates its
# database and prints the variable that points the tests at it.
# Idempotent: a second run reuses the running server. .ci/run evals its
# output:
#
#	eval "$(.ci/postgres.sh)"
#
# Settings (environment): BLUF_PG_DIR (data directory, default
# /tmp/bluf-postgres), BLUF_PG_PORT (default 54329), BLUF_PG_DB (default
# bluf_test). The server trusts loopback connections only: it is for
# tests, not for data.
set -eu

dir=${BLUF_PG_DIR:-/tmp/bluf-postgres}
port=${BLUF_PG_PORT:-54329}
db=${BLUF_PG_DB:-bluf_test}
log() { echo "postgres.sh: $*" >&2; }

find_bin() {
	for d in /usr/lib/postgresql/*/bin; do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
			echo "$d"
		fi
	done | sort -V | tail -n 1
}

bin=$(find_bin)
if [ -z "$bin" ]; then
	sudo=
	if [ "$(id -u)" -ne 0 ]; then
		sudo=sudo
	fi
	log "installing postgresql"
	$sudo apt-get update >&2
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends postgresql >&2
	bin=$(find_bin)
	if [ -z "$bin" ]; then
		log "initdb not found after installing postgresql"
		exit 1
	fi
fi

# The server refuses to run as root: run it as the postgres user when we
# are root, as ourselves otherwise.
as() { "$@"; }
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
	user=postgres
	if ! id postgres >/dev/null 2>&1; then
		useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
	fi
	as() { runuser -u postgres -- "$@"; }
fi

if [ ! -s "$dir/PG_VERSION" ]; then
	log "initialising $dir"
	mkdir -p "$dir"
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres "$dir"
	fi
	chmod 700 "$dir"
	as "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
	log "starting the server on 127.0.0.1:$port"
	# The socket goes into the data directory: /var/run/postgresql may not
	# exist or belong to us.
	as "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >&2 || {
		log "server failed to start; its log:"
		tail -n 30 "$dir/server.log" >&2 || true
		exit 1
	}
fi

psql() { as "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres "$@"; }
i=0
until psql -d postgres -c 'SELECT 1' >/dev/null 2>&1; do
	i=$((i + 1))
	if [ "$i" -gt 60 ]; then
		log "server not answering on 127.0.0.1:$port"
		exit 1
	fi
	sleep 1
done
if [ "$(psql -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
	log "creating database $db"
	psql -d postgres -c "CREATE DATABASE $db" >&2
fi
echo "export BLUF_TEST_POSTGRES=postgres://postgres@127.0.0.1:$port/$db?sslmode=disable"
