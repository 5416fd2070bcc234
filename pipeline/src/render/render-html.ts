// HTML of a document from its kind and data: validated and escaped, no I/O but reading the
// project's own template files once. Fonts are not in the HTML: Chromium has them installed (fonts.ts).
import fs from 'node:fs';
import path from 'node:path';
import './zod-vi';
import Handlebars from 'handlebars';
import QRCode from 'qrcode';
// qrcode's synchronous SVG renderer keeps renderHtml synchronous.
type SvgTag = { render: (qr: unknown, opts: object) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const svgTag: SvgTag = require('qrcode/lib/renderer/svg-tag');
import { helpers } from '../../../templates/helpers';
import { isDocumentKind, templates, type DocumentKind } from '../../../templates';
import { fail, ok, type Result } from './errors';
import { templatesDir } from '../paths';

export type RenderedHtml = {
  kind: DocumentKind;
  html: string;
  title: string;
  subject: string;
  templateVersion: string;
  data: unknown;
};

const hb = Handlebars.create();
for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);

let partialsLoaded = false;
const compiled = new Map<DocumentKind, Handlebars.TemplateDelegate>();
let baseCss: string | undefined;
let officialCss: string | undefined;

function loadPartials(): void {
  if (partialsLoaded) return;
  const dir = path.join(templatesDir(), 'partials');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(path.basename(file, '.hbs'), fs.readFileSync(path.join(dir, file), 'utf8'));
  }
  partialsLoaded = true;
}

function templateFor(kind: DocumentKind): Handlebars.TemplateDelegate {
  let t = compiled.get(kind);
  if (!t) {
    loadPartials();
    const source = fs.readFileSync(
      path.join(templatesDir(), templates[kind].folder, 'template.hbs'),
      'utf8',
    );
    t = hb.compile(source, {
      strict: true,
      knownHelpers: Object.fromEntries(Object.keys(helpers).map((h) => [h, true])),
      knownHelpersOnly: true,
    });
    compiled.set(kind, t);
  }
  return t;
}

function sharedCss(): string {
  baseCss ??= fs.readFileSync(path.join(templatesDir(), 'styles', 'base.css'), 'utf8');
  return baseCss;
}

function decreeCss(): string {
  officialCss ??= fs.readFileSync(path.join(templatesDir(), 'styles', 'official.css'), 'utf8');
  return officialCss;
}

export function qrSvg(text: string): string {
  return svgTag.render(QRCode.create(text, { errorCorrectionLevel: 'M' }), { margin: 0 });
}

/** Unicode's explicit direction marks, embeddings, overrides and isolates: a hidden U+202E in plan text printed reversed in the official PDF. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Every string that reaches a document: NFC (so that text extracted from the PDF compares equal) and without bidirectional-text controls. */
function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC').replace(BIDI_CONTROLS, '') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
  }
  return value;
}

export function renderHtml(kind: string, data: unknown): Result<RenderedHtml> {
  if (!isDocumentKind(kind))
    return fail('unknown-template', `Không có mẫu văn bản "${kind}" (unknown document kind).`);
  const entry = templates[kind];
  const parsed = entry.schema.safeParse(toNfc(data));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    return fail(
      'template-data-invalid',
      `Dữ liệu văn bản không hợp lệ: trường "${first?.path}" ${first?.message}`,
      issues,
    );
  }
  const value = parsed.data as Record<string, unknown>;
  try {
    const html = templateFor(kind)({
      ...value,
      ...(entry.fragments?.(value, { qrSvg }) ?? {}),
      __baseCss: sharedCss(),
      __officialCss: entry.official ? decreeCss() : '',
    });
    return ok({
      kind,
      html,
      title: entry.title(value),
      subject: entry.subject,
      templateVersion: entry.version,
      data: value,
    });
  } catch (err) {
    return fail('template-error', `Lỗi mẫu văn bản ${kind}: ${(err as Error).message}`);
  }
}
