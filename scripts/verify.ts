// npm run verify -- <giay-chung-nhan.pdf | nội dung mã QR>: checks a certificate with no server.
// A PDF's QR code is read from its first page (pdftoppm, then zbarimg) and its signature checked
// (with --trust <root.pem> and --crl <crl.pem> against those, as of its timestamp); a QR text is
// checked against the kept public keys and revocation lists. `--fetch` (when online) refreshes
// them from DIENHINH_PUBLIC_URL into the cache (DIENHINH_VERIFY_CACHE, default ~/.cache/dienhinh).
// Exit code 0: valid; 1: revoked, invalid or not checkable; 2: wrong use.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkQrText } from '../pipeline/src/credentials';
import { qrOfPdf, validatePdfSignature } from '../pipeline/src/validate';
import type { PublicJwk } from '../pipeline/src/credentials';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    fetch: { type: 'boolean' },
    trust: { type: 'string', multiple: true },
    crl: { type: 'string', multiple: true },
    url: { type: 'string' },
  },
});
const cacheDir = process.env.DIENHINH_VERIFY_CACHE ?? path.join(os.homedir(), '.cache', 'dienhinh');
const baseUrl = (values.url ?? process.env.DIENHINH_PUBLIC_URL ?? 'http://localhost:1337').replace(
  /\/+$/,
  '',
);

async function refresh(): Promise<void> {
  fs.mkdirSync(path.join(cacheDir, 'status'), { recursive: true });
  const res = await fetch(`${baseUrl}/verify/keys.json`);
  if (!res.ok) throw new Error(`${baseUrl}/verify/keys.json trả lời ${res.status}`);
  const jwks = (await res.json()) as { keys: PublicJwk[] };
  fs.writeFileSync(path.join(cacheDir, 'keys.json'), JSON.stringify(jwks));
  for (const k of jwks.keys) {
    const list = await fetch(`${baseUrl}/verify/status/${k.iss}`);
    if (list.ok) fs.writeFileSync(path.join(cacheDir, 'status', `${k.iss}.jwt`), await list.text());
  }
  console.log(
    `✓ Đã lưu ${jwks.keys.length} khóa công khai và danh sách thu hồi từ ${baseUrl} vào ${cacheDir}.`,
  );
}

function kept(): { keys: PublicJwk[]; lists: Record<string, string> } {
  const keysFile = path.join(cacheDir, 'keys.json');
  if (!fs.existsSync(keysFile))
    throw new Error(
      `Chưa có khóa công khai trong ${cacheDir}: chạy "npm run verify -- --fetch" một lần khi có mạng.`,
    );
  const statusDir = path.join(cacheDir, 'status');
  const lists = fs.existsSync(statusDir)
    ? Object.fromEntries(
        fs
          .readdirSync(statusDir)
          .map((f) => [f.replace(/\.jwt$/, ''), fs.readFileSync(path.join(statusDir, f), 'utf8')]),
      )
    : {};
  return {
    keys: (JSON.parse(fs.readFileSync(keysFile, 'utf8')) as { keys: PublicJwk[] }).keys,
    lists,
  };
}

/** The QR code printed on the PDF's first page, as zbarimg reads it. */
function qrOfFile(file: string): string {
  try {
    return qrOfPdf(fs.readFileSync(file));
  } catch {
    throw new Error(
      `Không đọc được mã QR trên trang đầu của ${file} (cần pdftoppm và zbarimg: npm run setup).`,
    );
  }
}

async function main(): Promise<number> {
  if (values.fetch) await refresh();
  const [input] = positionals;
  if (!input) {
    if (values.fetch) return 0;
    console.error(
      'Cách dùng: npm run verify -- [--fetch] [--trust goc.pem] [--crl ds-thu-hoi.pem] <giay-chung-nhan.pdf | nội dung mã QR>',
    );
    return 2;
  }
  let ok = true;
  let qrText = input;
  if (fs.existsSync(input) && input.toLowerCase().endsWith('.pdf')) {
    const pdf = fs.readFileSync(input);
    const roots = (values.trust ?? []).map((f) => fs.readFileSync(f));
    const sig = await validatePdfSignature(pdf, {
      roots,
      crls: (values.crl ?? []).map((f) => fs.readFileSync(f)),
    });
    console.log(
      `Chữ ký số của tệp: ${sig.intact ? 'nguyên vẹn' : 'KHÔNG HỢP LỆ'} (${sig.subFilter ?? 'không có'}), người ký "${sig.signer ?? '?'}"${sig.timestampedAt ? `, dấu thời gian ${sig.timestampedAt.toISOString()}` : ', không có dấu thời gian'}.`,
    );
    if (roots.length)
      console.log(
        sig.valid
          ? '✓ Chuỗi chứng thư tin cậy, không bị thu hồi vào thời điểm ký.'
          : `✗ ${sig.problems.join(' ')}`,
      );
    else console.log('  (Không kiểm tra chuỗi chứng thư: thêm --trust <chứng thư gốc.pem>.)');
    ok = roots.length ? sig.valid : sig.intact;
    qrText = qrOfFile(input);
  }
  const { keys, lists } = kept();
  const v = await checkQrText(qrText, keys, lists);
  const c = v.claims;
  if (c) {
    console.log(
      `Giấy chứng nhận số ${c.sn}: ${c.u}, ${c.m ? 'duy trì đạt' : 'đạt'} đơn vị điển hình năm ${c.y}, Quyết định số ${c.qd} ngày ${c.nd.split('-').reverse().join('/')} (${v.issuerName ?? c.iss}).`,
    );
  }
  const word = {
    valid: '✓ CÒN HIỆU LỰC',
    revoked: '✗ ĐÃ BỊ THU HỒI',
    unknown: '? CHƯA BIẾT TÌNH TRẠNG THU HỒI',
    invalid: '✗ KHÔNG HỢP LỆ',
  }[v.status];
  console.log(
    `${word}${v.listSignedAt ? ` (danh sách thu hồi ký lúc ${v.listSignedAt})` : ''}${v.reasons.length ? `: ${v.reasons.join(' ')}` : ''}`,
  );
  return ok && v.status === 'valid' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
