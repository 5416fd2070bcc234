// The documents' typeface (Tinos: Times New Roman's metrics, every Vietnamese letter, SIL OFL
// 1.1) reaches Chromium as installed fonts through a private fontconfig file, not as web fonts
// in each document. Inlined as data URLs, the twelve faces made every document 622 KB of HTML
// and cost about 100 ms of decoding per job; installed, they are read once per browser.
// Nothing is installed on the machine: the file is handed to Chromium alone (FONTCONFIG_FILE).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../paths';

export const FONT_FAMILY = 'Tinos';

/** The full Tinos faces (regular, italic, bold, bold italic) from Google Fonts, as TrueType. */
export function fontsDirectory(): string {
  return path.join(projectRoot(), 'node_modules', '@expo-google-fonts', 'tinos');
}

let written: string | undefined;

/**
 * A fontconfig file listing the bundled faces first, then the machine's own configuration, only
 * as a fallback for a character Tinos lacks. Its cache lives beside it, never in the user's home.
 */
export function fontconfigFile(): string {
  if (written && fs.existsSync(written)) return written;
  const fonts = fontsDirectory();
  if (!fs.existsSync(path.join(fonts, '400Regular', 'Tinos_400Regular.ttf'))) {
    throw new Error(`Thiếu phông chữ Tinos tại ${fonts} (missing bundled fonts: run npm install).`);
  }
  const dir = path.join(os.tmpdir(), `dienhinh-fontconfig-${process.getuid?.() ?? 0}`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'fonts.conf');
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${fonts}</dir>`,
    `  <cachedir>${path.join(dir, 'cache')}</cachedir>`,
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    '</fontconfig>',
    '',
  ].join('\n');
  // Written to a temporary name and renamed: two processes starting at once never read half a file.
  const tmp = `${file}.${process.pid}`;
  fs.writeFileSync(tmp, xml);
  fs.renameSync(tmp, file);
  written = file;
  return file;
}
