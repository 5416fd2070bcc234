// npm run bench:pdf [-- --n 1000 --also 3321]
// Renders and signs N certificates the way the batch command issues them (one Chromium, jobs of
// DIENHINH_PDF_BATCH_SIZE pages split into one PDF each, signed with a PKCS#12 key) and prints
// throughput, p50 / p95 latency per document and peak RSS (Node plus Chromium). In the same
// run it measures a naive renderer (a browser launched per document) and the floor (a blank
// page printed on a warm page), and prints the ratios. A benchmark, not a test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoP12, launchChromium, finishPdf, loadPipelineConfig, loadSigningIdentity, PdfPool, renderDocument, renderOnePageBatch, sha256, signatureImages } from '../pipeline/src';
import { projectRoot } from '../pipeline/src/paths';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};

const fixture = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'templates/certificate/fixture.json'), 'utf8'));

function rssOfTree(rootPid: number): number {
  // Node's own memory plus every process below it (Chromium and its helpers), from /proc. PSS,
  // not RSS: Chromium's processes share most of their pages, which RSS would count once each.
  let total = 0;
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  const walk = (pid: number) => {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      total += m ? Number(m[1]) * 1024 : 0;
    } catch {
      /* gone */
    }
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(rootPid);
  return total;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/**
 * The signers alone, on the same rendered certificate: finishing (metadata, placeholder, CMS,
 * signature) with the PAdES signer and with the former one, in alternating rounds so that
 * neither gets the warmer machine.
 */
async function signersAlone(keyFile: string, rounds = 10, perRound = 30) {
  const pool = new PdfPool(loadPipelineConfig());
  const images = await signatureImages(fixture.issuer.lines.join(' '), fixture.signer.name);
  const r = await renderOnePageBatch(pool, 'certificate', [{ ...fixture, signature: { time: '2026-12-08T10:00:00+07:00', ...images } }]);
  if (!r.ok) throw new Error(r.error.message);
  const unsigned = Buffer.from(await (await r.value[0].doc()).save({ useObjectStreams: false }));
  await pool.close();
  const identities = { pades: loadSigningIdentity(keyFile, 'bench'), legacy: loadSigningIdentity(keyFile, 'bench', { legacy: true }) };
  const spent = { pades: 0, legacy: 0 };
  const meta = { title: 'bench', subject: 'bench', templateVersion: 'certificate@3', dataHash: '0'.repeat(64) };
  for (let round = 0; round <= rounds; round++) {
    for (const which of round % 2 ? (['legacy', 'pades'] as const) : (['pades', 'legacy'] as const)) {
      const t = performance.now();
      for (let i = 0; i < perRound; i++) await finishPdf(unsigned, meta, { identity: identities[which], signingTime: new Date('2026-12-08T03:00:00Z'), reason: 'bench', location: 'Huế' });
      // Round 0 warms both up and is not counted.
      if (round > 0) spent[which] += performance.now() - t;
    }
  }
  const count = rounds * perRound;
  return { pades: (spent.pades / count), legacy: (spent.legacy / count), count };
}

async function optimized(n: number, keyFile: string, legacy = false) {
  const cfg = loadPipelineConfig();
  const pool = new PdfPool(cfg);
  // PAdES baseline (PKI.js, B-B here: no timestamp authority in a benchmark), or the former signer as the reference.
  const identity = loadSigningIdentity(keyFile, 'bench', { legacy });
  const signingTime = new Date('2026-12-08T03:00:00Z');
  const images = await signatureImages(fixture.issuer.lines.join(' '), fixture.signer.name);
  const items = Array.from({ length: n }, (_, i) => ({
    ...fixture,
    unit: { name: `Xã Thử Nghiệm ${i + 1}` },
    serial: `BENCH-${String(i + 1).padStart(6, '0')}`,
    verifyUrl: `http://localhost:1337/verify/BENCH-${String(i + 1).padStart(6, '0')}`,
    signature: { time: '2026-12-08T10:00:00+07:00', ...images },
  }));
  let peak = 0;
  let nodePeak = 0;
  const sample = () => {
    peak = Math.max(peak, rssOfTree(process.pid));
    nodePeak = Math.max(nodePeak, process.memoryUsage().rss);
  };
  const sampler = setInterval(sample, 1000);
  // Warm the browser, as a running server has it.
  await renderOnePageBatch(pool, 'certificate', items.slice(0, 2));
  const latencies: number[] = [];
  const perDocument: number[] = [];
  const signing: number[] = [];
  let bytes = 0;
  const started = performance.now();
  const batches: (typeof items)[] = [];
  for (let i = 0; i < n; i += cfg.batchSize) batches.push(items.slice(i, i + cfg.batchSize));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      const t0 = performance.now();
      const r = await renderOnePageBatch(pool, 'certificate', batch, 120_000);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      perDocument.push((performance.now() - t0) / batch.length);
      for (const item of r.value) {
        const t1 = performance.now();
        const pdf = await finishPdf(await item.doc(), { title: item.html.title, subject: item.html.subject, templateVersion: item.html.templateVersion, dataHash: sha256(JSON.stringify(item.html.data)) }, { identity, signingTime, reason: item.html.subject, location: 'Huế' });
        bytes += pdf.length;
        latencies.push(performance.now() - t0);
        perDocument[perDocument.length - 1] += 0;
        signing.push(performance.now() - t1);
      }
    }
  };
  // Two batches in flight: Chromium prints the next while Node splits and signs this one.
  await Promise.all(Array.from({ length: Math.max(2, cfg.concurrency) }, worker));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  await pool.close();
  const own = perDocument.flatMap((render, i) => signing.slice(i * cfg.batchSize, (i + 1) * cfg.batchSize).map((s) => render + s));
  return { n, seconds, perSecond: n / seconds, p50: pct(latencies, 50), p95: pct(latencies, 95), own50: pct(own, 50), own95: pct(own, 95), peakRss: peak, nodePeak, avgKb: bytes / n / 1024 };
}

/**
 * One certificate where a person waits (a preview, the first download): through the pool as
 * the server renders it, then finished and signed. Each stage's time, in sequence and with 20
 * requests at once, against a blank page printed on a warm page measured in the same run.
 */
async function oneDocument(keyFile: string, m = 20, together = 20) {
  const pool = new PdfPool(loadPipelineConfig());
  const identity = loadSigningIdentity(keyFile, 'bench');
  const images = await signatureImages(fixture.issuer.lines.join(' '), fixture.signer.name);
  const one = async (i: number) => {
    const t = performance.now();
    const r = await renderDocument(pool, 'certificate', { ...fixture, serial: `ONE-${String(i).padStart(6, '0')}`, signature: { time: '2026-12-08T10:00:00+07:00', ...images } });
    if (!r.ok) throw new Error(r.error.message);
    const f = performance.now();
    await finishPdf(r.value.pdf, { title: r.value.title, subject: r.value.subject, templateVersion: r.value.templateVersion, dataHash: '0'.repeat(64) }, { identity, signingTime: new Date(), reason: r.value.subject, location: 'Huế' });
    const end = performance.now();
    return { total: end - t, finish: end - f, html: r.value.htmlMs, wait: r.value.waitMs, htmlBytes: r.value.htmlBytes, ...r.value.stages };
  };
  for (let i = 0; i < 3; i++) await one(i);
  const sequence: Awaited<ReturnType<typeof one>>[] = [];
  for (let i = 0; i < m; i++) sequence.push(await one(i));
  const crowd = await Promise.all(Array.from({ length: together }, (_, i) => one(1000 + i)));
  await pool.close();
  const p50 = (k: keyof (typeof sequence)[number]) => pct(sequence.map((x) => x[k] as number), 50);
  return {
    seq50: p50('total'),
    seq99: pct(sequence.map((x) => x.total), 99),
    crowd50: pct(crowd.map((x) => x.total), 50),
    crowd99: pct(crowd.map((x) => x.total), 99),
    stages: { html: p50('html'), queue: p50('wait'), context: p50('contextMs'), page: p50('pageMs'), load: p50('contentMs'), print: p50('printMs'), close: p50('closeMs'), finish: p50('finish') },
    htmlKb: sequence[0].htmlBytes / 1024,
  };
}

async function naive(m: number) {
  const started = performance.now();
  for (let i = 0; i < m; i++) {
    const pool = new PdfPool(loadPipelineConfig());
    const r = await renderDocument(pool, 'certificate', { ...fixture, serial: `NAIVE-${String(i).padStart(6, '0')}` });
    if (!r.ok) throw new Error(r.error.message);
    await pool.close();
  }
  return m / ((performance.now() - started) / 1000);
}

async function floor(m: number) {
  const browser = await launchChromium({ executablePath: loadPipelineConfig().chromiumPath });
  const page = await browser.newPage();
  const blank = async () => {
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.pdf({ format: 'A4' });
  };
  for (let i = 0; i < 5; i++) await blank();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < m; i++) {
    const t = performance.now();
    await blank();
    times.push(performance.now() - t);
  }
  const perSecond = m / ((performance.now() - started) / 1000);
  await browser.close();
  return { perSecond, p50: pct(times, 50) };
}

async function main() {
  const n = arg('n', 1000);
  const also = arg('also', 3321);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-bench-'));
  const keyFile = path.join(dir, 'bench.p12');
  createDemoP12(keyFile, 'bench', 'dienhinh benchmark');
  const cpu = os.cpus();
  console.log(`bench:pdf on ${cpu.length} × ${cpu[0]?.model.trim()}, Node ${process.version}, ${execFileSync(loadPipelineConfig().chromiumPath, ['--version']).toString().trim()}`);
  const cfg = loadPipelineConfig();
  console.log(`batch ${cfg.batchSize} pages per Chromium job, ${cfg.concurrency} jobs at once, RSA-2048 PKCS#12 signature per document\n`);

  // The signers compared in ABBA order (new, former, former, new): a machine that warms up or
  // slows down over the run favours neither.
  const first = await optimized(n, keyFile);
  const references = [await optimized(n, keyFile, true), await optimized(n, keyFile, true)];
  const second = await optimized(n, keyFile);
  const runs = [first];
  if (also && also !== n) runs.push(await optimized(also, keyFile));
  const alone = await signersAlone(keyFile);
  const naivePerSecond = await naive(10);
  const blankFloor = await floor(100);
  const floorPerSecond = blankFloor.perSecond;
  const single = await oneDocument(keyFile);

  for (const r of runs) {
    console.log(`signed certificates, N = ${r.n}: ${r.perSecond.toFixed(1)}/s (${r.seconds.toFixed(1)} s), ${r.avgKb.toFixed(0)} KB per PDF`);
    console.log(`  time per document (its share of the batch render + its split and signature): p50 ${r.own50.toFixed(1)} ms, p95 ${r.own95.toFixed(1)} ms`);
    console.log(`  latency from its batch's start to its signed PDF: p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms`);
    console.log(`  peak memory (PSS of Node + Chromium): ${(r.peakRss / 1024 / 1024).toFixed(0)} MB, of which Node RSS ${(r.nodePeak / 1024 / 1024).toFixed(0)} MB`);
  }
  const main = runs[0];
  console.log(`naive renderer (browser launched per document): ${naivePerSecond.toFixed(2)}/s`);
  console.log(`floor (blank page printed on a warm page): ${floorPerSecond.toFixed(1)}/s`);
  console.log(`\nratios: ${(main.perSecond / naivePerSecond).toFixed(1)}× the naive renderer (target ≥ 25×); ${(floorPerSecond / main.perSecond).toFixed(2)}× the floor's time per document (target ≤ 2×)`);
  if (runs[1]) console.log(`peak memory N = ${runs[0].n} → ${runs[1].n}: ${(runs[0].peakRss / 1048576).toFixed(0)} → ${(runs[1].peakRss / 1048576).toFixed(0)} MB (target ≤ 1,200 MB and flat)`);
  const newRate = (2 * n) / (first.seconds + second.seconds);
  const formerRate = (2 * n) / (references[0].seconds + references[1].seconds);
  const kept = newRate / formerRate;
  console.log(`signer: PAdES baseline ETSI.CAdES.detached (PKI.js) ${newRate.toFixed(1)}/s against the former hand-built adbe.pkcs7.detached ${formerRate.toFixed(1)}/s in this run (N = ${n}, two runs each, ABBA): ${kept.toFixed(2)}× (target ≥ 0.90: ${kept >= 0.9 ? 'met' : 'NOT met'})`);
  console.log(`signers alone (same certificate, ${alone.count} each, alternating rounds): PAdES ${alone.pades.toFixed(2)} ms, former ${alone.legacy.toFixed(2)} ms per document (${(alone.legacy / alone.pades).toFixed(2)}× the former's throughput)`);
  const st = single.stages;
  console.log(`\none certificate where a person waits (pool as the server runs it, signed): in sequence p50 ${single.seq50.toFixed(0)} ms, p99 ${single.seq99.toFixed(0)} ms; 20 at once p50 ${single.crowd50.toFixed(0)} ms, p99 ${single.crowd99.toFixed(0)} ms; blank floor p50 ${blankFloor.p50.toFixed(1)} ms`);
  console.log(`  where the time goes (p50, ms): HTML ${st.html.toFixed(1)} (${single.htmlKb.toFixed(0)} KB), queue ${st.queue.toFixed(0)}, new context ${st.context.toFixed(1)}, page and lock-down ${st.page.toFixed(1)}, document load ${st.load.toFixed(1)}, print ${st.print.toFixed(1)}, context close ${st.close.toFixed(1)}, finish and sign ${st.finish.toFixed(1)}`);
  const r50 = single.crowd50 / blankFloor.p50;
  const r99 = single.crowd99 / blankFloor.p50;
  console.log(`  ratios at 20 at once: p50 ${r50.toFixed(1)}× the floor (target ≤ 2×: ${r50 <= 2 ? 'met' : 'NOT met'}), p99 ${r99.toFixed(1)}× (target ≤ 5×: ${r99 <= 5 ? 'met' : 'NOT met'}); in sequence p50 ${(single.seq50 / blankFloor.p50).toFixed(1)}×`);
  console.log(`targets: ≥ 40 signed certificates/s: ${main.perSecond >= 40 ? 'met' : 'NOT met'}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
