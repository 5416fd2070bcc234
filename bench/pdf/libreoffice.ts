// The tool an office would use instead: a mail merge in a word processor, converted to PDF by
// LibreOffice headless (Debian's libreoffice-writer-nogui), one `soffice --convert-to pdf`
// process over flat ODT certificates carrying the same text as ours, unsigned. The benchmark
// installs it when missing and counts the PDFs that really came out: soffice has been seen to
// stop part-way through a list without an error.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOFFICE = '/usr/bin/soffice';

/** Installs libreoffice-writer-nogui through apt when missing (as root); the minutes it took, 0 when present. */
export function ensureLibreOffice(): number {
  if (fs.existsSync(SOFFICE)) return 0;
  if (process.getuid?.() !== 0)
    throw new Error(
      'LibreOffice is missing: sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui',
    );
  const t = performance.now();
  console.log('installing libreoffice-writer-nogui (apt) for the peer benchmark…');
  const apt = (args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  const install = ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-writer-nogui'];
  try {
    apt(install);
  } catch {
    // A fresh machine's package lists may be empty or stale.
    apt(['update', '-qq']);
    apt(install);
  }
  return (performance.now() - t) / 60_000;
}

export function libreOfficeVersion(): string {
  return execFileSync(SOFFICE, ['--version'], { encoding: 'utf8' }).trim();
}

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Certificate = {
  issuer: { lines: string[] };
  grantor: string;
  unit: { name: string };
  title: string;
  year: number;
  decision: { number: string; date: string; issuerShort: string };
  place: string;
  issuedOn: string;
  signer: { authority: string; delegation?: string; position: string; name: string };
  serial: string;
};

export const dateWords = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
};

/** A paragraph of one of the styles odtDocument declares (Center, Bold, Italic, Title, Unit). */
export const odtParagraph = (style: string, text: string) =>
  `<text:p text:style-name="${style}">${esc(text)}</text:p>`;

/** One certificate as a flat ODT: A4 landscape, Tinos-compatible Times New Roman metrics, the same lines as the template. */
export function flatOdt(c: Certificate): string {
  const p = odtParagraph;
  const body = [
    ...c.issuer.lines.map((l) => p('Bold', l)),
    p('Bold', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    p('Bold', 'Độc lập - Tự do - Hạnh phúc'),
    p('Title', 'GIẤY CHỨNG NHẬN'),
    p('Bold', c.grantor),
    p('Bold', 'CHỨNG NHẬN'),
    p('Unit', c.unit.name),
    p('Center', `Đạt ${c.title} năm ${c.year}`),
    p(
      'Italic',
      `(Theo Quyết định số ${c.decision.number} ${dateWords(c.decision.date)} của ${c.decision.issuerShort})`,
    ),
    p('Italic', `${c.place}, ${dateWords(c.issuedOn)}`),
    p('Bold', c.signer.authority),
    ...(c.signer.delegation ? [p('Bold', c.signer.delegation)] : []),
    p('Bold', c.signer.position),
    p('Bold', c.signer.name),
    p('Center', `Số: ${c.serial}`),
  ].join('\n');
  return odtDocument(body);
}

/** A flat ODT, A4 landscape with 12 mm margins, Tinos, around the paragraphs given. */
export function odtDocument(body: string): string {
  const para = (name: string, props: string) =>
    `<style:style style:name="${name}" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Tinos" ${props}/></style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Tinos" svg:font-family="Tinos"/></office:font-face-decls>
<office:styles>${para('Center', 'fo:font-size="13pt"')}${para('Bold', 'fo:font-size="13pt" fo:font-weight="bold"')}${para('Italic', 'fo:font-size="13pt" fo:font-style="italic"')}${para('Title', 'fo:font-size="30pt" fo:font-weight="bold" fo:color="#b00000"')}${para('Unit', 'fo:font-size="24pt" fo:font-weight="bold"')}</office:styles>
<office:automatic-styles><style:page-layout style:name="A4L"><style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm" style:print-orientation="landscape" fo:margin="12mm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4L"/></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}

/**
 * Converts the certificates as an office would: one soffice process over the whole list, then,
 * because it stops part-way without an error (246 of 300 on this machine, exit code 0), again over
 * the files still missing until all are out or a round makes none. The rate counts every round.
 */
export async function libreOfficeRate<T = Certificate>(
  items: T[],
  workDir: string,
  fontconfig: string,
  toOdt: (item: T) => string = flatOdt as (item: T) => string,
) {
  const src = path.join(workDir, 'odt');
  const out = path.join(workDir, 'pdf');
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  fs.mkdirSync(out, { recursive: true });
  const files = items.map((c, i) => {
    const f = path.join(src, `gcn-${String(i + 1).padStart(6, '0')}.fodt`);
    fs.writeFileSync(f, toOdt(c));
    return f;
  });
  const profile = `-env:UserInstallation=file://${path.join(workDir, 'profile')}`;
  const convert = (list: string[], dir: string) =>
    soffice(
      ['--headless', '--norestore', profile, '--convert-to', 'pdf', '--outdir', dir, ...list],
      fontconfig,
    );
  const isOut = (f: string) => {
    const pdf = path.join(out, `${path.basename(f, '.fodt')}.pdf`);
    return fs.existsSync(pdf) && fs.readFileSync(pdf).subarray(0, 5).toString() === '%PDF-';
  };
  // A first start makes the profile; it is not counted, as an office's LibreOffice is already set up.
  await convert([files[0]], path.join(workDir, 'warm'));
  const t = performance.now();
  await convert(files, out);
  const firstRound = files.filter(isOut).length;
  let rounds = 1;
  for (let missing = files.filter((f) => !isOut(f)); missing.length; rounds++) {
    await convert(missing, out);
    const still = files.filter((f) => !isOut(f));
    if (still.length === missing.length) break;
    missing = still;
  }
  const seconds = (performance.now() - t) / 1000;
  const produced = files.filter(isOut).length;
  return { n: items.length, produced, firstRound, rounds, seconds, perSecond: produced / seconds };
}

function soffice(args: string[], fontconfig: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The same fonts as our documents (Tinos), through the same private fontconfig file.
    const child = spawn(SOFFICE, args, {
      stdio: 'ignore',
      env: { ...process.env, FONTCONFIG_FILE: fontconfig },
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}
