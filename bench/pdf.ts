// npm run bench:pdf [-- --n 1000 --also 3321] (or -- --acts: every kind of act on demand only;
// -- --merit [--merit-n 200]: a year's certificates of merit in batch against LibreOffice only)
// Renders and signs N certificates the way the batch command issues them (one Chromium, jobs of
// DIENHINH_PDF_BATCH_SIZE pages split into one PDF each, signed with a PKCS#12 key) and prints
// throughput, p50 / p95 latency per document and peak RSS (Node plus Chromium). In the same
// run it measures a naive renderer (a browser launched per document) and the floor (a blank
// page printed on a warm page), and prints the ratios. A benchmark, not a test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createDemoP12,
  loadPipelineConfig,
  PdfPool,
  renderDocument,
  signatureImages,
} from '../pipeline/src';
import { projectRoot } from '../pipeline/src/paths';
import { arg, met } from './pdf/measure';
import { batchRate } from './pdf/batch';
import { actsOnDemand, printActs } from './pdf/acts';
import { meritBatch, printMerit } from './pdf/merit';
import { signersAlone } from './pdf/signers';
import { blankFloors, oneCertificate, onePlan, printSingle } from './pdf/single';
import { ensureLibreOffice, libreOfficeRate, libreOfficeVersion } from './pdf/libreoffice';
import { fontconfigFile } from '../pipeline/src/render';

const fixture = JSON.parse(
  fs.readFileSync(path.join(projectRoot(), 'templates/certificate/fixture.json'), 'utf8'),
);

async function optimized(n: number, keyFile: string, legacy = false) {
  const images = await signatureImages(fixture.issuer.lines.join(' '), fixture.signer.name);
  const items = Array.from({ length: n }, (_, i) => ({
    ...fixture,
    unit: { name: `Xã Thử Nghiệm ${i + 1}` },
    serial: `BENCH-${String(i + 1).padStart(6, '0')}`,
    verifyUrl: `http://localhost:1337/verify/BENCH-${String(i + 1).padStart(6, '0')}`,
    signature: { time: '2026-12-08T10:00:00+07:00', ...images },
  }));
  return batchRate('certificate', items, keyFile, legacy);
}

async function naive(m: number) {
  const started = performance.now();
  for (let i = 0; i < m; i++) {
    const pool = new PdfPool(loadPipelineConfig());
    const r = await renderDocument(pool, 'certificate', {
      ...fixture,
      serial: `NAIVE-${String(i).padStart(6, '0')}`,
    });
    if (!r.ok) throw new Error(r.error.message);
    await pool.close();
  }
  return m / ((performance.now() - started) / 1000);
}

async function main() {
  const n = arg('n', 1000);
  const also = arg('also', 3321);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-bench-'));
  const keyFile = path.join(dir, 'bench.p12');
  createDemoP12(keyFile, 'bench', 'dienhinh benchmark');
  const cpu = os.cpus();
  console.log(
    `bench:pdf on ${cpu.length} × ${cpu[0]?.model.trim()}, Node ${process.version}, ${execFileSync(loadPipelineConfig().chromiumPath, ['--version']).toString().trim()}`,
  );
  // `--acts`: only the acts on demand (every kind the programme issues), for a quick reading;
  // `--merit`: only a year's certificates of merit in batch against LibreOffice.
  const merit = arg('merit-n', 200);
  if (process.argv.includes('--acts') || process.argv.includes('--merit')) {
    if (process.argv.includes('--acts')) printActs(await actsOnDemand(keyFile));
    if (process.argv.includes('--merit')) {
      ensureLibreOffice();
      printMerit(await meritBatch(merit, keyFile, dir));
    }
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  const cfg = loadPipelineConfig();
  console.log(
    `batch ${cfg.batchSize} pages per Chromium job, ${cfg.concurrency} jobs at once, RSA-2048 PKCS#12 signature per document\n`,
  );

  // The signers compared in ABBA order (new, former, former, new): a machine that warms up or
  // slows down over the run favours neither.
  const first = await optimized(n, keyFile);
  const references = [await optimized(n, keyFile, true), await optimized(n, keyFile, true)];
  const second = await optimized(n, keyFile);
  const runs = [first];
  if (also && also !== n) runs.push(await optimized(also, keyFile));
  const small = arg('small', 300);
  if (small && small !== n && small !== also) runs.push(await optimized(small, keyFile));
  const alone = await signersAlone(keyFile);
  const naivePerSecond = await naive(10);
  const single = await oneCertificate(keyFile);
  const plan = await onePlan();
  const acts = await actsOnDemand(keyFile);
  const blankFloor = await blankFloors(cfg.concurrency, plan.pages, plan.html);
  const floorPerSecond = blankFloor.perSecond;
  // The peer at every N, with the same certificates' text (see bench/pdf/libreoffice.ts).
  const installMinutes = ensureLibreOffice();
  const peers: Awaited<ReturnType<typeof libreOfficeRate>>[] = [];
  for (const r of runs) {
    const certificates = Array.from({ length: r.n }, (_, i) => ({
      ...fixture,
      unit: { name: `Xã Thử Nghiệm ${i + 1}` },
      serial: `BENCH-${String(i + 1).padStart(6, '0')}`,
    }));
    peers.push(
      await libreOfficeRate(certificates, path.join(dir, `libreoffice-${r.n}`), fontconfigFile()),
    );
  }

  for (const r of runs) {
    console.log(
      `signed certificates, N = ${r.n}: ${r.perSecond.toFixed(1)}/s (${r.seconds.toFixed(1)} s), ${r.avgKb.toFixed(0)} KB per PDF`,
    );
    console.log(
      `  time per document (its share of the batch render + its split and signature): p50 ${r.own50.toFixed(1)} ms, p95 ${r.own95.toFixed(1)} ms`,
    );
    console.log(
      `  latency from its batch's start to its signed PDF: p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms`,
    );
    console.log(
      `  peak memory (PSS of Node + Chromium): ${(r.peakRss / 1024 / 1024).toFixed(0)} MB, of which Node RSS ${(r.nodePeak / 1024 / 1024).toFixed(0)} MB`,
    );
  }
  const main = runs[0];
  console.log(`naive renderer (browser launched per document): ${naivePerSecond.toFixed(2)}/s`);
  console.log(`floor (blank page printed on a warm page): ${floorPerSecond.toFixed(1)}/s`);
  const perDoc = floorPerSecond / main.perSecond;
  console.log(
    `\nratios: ${(main.perSecond / naivePerSecond).toFixed(1)}× the naive renderer (target ≥ 50×: ${met(main.perSecond / naivePerSecond >= 50)}); ${perDoc.toFixed(2)}× the floor's time per document (target ≤ 1×: ${met(perDoc <= 1)})`,
  );
  if (runs[1])
    console.log(
      `peak memory N = ${runs[0].n} → ${runs[1].n}: ${(runs[0].peakRss / 1048576).toFixed(0)} → ${(runs[1].peakRss / 1048576).toFixed(0)} MB (target ≤ 1,200 MB and flat)`,
    );
  const newRate = (2 * n) / (first.seconds + second.seconds);
  const formerRate = (2 * n) / (references[0].seconds + references[1].seconds);
  const kept = newRate / formerRate;
  console.log(
    `signer: PAdES baseline ETSI.CAdES.detached (PKI.js) ${newRate.toFixed(1)}/s against the former hand-built adbe.pkcs7.detached ${formerRate.toFixed(1)}/s in this run (N = ${n}, two runs each, ABBA): ${kept.toFixed(2)}× (target ≥ 0.90: ${met(kept >= 0.9)})`,
  );
  console.log(
    `signers alone (same certificate, ${alone.count} each, alternating rounds): PAdES ${alone.pades.toFixed(2)} ms, former ${alone.legacy.toFixed(2)} ms per document (${(alone.legacy / alone.pades).toFixed(2)}× the former's throughput)`,
  );
  printSingle(single, plan, blankFloor);
  printActs(acts);
  printMerit(await meritBatch(merit, keyFile, dir));
  console.log(
    `\nthe office's tool: ${libreOfficeVersion()}, one soffice --convert-to pdf over flat ODT certificates with the same text, unsigned${installMinutes ? ` (installed in ${installMinutes.toFixed(1)} min)` : ''}`,
  );
  runs.forEach((r, i) => {
    const peer = peers[i];
    const ratio = r.perSecond / peer.perSecond;
    const rounds =
      peer.rounds > 1
        ? `; the first soffice stopped after ${peer.firstRound} of ${peer.n} without an error, ${peer.rounds} runs in all`
        : '';
    const lost = peer.produced < peer.n ? `; only ${peer.produced} of ${peer.n} PDFs came out` : '';
    console.log(
      `  N = ${r.n}: LibreOffice ${peer.perSecond.toFixed(1)}/s (${peer.seconds.toFixed(1)} s${rounds}${lost}); dienhinh signed ${r.perSecond.toFixed(1)}/s: ${ratio.toFixed(1)}× (target ≥ 2×: ${met(ratio >= 2)})`,
    );
  });
  console.log(`targets: ≥ 40 signed certificates/s: ${met(main.perSecond >= 40)}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
