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
  return withFile(pdf, (f) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', f, '-'], { encoding: 'utf8' }));
}

export type PdfInfo = { pages: number; widthPt: number; heightPt: number; pageSizeName: string; title: string };

export function pdfInfo(pdf: Buffer): PdfInfo {
  const out = withFile(pdf, (f) => execFileSync('pdfinfo', ['-enc', 'UTF-8', f], { encoding: 'utf8' }));
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
  const size = /([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(field('Page size'));
  return {
    pages: Number(field('Pages')),
    widthPt: Number(size?.[1]),
    heightPt: Number(size?.[2]),
    pageSizeName: size?.[3] ?? '',
    title: field('Title'),
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

export type PdfSignature = { commonName: string; signingTime: string; valid: boolean; raw: string };

/** Every signature pdfsig finds, with whether it calls the signature itself valid. */
export function pdfSignatures(pdf: Buffer): PdfSignature[] {
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
      raw: block,
    }));
}
