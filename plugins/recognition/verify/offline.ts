// The certificate check in the browser, with the network or without it: the QR payload (after
// "#" in the scanned address) is checked by the same code as `npm run verify` (pipeline
// credentials/check.ts); the public keys and the province's revocation list are fetched when
// online and kept in localStorage, so that a page opened once keeps working offline. The page's
// service worker (sw.js) serves this page when there is no network. Bundled for the browser by
// scripts/build.mjs into dist/verify/offline.js.
import {
  checkQrText,
  type OfflineVerdict,
  type PublicJwk,
} from '../../../pipeline/src/credentials/check';

type Kept<T> = { value: T; at: number };
type Row = [string, string];

const store = {
  get<T>(k: string): Kept<T> | null {
    try {
      return JSON.parse(localStorage.getItem(`dienhinh.${k}`) ?? 'null');
    } catch {
      return null;
    }
  },
  set(k: string, v: unknown) {
    try {
      localStorage.setItem(`dienhinh.${k}`, JSON.stringify(v));
    } catch {
      // A full or refused store only means the next offline visit has no copy.
    }
  },
};

const displayDate = (iso: string) => {
  const p = String(iso).slice(0, 10).split('-');
  return p.length === 3 ? `${p[2]}/${p[1]}/${p[0]}` : iso;
};
const when = (ms: number) => new Date(ms).toLocaleString('vi-VN', { hour12: false });

/** Fresh from the server when it answers, else the copy kept from the last time. */
async function fetchKept<T>(url: string, key: string, read: (r: Response) => Promise<T>) {
  try {
    const r = await fetch(url, { cache: 'no-store' });
    if (!r.ok) throw new Error(String(r.status));
    const kept: Kept<T> = { value: await read(r), at: Date.now() };
    store.set(key, kept);
    return kept;
  } catch {
    return store.get<T>(key);
  }
}

function el(tag: string, attrs: Record<string, string>, children: (string | Node)[] = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function show(out: HTMLElement, kind: string, title: string, rows: Row[], note: string) {
  out.replaceChildren(
    el('h2', {}, ['Kiểm tra bằng mã QR (không cần máy chủ)']),
    el('p', { class: `status ${kind}`, 'data-offline-status': kind }, [title]),
    el(
      'table',
      {},
      rows.map(([k, v]) => el('tr', {}, [el('th', {}, [k]), el('td', {}, [v])])),
    ),
    el('p', { class: 'note' }, [note]),
  );
}

const keysOf = () =>
  fetchKept('/verify/keys.json', 'keys', (r) => r.json() as Promise<{ keys: PublicJwk[] }>);

function rowsOf(v: OfflineVerdict, serial: string): Row[] {
  const p = v.claims!;
  const rows: Row[] = [
    ['Số giấy chứng nhận', p.sn],
    ['Đơn vị', p.u],
    ['Danh hiệu', `${p.m ? 'Duy trì đạt' : 'Đạt'} đơn vị điển hình năm ${p.y}`],
    ['Quyết định', `Số ${p.qd} ngày ${displayDate(p.nd)}`],
    ['Tỉnh / thành phố cấp', v.issuerName ?? p.iss],
  ];
  if (serial && p.sn !== serial)
    rows.push(['Lưu ý', `Số trên địa chỉ (${serial}) khác số trong mã QR.`]);
  return rows;
}

async function check(out: HTMLElement, token: string, serial: string) {
  const keys = (await keysOf())?.value.keys ?? [];
  const first = await checkQrText(token, keys, {});
  if (first.status === 'invalid' || !first.claims)
    return show(out, 'revoked', 'KHÔNG XÁC MINH ĐƯỢC', [], first.reasons.join(' '));
  const iss = first.claims.iss;
  const list = await fetchKept(`/verify/status/${encodeURIComponent(iss)}`, `status.${iss}`, (r) =>
    r.text(),
  );
  const rows = rowsOf(first, serial);
  const issuer = first.issuerName ?? iss;
  if (!list)
    return show(
      out,
      'pending',
      'CHỮ KÝ HỢP LỆ — CHƯA CÓ DANH SÁCH THU HỒI',
      rows,
      `Mã QR do ${issuer} ký. Chưa tải được danh sách thu hồi; mở lại khi có mạng để biết còn hiệu lực hay không.`,
    );
  const v = await checkQrText(token, keys, { [iss]: list.value }, 'mở lại trang khi có mạng');
  if (v.status === 'unknown' || v.status === 'invalid')
    return show(out, 'revoked', 'KHÔNG XÁC MINH ĐƯỢC', rows, v.reasons.join(' '));
  const age = `Danh sách thu hồi ký ngày ${when(Date.parse(v.listSignedAt ?? ''))}, tải lúc ${when(list.at)}${navigator.onLine ? '.' : ' (đang không có mạng).'}`;
  if (v.status === 'revoked')
    show(
      out,
      'revoked',
      'ĐÃ BỊ THU HỒI',
      rows,
      `Chữ ký của mã QR hợp lệ, nhưng giấy chứng nhận này có trong danh sách thu hồi. ${age}`,
    );
  else
    show(
      out,
      'valid',
      'CÒN HIỆU LỰC',
      rows,
      `Chữ ký của mã QR hợp lệ và giấy chứng nhận không có trong danh sách thu hồi. ${age}`,
    );
}

function start() {
  const out = document.getElementById('offline-result');
  if (!out) return;
  if ('serviceWorker' in navigator)
    navigator.serviceWorker.register('/verify/sw.js', { scope: '/verify/' }).catch(() => {});
  const token = decodeURIComponent(location.hash.slice(1));
  const serial = decodeURIComponent(location.pathname.split('/').pop() ?? '');
  if (!token) {
    if (document.body.dataset.offlineShell)
      show(
        out,
        'pending',
        'KHÔNG CÓ DỮ LIỆU MÃ QR',
        [],
        'Địa chỉ này không kèm dữ liệu của mã QR; hãy quét lại mã trên giấy chứng nhận.',
      );
    // Keys and lists are still kept for later, offline use.
    void keysOf();
    return;
  }
  check(out, token, serial).catch((e: Error) =>
    show(out, 'revoked', 'KHÔNG XÁC MINH ĐƯỢC', [], e.message),
  );
}

start();
