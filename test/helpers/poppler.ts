// Reads PDFs with poppler-utils, the way a person's tools would.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function withFile<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer, layout = false): string {
  return withFile(pdf, (f) =>
    execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', f, '-'], {
      encoding: 'utf8',
    }),
  );
}

export type PdfInfo = {
  pages: number;
  widthPt: number;
  heightPt: number;
  pageSizeName: string;
  title: string;
  keywords: string;
};

export function pdfInfo(pdf: Buffer): PdfInfo {
  const out = withFile(pdf, (f) =>
    execFileSync('pdfinfo', ['-enc', 'UTF-8', f], { encoding: 'utf8' }),
  );
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
  const size = /([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(field('Page size'));
  return {
    pages: Number(field('Pages')),
    widthPt: Number(size?.[1]),
    heightPt: Number(size?.[2]),
    pageSizeName: size?.[3] ?? '',
    title: field('Title'),
    keywords: field('Keywords'),
  };
}

export type PdfFont = { name: string; type: string; embedded: boolean };

export function pdfFonts(pdf: Buffer): PdfFont[] {
  const out = withFile(pdf, (f) => execFileSync('pdffonts', [f], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const name = l.split(/\s+/)[0];
      const embedded = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(l)?.[1] === 'yes';
      return { name, type: l.slice(37, 55).trim(), embedded };
    });
}

export type PdfSignature = {
  commonName: string;
  signingTime: string;
  valid: boolean;
  type: string;
  raw: string;
};

/**
 * Every signer's signature pdfsig finds, with whether it calls the signature itself valid.
 * Document timestamps (PAdES B-LTA) are left out: see pdfDocumentTimestamps.
 */
export function pdfSignatures(pdf: Buffer): PdfSignature[] {
  return allPdfSignatures(pdf).filter((s) => !isDocumentTimestamp(s));
}

/** Document timestamps: Debian 12's poppler names their SubFilter (ETSI.RFC3161) "unknown". */
const isDocumentTimestamp = (s: PdfSignature) =>
  s.type === 'ETSI.RFC3161' || (s.type === 'unknown' && /Total document signed/.test(s.raw));
export const pdfDocumentTimestamps = (pdf: Buffer) =>
  allPdfSignatures(pdf).filter(isDocumentTimestamp);

function allPdfSignatures(pdf: Buffer): PdfSignature[] {
  const out = withFile(pdf, (f) => {
    try {
      return execFileSync('pdfsig', [f], { encoding: 'utf8' });
    } catch (err) {
      return String((err as { stdout?: string }).stdout ?? '');
    }
  });
  return out
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      commonName: /Signer Certificate Common Name: (.*)$/m.exec(block)?.[1]?.trim() ?? '',
      signingTime: /Signing Time: (.*)$/m.exec(block)?.[1]?.trim() ?? '',
      valid: /Signature Validation: Signature is Valid\./.test(block),
      type: /Signature Type: (.*)$/m.exec(block)?.[1]?.trim() ?? '',
      raw: block,
    }));
}

export type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type PageWords = { width: number; height: number; words: Word[] };

/** Every word with its box in points, page by page (pdftotext -bbox). */
export function pdfWords(pdf: Buffer): PageWords[] {
  const html = withFile(pdf, (f) =>
    execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', f, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, w, h, body]) => ({
      width: Number(w),
      height: Number(h),
      words: [
        ...body.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, a, b, c, d, t]) => ({
        text: decode(t),
        xMin: Number(a),
        yMin: Number(b),
        xMax: Number(c),
        yMax: Number(d),
      })),
    }),
  );
}

const mm = (v: number) => (v * 72) / 25.4;
export const decree30 = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** Words outside the Decree 30 margins, other than the page number in the top margin. */
export function wordsOutsideMargins(
  pages: PageWords[],
  tolerance = 1,
): { page: number; word: Word }[] {
  const out: { page: number; word: Word }[] = [];
  pages.forEach((p, i) => {
    for (const w of p.words) {
      const isPageNumber = i > 0 && w.text === String(i + 1) && w.yMax <= decree30.top + tolerance;
      if (isPageNumber) continue;
      if (
        w.xMin < decree30.left - tolerance ||
        w.xMax > p.width - decree30.right + tolerance ||
        w.yMin < decree30.top - tolerance ||
        w.yMax > p.height - decree30.bottom + tolerance
      ) {
        out.push({ page: i + 1, word: w });
      }
    }
  });
  return out;
}

/** The page number printed in the top margin of each page (null when there is none). */
export function pageNumbers(
  pages: PageWords[],
): { page: number; number: string | null; centreOffset: number | null }[] {
  return pages.map((p, i) => {
    const top = p.words.filter((w) => w.yMax <= decree30.top + 1);
    const w = top[0];
    const centre = (decree30.left + (p.width - decree30.right)) / 2;
    return {
      page: i + 1,
      number: w ? top.map((x) => x.text).join(' ') : null,
      centreOffset: w ? Math.abs((w.xMin + w.xMax) / 2 - centre) : null,
    };
  });
}

/** The running text of a document, page numbers removed, as a word sequence. */
export function bodyWords(pages: PageWords[]): string[] {
  return pages.flatMap((p, i) =>
    p.words.filter((w) => !(i > 0 && w.yMax <= decree30.top + 1)).map((w) => w.text),
  );
}
