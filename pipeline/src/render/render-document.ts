// A document from data to PDF: renderHtml, then the pool. A preview carries a mark on every
// page (a fixed element repeats on each printed page) so that it cannot pass for the issued act.
import { ok, type Result } from './errors';
import type { PdfPool, PdfStages } from './pool';
import { renderHtml } from './render-html';
import { templates } from '../../../templates';

export type RenderedDocument = {
  pdf: Buffer;
  title: string;
  subject: string;
  templateVersion: string;
  waitMs: number;
  renderMs: number;
  stages: PdfStages;
  together: number;
  htmlMs: number;
  htmlBytes: number;
};

export const PREVIEW_MARK = 'BẢN XEM TRƯỚC – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ';

/**
 * On every page, across its middle: two lines (on one line it ran past the margins and was
 * cut, on the minutes and elsewhere), translucent and multiplied into the page, so that the
 * text under it (a knock-out row of the dossier report, say) still reads black.
 */
const previewOverlay =
  `<div class="dienhinh-preview-mark" style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center;pointer-events:none;z-index:2147483647">` +
  `<div style="font-family:'Tinos',serif;font-weight:700;font-size:20pt;line-height:1.3;text-align:center;max-width:150mm;mix-blend-mode:multiply;color:rgba(200,0,0,0.3);border:3px solid rgba(200,0,0,0.3);padding:6px 18px">${PREVIEW_MARK.replace(' – ', ' –<br>')}</div></div>`;

export function withPreviewMark(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + previewOverlay : html.slice(0, at) + previewOverlay + html.slice(at);
}

export async function renderDocument(
  pool: PdfPool,
  kind: string,
  data: unknown,
  opts: { preview?: boolean } = {},
): Promise<Result<RenderedDocument>> {
  const t = performance.now();
  const html = renderHtml(kind, data);
  if (!html.ok) return html;
  const source = opts.preview ? withPreviewMark(html.value.html) : html.value.html;
  const htmlMs = performance.now() - t;
  // An issued document may be printed together with others of its template; a preview never is
  // (its mark is a fixed element, which would repeat once per document on every page).
  const entry = templates[html.value.kind];
  const mergeKey =
    (entry.onePage || entry.printedTogether) && !opts.preview ? html.value.kind : undefined;
  const pdf = await pool.render(source, { mergeKey });
  if (!pdf.ok) return pdf;
  return ok({
    ...pdf.value,
    title: html.value.title,
    subject: html.value.subject,
    templateVersion: html.value.templateVersion,
    htmlMs,
    htmlBytes: Buffer.byteLength(source),
  });
}
