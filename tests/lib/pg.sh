# Throwaway PostgreSQL servers for tests, the demo and benchmarks. Source this file.
#   pg_start DIR  -> initdb into DIR, start on a free 127.0.0.1 port; exports PGPORT_TEST,
#                    PGHOST_TEST, DATABASE_URL (password auth over TCP, as a client would use)
#   pg_stop DIR   -> fast shutdown (idempotent)
#   pg_psql ARGS  -> psql as the superuser over the Unix socket of the running server
# The server runs as the `postgres` OS user when we are root (initdb refuses root).

PG_TEST_PASSWORD=${PG_TEST_PASSWORD:-mcpdb-test-pw}

pg_bindir() {
	local d
	for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
	echo "no PostgreSQL server binaries (apt-get install postgresql)" >&2
	return 1
}

pg_as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

pg_start() {
	local dir=$1 bin port
	bin=$(pg_bindir) || return 1
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir" && chmod 700 "$dir"
	printf '%s\n' "$PG_TEST_PASSWORD" > "$dir.pw"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir.pw"
	pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust \
		--auth-host=scram-sha-256 --pwfile="$dir.pw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; return 1; }
	rm -f "$dir.pw"
	port=$(pg_free_port)
	mkdir -p "$dir/sock"; [ "$(id -u)" = 0 ] && chown postgres: "$dir/sock"
	pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
		-o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=100" \
		start >/dev/null || { cat "$dir/server.log" >&2; return 1; }
	export PGPORT_TEST=$port PGHOST_TEST=127.0.0.1 PGSOCK_TEST=$dir/sock PGDATA_TEST=$dir/data
	export DATABASE_URL="postgresql://postgres:$PG_TEST_PASSWORD@127.0.0.1:$port/postgres"
}

pg_stop() {
	local dir=$1 bin
	[ -f "$dir/data/postmaster.pid" ] || return 0
	bin=$(pg_bindir) || return 1
	pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_restart [restart|stop|start] -> the running test server ($PGDATA_TEST) with the same port and
# options, for reconnect tests; `start` after `stop` reuses the saved options (pg_ctl restart).
pg_restart() {
	local bin
	bin=$(pg_bindir) || return 1
	case ${1:-restart} in
	stop) pg_as_owner "$bin/pg_ctl" -D "$PGDATA_TEST" -m fast -w stop >/dev/null 2>&1 ;;
	*) pg_as_owner "$bin/pg_ctl" -D "$PGDATA_TEST" -m fast -w -t 30 -l "$PGDATA_TEST/../server.log" restart >/dev/null 2>&1 ;;
	esac
}

pg_psql() {
	psql -X -q -v ON_ERROR_STOP=1 -h "$PGSOCK_TEST" -p "$PGPORT_TEST" -U postgres "$@"
}
