// The QR code printed on a PDF's first page, read as a phone would: the page rendered by
// pdftoppm (poppler-utils; 200 dpi unless asked, 72 dpi for a screen or a poor photo), decoded by
// zbarimg (zbar-tools), both installed by npm run setup.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function qrOfPdf(pdf: Buffer, dpi = 200): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-qr-'));
  try {
    fs.writeFileSync(path.join(dir, 'document.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      path.join(dir, 'document.pdf'),
      path.join(dir, 'page'),
    ]);
    const png = fs.readdirSync(dir).find((f) => f.endsWith('.png'))!;
    return execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, png)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
