// The two signers compared alone on one rendered certificate (bench:pdf's signer figures).
import fs from 'node:fs';
import path from 'node:path';
import {
  finishPdf,
  loadPipelineConfig,
  loadSigningIdentity,
  PdfPool,
  renderOnePageBatch,
  signatureImages,
} from '../../pipeline/src';
import { projectRoot } from '../../pipeline/src/paths';

const fixture = JSON.parse(
  fs.readFileSync(path.join(projectRoot(), 'templates/certificate/fixture.json'), 'utf8'),
);

/**
 * The signers alone, on the same rendered certificate: finishing (metadata, placeholder, CMS,
 * signature) with the PAdES signer and with the former one, in alternating rounds so that
 * neither gets the warmer machine.
 */
export async function signersAlone(keyFile: string, rounds = 10, perRound = 30) {
  const pool = new PdfPool(loadPipelineConfig());
  const images = await signatureImages(fixture.issuer.lines.join(' '), fixture.signer.name);
  const r = await renderOnePageBatch(pool, 'certificate', [
    { ...fixture, signature: { time: '2026-12-08T10:00:00+07:00', ...images } },
  ]);
  if (!r.ok) throw new Error(r.error.message);
  const unsigned = Buffer.from(await (await r.value[0].doc()).save({ useObjectStreams: false }));
  await pool.close();
  const identities = {
    pades: loadSigningIdentity(keyFile, 'bench'),
    legacy: loadSigningIdentity(keyFile, 'bench', { legacy: true }),
  };
  const spent = { pades: 0, legacy: 0 };
  const meta = {
    title: 'bench',
    subject: 'bench',
    templateVersion: 'certificate@3',
    dataHash: '0'.repeat(64),
  };
  for (let round = 0; round <= rounds; round++) {
    for (const which of round % 2
      ? (['legacy', 'pades'] as const)
      : (['pades', 'legacy'] as const)) {
      const t = performance.now();
      for (let i = 0; i < perRound; i++)
        await finishPdf(unsigned, meta, {
          identity: identities[which],
          signingTime: new Date('2026-12-08T03:00:00Z'),
          reason: 'bench',
          location: 'Huế',
        });
      // Round 0 warms both up and is not counted.
      if (round > 0) spent[which] += performance.now() - t;
    }
  }
  const count = rounds * perRound;
  return { pades: spent.pades / count, legacy: spent.legacy / count, count };
}
