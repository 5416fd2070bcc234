// The public verification page of a certificate, in Vietnamese, as plain escaped HTML.
import { displayDate } from '../../../shared/domain/vietnam-time';

type Info = {
  serial: string;
  unit: string;
  /** What the unit is called now, when it was renamed after the decision. */
  nowCalled?: string | null;
  jurisdiction: string;
  jurisdictionSlug?: string | null;
  year: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  status: 'valid' | 'revoked' | 'pending';
  revokedBy?: { number: string; date: string } | null;
  amendedBy?: { number: string; date: string }[];
  maintained: boolean;
  revokedReason: string | null;
  sha256: string | null;
  /** The certificate that signed the issued PDF, read from the PDF. */
  signer?: {
    subject: string;
    issuer: string;
    validFrom: string;
    validTo: string;
    sha256: string;
    subFilter: string | null;
  } | null;
} | null;

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function renderVerificationPage(serial: string, info: Info): string {
  const body = !info
    ? `<h1>Không tìm thấy giấy chứng nhận</h1><p>Không có giấy chứng nhận số <b>${esc(serial)}</b> trong hệ thống. Giấy chứng nhận mang số này không do hệ thống cấp.</p>`
    : `<h1>Giấy chứng nhận số ${esc(info.serial)}</h1>
<p class="status ${info.status}">${{ valid: 'CÒN HIỆU LỰC', revoked: 'ĐÃ BỊ THU HỒI', pending: 'CHƯA CÓ HIỆU LỰC' }[info.status]}</p>
${info.status === 'pending' ? '<p>Quyết định công nhận chưa được ban hành.</p>' : ''}
${info.status === 'revoked' && info.revokedBy ? `<p>Thu hồi theo Quyết định số ${esc(info.revokedBy.number)} ngày ${esc(displayDate(info.revokedBy.date))}.</p>` : ''}
${info.status === 'revoked' ? `<p>Lý do thu hồi: ${esc(info.revokedReason)}</p>` : ''}
<table>
<tr><th>Đơn vị</th><td>${esc(info.unit)}${info.nowCalled ? `<br><span class="note">nay là ${esc(info.nowCalled)}</span>` : ''}</td></tr>
<tr><th>Tỉnh / thành phố</th><td>${esc(info.jurisdiction)}</td></tr>
<tr><th>Danh hiệu</th><td>${info.maintained ? 'Duy trì đạt' : 'Đạt'} đơn vị điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${esc(info.year)}</td></tr>
<tr><th>Quyết định</th><td>${info.decisionNumber ? `Số ${esc(info.decisionNumber)} ngày ${esc(displayDate(info.decisionDate ?? ''))}` : 'chưa ban hành'}${(info.amendedBy ?? []).map((a) => `; sửa đổi, bổ sung bởi Quyết định số ${esc(a.number)} ngày ${esc(displayDate(a.date))}`).join('')}</td></tr>
<tr><th>SHA-256 của bản PDF đã cấp</th><td><code>${esc(info.sha256 ?? 'chưa cấp bản PDF')}</code></td></tr>
${info.signer ? `<tr><th>Chứng thư ký số</th><td>${esc(info.signer.subject)}<br>Cấp bởi: ${esc(info.signer.issuer)}<br>Hiệu lực: ${esc(displayDate(info.signer.validFrom.slice(0, 10)))} đến ${esc(displayDate(info.signer.validTo.slice(0, 10)))}<br>Dấu vân tay SHA-256: <code>${esc(info.signer.sha256)}</code>${info.signer.subFilter ? `<br>Dạng chữ ký: ${esc(info.signer.subFilter)}` : ''}</td></tr>` : ''}
</table>
${info.status === 'valid' ? `<p><a href="/api/recognition/certificates/${esc(info.serial)}/pdf">Tải bản PDF đã ký số</a> · <a href="/verify/${esc(info.serial)}/credential">Tải chứng nhận số (Open Badges 3.0, W3C Verifiable Credential)</a></p>` : ''}
${info.jurisdictionSlug ? `<p><a href="/cong-nhan/${esc(info.jurisdictionSlug)}/${esc(info.year)}">Danh sách đơn vị điển hình năm ${esc(info.year)} của ${esc(info.jurisdiction)}</a></p>` : ''}`;
  return page(
    `Kiểm tra giấy chứng nhận ${esc(serial)}`,
    `${body}
<div id="offline-result" aria-live="polite"></div>`,
  );
}

/** The page the service worker serves when there is no network: the QR check only. */
export function renderOfflineShell(): string {
  return page(
    'Kiểm tra giấy chứng nhận (ngoại tuyến)',
    '<h1>Kiểm tra giấy chứng nhận</h1>\n<div id="offline-result" aria-live="polite"><p>Đang kiểm tra mã QR…</p></div>',
    ' data-offline-shell="1"',
  );
}

function page(title: string, body: string, bodyAttrs = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:Tinos,'Times New Roman',serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#111}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.5rem;text-align:left;vertical-align:top}th{width:34%;background:#f6f6f6}
.status{font-weight:700;font-size:1.3rem;padding:.5rem 1rem;display:inline-block;border-radius:4px}.valid{background:#e6f4ea;color:#1e6b34}.revoked{background:#fde8e8;color:#a61b1b}.pending{background:#fff4d6;color:#7a5200}
code{word-break:break-all}.note{color:#444}</style><script src="/verify/offline.js" defer></script></head><body${bodyAttrs}><main>
<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc</p>
${body}
<p style="color:#666;font-size:.9rem">Trang kiểm tra của hệ thống dienhinh. Đối chiếu mã SHA-256 với tệp PDF bạn có: <code>sha256sum giay-chung-nhan.pdf</code>. Mã QR trên giấy chứng nhận mang dữ liệu đã ký số: trang này kiểm tra được cả khi không có mạng, sau khi đã mở một lần.</p>
</main></body></html>`;
}
