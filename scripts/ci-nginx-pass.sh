#!/usr/bin/env bash
# The scale-out pass of .ci/run: PostgreSQL (TEST_PG_URL), two app instances started at once
# (`npm start` each: one migrates and seeds, the other waits), nginx from Debian's package in
# front of them (deploy/nginx.conf, round-robin), then the API tests and the Playwright journeys
# THROUGH nginx, with the cross-instance tests reaching each instance directly.
# Expects the test build (.next-test, from `npm test`). Env: TEST_PG_URL (required),
# NGINX_PORT (3350), INSTANCE_PORTS ("3351 3352").
set -euo pipefail
cd "$(dirname "$0")/.."
pass_start=$(date +%s)
: "${TEST_PG_URL:?TEST_PG_URL must point at a PostgreSQL server}"
export NEXT_DIST_DIR=${NEXT_DIST_DIR:-.next-test} NEXT_TELEMETRY_DISABLED=1
NGINX_PORT=${NGINX_PORT:-3350}
read -r -a PORTS <<< "${INSTANCE_PORTS:-3351 3352}"
[ -f "$NEXT_DIST_DIR/BUILD_ID" ] || { echo "no build in $NEXT_DIST_DIR (npm test builds it)" >&2; exit 1; }

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "== apt-get install nginx"
  apt-get update -qq >/dev/null && RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/campustime-nginx-XXXXXX)
mkdir -p "$work"/{client_body,proxy,fastcgi,uwsgi,scgi}
# Started as root, nginx's workers run as nobody: they buffer request bodies in these folders.
chmod 755 "$work"
chmod 777 "$work"/{client_body,proxy,fastcgi,uwsgi,scgi}
# The same secret on every instance: sessions and tokens signed by one are valid on all.
export AUTH_SECRET=campustime-test-secret-0123456789abcdefghij
# Photos must be shared by the instances: the database-backed store (local disk is per machine).
export PHOTO_STORAGE=database
# Two trusted hops: nginx, and the test client, which stands in for the clients of many addresses
# (rate-limits.test.ts gives each case its own X-Forwarded-For). Requests that send none still
# count as 127.0.0.1, as on the single test server (TRUST_PROXY=1, no proxy) of the other passes.
export TRUST_PROXY=2
# The suites that are not about 학교 인증 count every account as a verified student; the
# verification tests start servers of their own with `required` (docs/DECISIONS.md, "학교 인증").
export SCHOOL_VERIFICATION=off
# Mail goes to an SMTP server on loopback that the tests start themselves on this port (the API
# suite's global setup, the journeys' mail spec); links are built from nginx's address.
SMTP_PORT=${TEST_SMTP_PORT:-$((NGINX_PORT + 9))}
export SMTP_URL=smtp://127.0.0.1:$SMTP_PORT
# The API tests' own push services listen on 127.0.0.1 and 127.0.0.2 (tests/api/push.test.ts); the
# browsers' services stay listed, as in tests/support/test-db.ts.
export PUSH_ENDPOINT_HOSTS="127.0.0.1,127.0.0.2,fcm.googleapis.com,updates.push.services.mozilla.com,web.push.apple.com,*.notify.windows.com"
pids=()
nginx_pid=""
dbs=()

drop_dbs() {
  [ ${#dbs[@]} -gt 0 ] || return 0
  node -e '
    const pg = require("pg");
    const c = new pg.Client({ connectionString: process.env.TEST_PG_URL });
    c.connect().then(async () => { for (const n of process.argv.slice(1)) await c.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`); await c.end(); })
      .catch((e) => { console.error(e.message); process.exit(1); });' "${dbs[@]}" || true
}

new_db() {
  node -e '
    const pg = require("pg");
    const name = process.argv[1] + "_" + Date.now().toString(36);
    const c = new pg.Client({ connectionString: process.env.TEST_PG_URL });
    c.connect().then(() => c.query(`CREATE DATABASE "${name}"`)).then(() => c.end()).then(() => {
      const u = new URL(process.env.TEST_PG_URL); u.pathname = "/" + name; console.log(u.toString());
    }).catch((e) => { console.error(e.message); process.exit(1); });' "$1"
}

start_instances() { # $1 = database URL; both at once, as a deploy would
  pids=()
  for i in "${!PORTS[@]}"; do
    mkdir -p "$work/uploads-$i"
    PORT=${PORTS[$i]} HOSTNAME=127.0.0.1 WEB_CONCURRENCY=1 DATABASE_URL=$1 SKIP_BUILD=1 APP_URL=$nginx_url \
      UPLOAD_DIR="$work/uploads-$i" LOG_LEVEL=warn node scripts/start.mjs >"$work/instance-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in "${!PORTS[@]}"; do
    for _ in $(seq 1 600); do
      if curl -fsS "http://127.0.0.1:${PORTS[$i]}/api/v1/health/ready" >/dev/null 2>&1; then break; fi
      if ! kill -0 "${pids[$i]}" 2>/dev/null; then cat "$work/instance-$i.log"; echo "instance $i died" >&2; exit 1; fi
      sleep 0.5
    done
    curl -fsS "http://127.0.0.1:${PORTS[$i]}/api/v1/health/ready" >/dev/null || { cat "$work/instance-$i.log"; exit 1; }
  done
  echo "   instances ready on ${PORTS[*]}; migrated by: $(grep -l 'Applied:' "$work"/instance-*.log | xargs -n1 basename | tr '\n' ' ')"
}

stop_instances() { # SIGTERM each and require a clean exit 0
  local failed=0
  for i in "${!pids[@]}"; do kill -TERM "${pids[$i]}" 2>/dev/null || true; done
  for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then echo "instance $i did not exit 0 on SIGTERM" >&2; tail -n 20 "$work/instance-$i.log" >&2; failed=1; fi
  done
  pids=()
  return $failed
}

cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  drop_dbs
  rm -rf "$work"
}
trap cleanup EXIT

upstreams=""
for p in "${PORTS[@]}"; do upstreams+="    server 127.0.0.1:$p max_fails=1 fail_timeout=2s;"$'\n'; done
sed -e "s#@PREFIX@#$work#g" -e "s#@LISTEN@#127.0.0.1:$NGINX_PORT#g" deploy/nginx.conf \
  | awk -v ups="$upstreams" '{ if ($0 == "@UPSTREAMS@") printf "%s", ups; else print }' > "$work/nginx.conf"
"$NGINX" -t -q -c "$work/nginx.conf" -g 'daemon off;' 2>&1 | grep -v "could not open error log" >&2 || true
"$NGINX" -c "$work/nginx.conf" -g 'daemon off;' 2>"$work/nginx.stderr" &
nginx_pid=$!
nginx_url="http://127.0.0.1:$NGINX_PORT"
instance_urls=$(printf 'http://127.0.0.1:%s,' "${PORTS[@]}"); instance_urls=${instance_urls%,}

echo "== API tests through nginx ($nginx_url → ${PORTS[*]}, PostgreSQL)"
api_db=$(new_db campustime_nginx_api); dbs+=("${api_db##*/}")
start_instances "$api_db"
# Both suites run even when the first fails (one CI run shows everything); the exit code tells.
status=0
API_TEST_BASE_URL=$nginx_url API_TEST_INSTANCE_URLS=$instance_urls API_TEST_DATABASE_URL=$api_db \
  API_TEST_SMTP_PORT=$SMTP_PORT TEST_STAGES="api" bash scripts/test.sh || status=1
# Round-robin really happened: every instance answered requests that came through nginx.
for p in "${PORTS[@]}"; do
  n=$(grep -c "upstream=127.0.0.1:$p\b" "$work/access.log" || true)
  echo "   through nginx to :$p: $n requests"
  [ "$n" -gt 0 ] || { echo "nginx sent nothing to :$p" >&2; exit 1; }
done
stop_instances

echo "== Playwright journeys through nginx (fresh PostgreSQL database)"
e2e_db=$(new_db campustime_nginx_e2e); dbs+=("${e2e_db##*/}")
start_instances "$e2e_db"
E2E_BASE_URL=$nginx_url E2E_SMTP_PORT=$SMTP_PORT TEST_STAGES="e2e" bash scripts/test.sh || status=1
stop_instances
echo "== nginx pass: both instances stopped cleanly on SIGTERM"
echo "== nginx pass finished in $(( $(date +%s) - pass_start )) s ($([ $status = 0 ] && echo green || echo FAILED))"
exit $status
