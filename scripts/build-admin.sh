#!/usr/bin/env bash
# Builds the Strapi admin panel and compiles the app, only when their sources (the admin pages and
# the shared core they import included) changed since the last build (a stamp in cms/.tmp). Used
# by npm run demo and by the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[dienhinh]\033[0m %s\n' "$*"; }
stamp_file=cms/.tmp/build-stamp
mkdir -p cms/.tmp
want=$( (cat package-lock.json plugins/recognition/package.json; find cms/src cms/config plugins/recognition/admin/src plugins/recognition/shared -type f -not -path '*/extensions/documentation/*' | sort | xargs cat) | sha256sum | cut -d' ' -f1)
have=$(cat "$stamp_file" 2>/dev/null || true)
if [ "$want" != "$have" ] || [ ! -f cms/dist/build/index.html ]; then
  say "building the admin panel (about a minute)"
  t=$SECONDS
  (cd cms && ../node_modules/.bin/strapi build) >/tmp/dienhinh-build.log 2>&1 || { cat /tmp/dienhinh-build.log; exit 1; }
  # Brotli and gzip beside each file, served as they are by Strapi's static serving (koa-send).
  node scripts/lib/precompress.mjs cms/dist/build
  echo "$want" > "$stamp_file"
  say "admin panel built in $((SECONDS - t)) s"
fi
