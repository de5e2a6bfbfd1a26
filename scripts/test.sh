#!/usr/bin/env bash
# `npm test`: every check, in order of speed. Fails on the first failing stage.
#   typecheck → lint (Prettier, ESLint, no import cycles) → unit tests (Vitest, throwaway SQLite
#   or TEST_PG_URL) → next build →
#   API tests over HTTP against the built server → Playwright journeys in Debian's Chromium.
# The build goes to .next-test/ (NEXT_DIST_DIR), never .next/, and the test servers serve it.
# API_TEST_BASE_URL / E2E_BASE_URL point the API and browser tests at servers already running
# (the nginx pass of .ci/run); see tests/support/api-global-setup.ts and playwright.config.ts.
# TEST_STAGES="unit api e2e" limits the stages (used by .ci/run for the PostgreSQL pass);
# with TEST_PG_URL set, the database stages run on fresh PostgreSQL databases on that server.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The test build has its own folder: a developer's `npm start` keeps serving .next/ meanwhile.
export NEXT_DIST_DIR=${NEXT_DIST_DIR:-.next-test}
stages=${TEST_STAGES:-"typecheck lint unit build api e2e"}
has() { [[ " $stages " == *" $1 "* ]]; }
# Each stage's time, so a slow stage shows in the CI log.
t0=$(date +%s)
took() { local now; now=$(date +%s); echo "   ($1: $((now - t0)) s)"; t0=$now; }
trap '[ $? = 0 ] || echo "== a stage failed after $(( $(date +%s) - t0 )) s"' EXIT

if has e2e && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's chromium for the Playwright tests"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
    exit 1
  fi
fi

if has typecheck; then echo "== typecheck"; npx tsc --noEmit; took typecheck; fi
if has lint; then echo "== lint"; npx prettier --check . --log-level warn; npx eslint --max-warnings=0 .; npm run --silent check:cycles; took lint; fi
if has unit; then echo "== unit tests"; npx vitest run --project unit; took unit; fi
if has build; then echo "== next build"; npx next build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }; tail -n 5 .next-build.log; took build; fi
if has api; then echo "== API tests"; npx vitest run --project api; took api; fi
if has e2e; then
  if [ -n "${TEST_PG_URL:-}" ] && [ -z "${E2E_DATABASE_URL:-}" ] && [ -z "${E2E_BASE_URL:-}" ]; then
    # A fresh PostgreSQL database for the journeys, next to the server at TEST_PG_URL.
    E2E_DATABASE_URL=$(node -e '
      const pg = require("pg");
      const name = "campustime_e2e_" + Date.now().toString(36);
      const c = new pg.Client({ connectionString: process.env.TEST_PG_URL });
      c.connect().then(() => c.query(`CREATE DATABASE "${name}"`)).then(() => c.end()).then(() => {
        const u = new URL(process.env.TEST_PG_URL); u.pathname = "/" + name; console.log(u.toString());
      }).catch((e) => { console.error(e.message); process.exit(1); });')
    export E2E_DATABASE_URL
  fi
  echo "== Playwright e2e${E2E_DATABASE_URL:+ (${E2E_DATABASE_URL%%:*})}${E2E_BASE_URL:+ via $E2E_BASE_URL}"
  npx playwright test
  took e2e
fi
echo "== all stages passed: $stages"
