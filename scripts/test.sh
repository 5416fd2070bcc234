#!/usr/bin/env bash
# npm test: installs what is missing (Chromium, poppler-utils, PostgreSQL, npm dependencies),
# type-checks, checks formatting and lint, then runs the whole suite: pure unit tests, the PDF tests in real Chromium, and
# the Strapi suite on SQLite and on a throwaway PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[dienhinh]\033[0m %s\n' "$*"; }
started=$SECONDS

bash scripts/setup.sh --with-postgres
say "type-checking, formatting (prettier, printWidth 100) and lint (eslint)"
node_modules/.bin/tsc -p tsconfig.json
node_modules/.bin/tsc -p plugins/recognition/tsconfig.json
node_modules/.bin/prettier --check --log-level warn "**/*.{ts,tsx,mts,mjs,cjs,css}" || { say "formatting differs: npx prettier --write \"**/*.{ts,tsx,mts,mjs,cjs,css}\""; exit 1; }
node_modules/.bin/eslint --quiet .
export STRAPI_TELEMETRY_DISABLED=true
# The end-to-end test drives the real admin panel in Chromium, so it needs the built admin.
bash scripts/build-admin.sh
say "running the suite"
# Every Chromium the suite starts must end with the process that started it: those running now
# are noted, and any other still running after the suite fails it.
before=$(mktemp)
node scripts/chromium-processes.mjs list > "$before"
status=0
# A suite that stops moving fails here, naming where it stood (CI prints every test as it ends),
# instead of running into CI's own limit with nothing said.
limit=${DIENHINH_TEST_LIMIT_MINUTES:-75}
timeout --kill-after=60s "${limit}m" node_modules/.bin/vitest run "$@" || status=$?
if [ "$status" = 124 ] || [ "$status" = 137 ]; then
  say "the suite did not finish within $limit minutes: the last test printed above is where it stood"
fi
node scripts/chromium-processes.mjs left "$before" || status=1
rm -f "$before"
[ "$status" = 0 ] || exit "$status"
say "npm test finished in $((SECONDS - started)) s"
