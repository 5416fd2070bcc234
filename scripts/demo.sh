#!/usr/bin/env bash
# npm run demo: sets everything up on a fresh machine and starts the app on SQLite with the
# seeded demo data, then prints where to log in. Running it again reuses the install, the
# build and the data.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
say() { printf '\033[1m[dienhinh]\033[0m %s\n' "$*"; }
started=$SECONDS

bash scripts/setup.sh
node scripts/lib/ensure-env.mjs
node_modules/.bin/tsx scripts/preflight.ts || exit 1

# The admin bundle and the compiled server code are rebuilt only when their sources changed.
bash scripts/build-admin.sh

port=${PORT:-1337}
base="http://localhost:$port"
export DIENHINH_PUBLIC_URL=${DIENHINH_PUBLIC_URL:-$base}
export DIENHINH_DEMO_SEED=true
export NODE_ENV=${NODE_ENV:-production}
# The demo signs with its self-signed demo key on purpose; npm start refuses it (README, Signing).
export DIENHINH_ALLOW_DEMO_KEY=${DIENHINH_ALLOW_DEMO_KEY:-true}
export STRAPI_TELEMETRY_DISABLED=true
rm -f cms/.tmp/demo.json
say "starting Strapi on $base"
(cd cms && exec ../node_modules/.bin/strapi start) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' INT TERM

for _ in $(seq 1 120); do
  if ! kill -0 $server 2>/dev/null; then echo "Strapi dừng khi khởi động (Strapi stopped while starting); xem thông báo ở trên." >&2; exit 1; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/_health" || true)
  [ "$code" = 204 ] && [ -f cms/.tmp/demo.json ] && break
  sleep 0.5
done
serial=$(node -e 'console.log(require(process.argv[1]).serials[0])' "$root/cms/.tmp/demo.json")
accounts=$(node -e '
  const labels = { editor: "Biên tập viên", secretariat: "Thư ký (Công an)", approver: "Người phê duyệt", ministry: "Bộ Công an (Cục V05)", home_affairs: "Sở Nội vụ", unit_officer: "Cán bộ đơn vị", commune_officer: "Cán bộ xã, phường", department_officer: "Cán bộ sở, ban, ngành", council_member: "Thành viên hội đồng" };
  for (const a of require(process.argv[1]).accounts) console.log(`    ${(labels[a.role] + (a.kind === "admin" ? " (admin)" : " (portal)")).padEnd(32)} ${a.email.padEnd(36)} ${a.jurisdictions ? (a.jurisdictions.length ? "tỉnh: " + a.jurisdictions.join(", ") : "toàn quốc, chỉ đọc") : ""}`);
' "$root/cms/.tmp/demo.json")
cat <<BANNER

  dienhinh đang chạy (ready in $((SECONDS - started)) s)
  Admin:    $base/admin   (quản trị đầy đủ: biên tập viên, quản trị hệ thống)
  Desk:     $base/desk    (bàn làm việc, nhẹ: thư ký, người phê duyệt; cùng tài khoản quản trị)
            (lựa chọn đơn vị: pheduyet@dienhinh.local chọn An Cựu ở $base/desk/plugins/recognition/selection?jurisdiction=hue&year=2026)
  Portal:   $base/portal   (cán bộ đơn vị, thành viên hội đồng: canbo.ancuu@dienhinh.local tự chấm và nộp khi được chọn; hoidong1@dienhinh.local chấm Dương Nỗ)
            (cán bộ xã, sở: canbo.thanhthuy@dienhinh.local thấy Dệt May Huế; canbo.sogd@dienhinh.local thấy Quốc Học)
  Account:  ${DEMO_ADMIN_EMAIL:-admin@dienhinh.local} / ${DEMO_ADMIN_PASSWORD:-DienHinh@2026}
  Demo accounts, one per role (password ${DEMO_PASSWORD:-DienHinh@2026}):
$accounts
  API docs: $base/documentation/v1.0.0
  Signing:  ${DIENHINH_SIGN_P12:-self-signed DEMO key cms/.tmp/demo-signing.p12 (no legal value; set DIENHINH_SIGN_P12 for a real one)}
Demo certificate: $base/api/recognition/certificates/$serial/pdf   (kiểm tra: $base/verify/$serial)
    Chữ ký:         curl -so /tmp/gcn.pdf $base/api/recognition/certificates/$serial/pdf && pdfsig /tmp/gcn.pdf
    Ngoại tuyến:    npm run verify -- --fetch --url $base   (một lần, khi có mạng), rồi: npm run verify -- /tmp/gcn.pdf
                    hoặc nội dung mã QR: zbarimg --raw <ảnh chụp> | xargs -0 npm run verify --
    Open Badges 3.0: $base/verify/$serial/credential
  Decisions:        $base/desk/plugins/recognition/decisions?jurisdiction=hue&year=2025   (quyết định đã ban hành, ký số)
  Public register:  $base/cong-nhan/hue/2025   (also .csv, .json)

  Ctrl+C để dừng (to stop).
BANNER
wait $server
