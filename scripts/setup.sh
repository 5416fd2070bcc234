#!/usr/bin/env bash
# Installs what dienhinh needs on a fresh Debian machine of this kind: Chromium, poppler-utils,
# qpdf, NSS's tools, SoftHSM2 and zbar-tools (and PostgreSQL with --with-postgres) through apt when running as root, the npm dependencies
# from the committed lockfile when they changed, and the plugin's server build.
set -euo pipefail
cd "$(dirname "$0")/.."

with_postgres=0
for arg in "$@"; do
  case "$arg" in
    --with-postgres) with_postgres=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[dienhinh]\033[0m %s\n' "$*"; }

# 1. System packages.
missing=()
chromium_path="${DIENHINH_CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 || missing+=(poppler-utils)
# Independent checks of the signed PDFs: qpdf's structure check and NSS's certutil (pdfsig's trust store).
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v certutil >/dev/null 2>&1 || missing+=(libnss3-tools)
# A real PKCS#11 token for the signing tests (SoftHSM2), and a QR reader to decode printed certificates.
[ -e /usr/lib/softhsm/libsofthsm2.so ] || missing+=(softhsm2)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
if [ "$with_postgres" = 1 ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
# GNU time: bench:backup reads each command's peak memory from it.
if [ "$with_postgres" = 1 ] && [ ! -x /usr/bin/time ]; then missing+=(time); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing system packages: ${missing[*]} (apt)"
    start=$SECONDS
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    say "system packages installed in $((SECONDS - start)) s"
  else
    echo "Thiếu gói hệ thống (missing system packages): ${missing[*]}" >&2
    echo "Cài đặt rồi chạy lại (install them, then run again): sudo apt-get install -y ${missing[*]}" >&2
    if [[ " ${missing[*]} " == *" chromium "* ]]; then
      echo "Hoặc đặt DIENHINH_CHROMIUM_PATH tới một Chromium đã cài (or point DIENHINH_CHROMIUM_PATH at an installed Chromium)." >&2
    fi
    exit 1
  fi
fi

# 2. npm dependencies, only when package.json or the lockfile changed since the last install.
export PUPPETEER_SKIP_DOWNLOAD=true
[ -d /usr/include/node ] && export npm_config_nodedir=/usr
stamp_file=node_modules/.dienhinh-install-stamp
want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
have=$(cat "$stamp_file" 2>/dev/null || true)
if [ "$want" != "$have" ] || [ ! -d node_modules/@strapi/strapi ]; then
  say "installing npm dependencies from package-lock.json (first time: about 3 minutes)"
  start=$SECONDS
  # npm ci refuses this lockfile here (other platforms' optional packages are absent from the
  # registry); npm install with the committed lockfile installs the same versions.
  npm install --no-audit --no-fund --loglevel=error
  # The install may rewrite the lockfile's formatting; the stamp is taken after it.
  cat package.json package-lock.json | sha256sum | cut -d' ' -f1 > "$stamp_file"
  say "npm dependencies installed in $((SECONDS - start)) s"
fi

# 3. The plugin's server code (TypeScript, bundled with esbuild; well under a second).
node scripts/build.mjs >/dev/null

# 4. The portal and the staff desk (React, built with Vite; seconds, skipped when their sources did not change).
node scripts/build-portal.mjs
