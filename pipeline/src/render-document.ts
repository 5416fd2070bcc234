// A document from data to PDF: renderHtml, then the pool.
import { ok, type Result } from './errors';
import type { PdfPool } from './pool';
import { renderHtml } from './render-html';

export type RenderedDocument = { pdf: Buffer; title: string; subject: string; templateVersion: string; waitMs: number; renderMs: number };

export async function renderDocument(pool: PdfPool, kind: string, data: unknown): Promise<Result<RenderedDocument>> {
  const html = renderHtml(kind, data);
  if (!html.ok) return html;
  const pdf = await pool.render(html.value.html);
  if (!pdf.ok) return pdf;
  return ok({ ...pdf.value, title: html.value.title, subject: html.value.subject, templateVersion: html.value.templateVersion });
}

