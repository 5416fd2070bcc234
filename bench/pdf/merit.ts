// A year's certificates of merit (Bằng khen, Giấy khen) issued in batch as the server issues them
// after a commendation decision (one-page jobs printed together, split, each signed), against the
// office's tool: LibreOffice converting flat ODT certificates with the same lines, unsigned.
import fs from 'node:fs';
import path from 'node:path';
import { signatureImages } from '../../pipeline/src';
import { projectRoot } from '../../pipeline/src/paths';
import { fontconfigFile } from '../../pipeline/src/render';
import { batchRate } from './batch';
import { dateWords, libreOfficeRate, odtDocument, odtParagraph as p } from './libreoffice';

type LibreOfficeRun = Awaited<ReturnType<typeof libreOfficeRate>>;
import { met } from './measure';

type Merit = {
  issuer: { lines: string[] };
  form: string;
  grantor: string;
  awardee: string;
  awardeeLine: string | null;
  achievement: string;
  decision: { number: string; date: string; issuerShort: string };
  place: string;
  issuedOn: string;
  signer: { position: string; name: string };
  serial: string;
};

const fixture: Merit = JSON.parse(
  fs.readFileSync(path.join(projectRoot(), 'templates/merit-certificate/fixture.json'), 'utf8'),
);

/** N certificates of merit of one decision: half to collectives, half to individuals. */
const itemsOf = (n: number): Merit[] =>
  Array.from({ length: n }, (_, i) => ({
    ...fixture,
    awardee: i % 2 ? `Phường Thử Nghiệm ${i + 1}` : `Ông (bà) Nguyễn Văn Thử ${i + 1}`,
    awardeeLine: i % 2 ? null : `Trưởng Công an phường, Phường Thử Nghiệm ${i + 1}`,
    serial: `BK-BENCH-2026-12-${String(i + 1).padStart(4, '0')}`,
  }));

function meritOdt(m: Merit): string {
  return odtDocument(
    [
      ...m.issuer.lines.map((l) => p('Bold', l)),
      p('Bold', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      p('Bold', 'Độc lập - Tự do - Hạnh phúc'),
      p('Bold', m.grantor),
      p('Title', m.form),
      p('Bold', 'TẶNG'),
      p('Unit', m.awardee),
      ...(m.awardeeLine ? [p('Center', m.awardeeLine)] : []),
      p('Center', m.achievement),
      p(
        'Italic',
        `(Theo Quyết định số ${m.decision.number} ${dateWords(m.decision.date)} của ${m.decision.issuerShort})`,
      ),
      p('Italic', `${m.place}, ${dateWords(m.issuedOn)}`),
      p('Bold', m.signer.position),
      p('Bold', m.signer.name),
      p('Center', `Số: ${m.serial}`),
    ].join('\n'),
  );
}

export async function meritBatch(n: number, keyFile: string, dir: string) {
  const images = await signatureImages(fixture.issuer.lines.join(' '), fixture.signer.name);
  const items = itemsOf(n).map((m) => ({
    ...m,
    signature: { time: '2026-12-20T10:00:00+07:00', ...images },
  }));
  // Three rounds each, alternating, the median counted: one round read 35 to 45/s on this
  // machine (a process's first pool also pays Node's and Chromium's first compilations).
  const rounds: { ours: Awaited<ReturnType<typeof batchRate>>; peer: LibreOfficeRun }[] = [];
  for (let k = 0; k < 3; k++)
    rounds.push({
      ours: await batchRate('merit-certificate', items, keyFile),
      peer: await libreOfficeRate(
        itemsOf(n),
        path.join(dir, `merit-lo-${k}`),
        fontconfigFile(),
        meritOdt,
      ),
    });
  const median = <T extends { perSecond: number }>(xs: T[]) =>
    [...xs].sort((a, b) => a.perSecond - b.perSecond)[1];
  return {
    ours: median(rounds.map((r) => r.ours)),
    peer: median(rounds.map((r) => r.peer)),
    all: rounds.map((r) => `${r.ours.perSecond.toFixed(1)}/${r.peer.perSecond.toFixed(1)}`),
  };
}

export function printMerit({ ours, peer, all }: Awaited<ReturnType<typeof meritBatch>>) {
  const ratio = ours.perSecond / peer.perSecond;
  const lost = peer.produced < peer.n ? `; only ${peer.produced} of ${peer.n} came out` : '';
  console.log(
    `\ncertificates of merit (Bằng khen), a year's ${ours.n} in batch: dienhinh signed ${ours.perSecond.toFixed(1)}/s (${ours.seconds.toFixed(1)} s, per document p50 ${ours.own50.toFixed(1)} ms, peak ${(ours.peakRss / 1048576).toFixed(0)} MB); LibreOffice ${peer.perSecond.toFixed(1)}/s unsigned (${peer.seconds.toFixed(1)} s, ${peer.rounds} soffice run(s)${lost}): ${ratio.toFixed(1)}× (target ≥ 2×: ${met(ratio >= 2)}); medians of three alternating rounds (ours/LibreOffice per second: ${all.join(', ')})`,
  );
}
