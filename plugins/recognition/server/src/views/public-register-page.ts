// The public register as a page: plain escaped HTML in Vietnamese, readable on a phone (below
// 640 px each unit is a block of labelled lines, so no column hides off-screen), with links to
// each certificate's verification page and to the CSV and JSON forms.
import type { RegisterRow } from '../../../shared/domain/public-register';
import { displayDate } from '../../../shared/domain/vietnam-time';

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function renderRegisterPage(r: {
  jurisdiction: { slug: string; name: string };
  year: number;
  units: RegisterRow[];
}): string {
  const base = `/cong-nhan/${esc(r.jurisdiction.slug)}/${r.year}`;
  const rows = r.units
    .map(
      (
        u,
      ) => `<tr class="${u.status}"><td data-label="Đơn vị">${esc(u.unit)}${u.nowCalled ? `<br><small>nay là ${esc(u.nowCalled)}</small>` : ''}</td><td data-label="Loại">${esc(u.kind)}</td><td data-label="Trạng thái">${esc(u.statusLabel)}${u.revocationNumber ? ` theo Quyết định số ${esc(u.revocationNumber)} ngày ${esc(displayDate(u.revocationDate ?? ''))}` : u.revokedAt ? ` (ngày ${esc(displayDate(u.revokedAt))})` : ''}</td>
<td data-label="Quyết định">Số ${esc(u.decisionNumber)} ngày ${esc(displayDate(u.decisionDate))}</td><td data-label="Giấy chứng nhận"><a href="${esc(u.verifyUrl)}">${esc(u.serial)}</a></td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đơn vị điển hình năm ${r.year}: ${esc(r.jurisdiction.name)}</title>
<style>body{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;max-width:960px;margin:1.5rem auto;padding:0 1rem;color:#111;line-height:1.5}
h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.45rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}tr.revoked td{color:#8a1414;text-decoration:line-through}tr.revoked td:nth-child(3){text-decoration:none}
.wrap{overflow-x:auto}a{color:#1f4e79}
@media (max-width:640px){table,tbody,tr,td{display:block}thead{position:absolute;left:-9999px}tr{border:1px solid #bbb;margin:.6rem 0;padding:.2rem 0}td{border:0;padding:.2rem .6rem}td::before{content:attr(data-label) ": ";font-weight:600}}</style></head><body><main>
<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc</p>
<h1>Đơn vị điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${r.year}: ${esc(r.jurisdiction.name)}</h1>
<p>${r.units.length ? `${r.units.length} đơn vị được công nhận hoặc duy trì trong năm; mỗi số giấy chứng nhận dẫn tới trang kiểm tra.` : 'Chưa có đơn vị nào được công nhận trong năm này.'}</p>
${
  r.units.length
    ? `<div class="wrap"><table><thead><tr><th>Đơn vị</th><th>Loại</th><th>Trạng thái</th><th>Quyết định</th><th>Giấy chứng nhận</th></tr></thead><tbody>
${rows}
</tbody></table></div>`
    : ''
}
<p>Tải về: <a href="${base}.csv">CSV</a> · <a href="${base}.json">JSON</a></p>
<p style="color:#555;font-size:.9rem">Danh sách công khai của hệ thống dienhinh: chỉ gồm tên đơn vị, trạng thái công nhận, quyết định và số giấy chứng nhận.</p>
</main></body></html>`;
}
