#!/usr/bin/env bash
# npm start: the server for real use (no demo data): installs what is missing, checks the
# configuration, builds what changed, then runs Strapi in the foreground. On PostgreSQL it also
# takes jobs from the shared queue unless DIENHINH_WORKER=off (README, "Several nodes").
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node scripts/lib/ensure-env.mjs
node_modules/.bin/tsx scripts/preflight.ts pipeline port database signing demo-passwords || exit 1
bash scripts/build-admin.sh
export NODE_ENV=${NODE_ENV:-production}
export STRAPI_TELEMETRY_DISABLED=true
cd cms && exec ../node_modules/.bin/strapi start
