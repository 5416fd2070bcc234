// The registry of documents: for each kind, its data schema, its template file and its page.
import type { ZodType } from 'zod';
import { certificateData } from './certificate/schema';

export type DocumentKind = 'certificate';

export type TemplateEntry = {
  /** Folder under templates/ holding template.hbs and fixture.json. */
  folder: string;
  schema: ZodType;
  /** Bumped whenever the wording or layout changes; goes into the PDF metadata. */
  version: string;
  title: (data: any) => string;
  /** Fragments of markup the code produces itself (never from user data). */
  fragments?: (data: any, ctx: { qrSvg: (text: string) => string }) => Record<string, string>;
};

export const templates: Record<DocumentKind, TemplateEntry> = {
  certificate: {
    folder: 'certificate',
    schema: certificateData,
    version: 'certificate@1',
    title: (d) => `Giấy chứng nhận ${d.unit.name} năm ${d.year}`,
    fragments: (d, ctx) => ({ __qrSvg: ctx.qrSvg(d.verifyUrl) }),
  },
};

export const documentKinds = Object.keys(templates) as DocumentKind[];

export const isDocumentKind = (kind: string): kind is DocumentKind =>
  Object.prototype.hasOwnProperty.call(templates, kind);
