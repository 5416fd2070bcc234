// Issuing one-page documents in batches, as the batch command does: the certificates of
// recognition and the certificates of merit are measured by the same loop.
import {
  finishPdf,
  loadPipelineConfig,
  loadSigningIdentity,
  PdfPool,
  renderOnePageBatch,
  sha256,
} from '../../pipeline/src';
import { pct, rssOfTree } from './measure';

/**
 * Renders and signs the items the way the batch command issues them: jobs of the configured batch
 * size printed in one Chromium and split, each page signed; throughput, latencies, peak memory.
 */
export async function batchRate(
  kind: string,
  items: Record<string, unknown>[],
  keyFile: string,
  legacy = false,
) {
  const n = items.length;
  const cfg = loadPipelineConfig();
  const pool = new PdfPool(cfg);
  // PAdES baseline (PKI.js, B-B here: no timestamp authority in a benchmark), or the former signer as the reference.
  const identity = loadSigningIdentity(keyFile, 'bench', { legacy });
  const signingTime = new Date('2026-12-08T03:00:00Z');
  let peak = 0;
  let nodePeak = 0;
  const sample = () => {
    peak = Math.max(peak, rssOfTree(process.pid));
    nodePeak = Math.max(nodePeak, process.memoryUsage().rss);
  };
  const sampler = setInterval(sample, 1000);
  // Warm the browser, as a running server has it: one full job first (a first job of fifty pages
  // took three times a warm one's 0.53 s, which weighed on a year's 200 certificates of merit).
  await renderOnePageBatch(pool, kind, items.slice(0, cfg.batchSize), 120_000);
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
      const r = await renderOnePageBatch(pool, kind, batch, 120_000);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      perDocument.push((performance.now() - t0) / batch.length);
      for (const item of r.value) {
        const t1 = performance.now();
        const pdf = await finishPdf(
          await item.doc(),
          {
            title: item.html.title,
            subject: item.html.subject,
            templateVersion: item.html.templateVersion,
            dataHash: sha256(JSON.stringify(item.html.data)),
          },
          { identity, signingTime, reason: item.html.subject, location: 'Huế' },
        );
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
  const own = perDocument.flatMap((render, i) =>
    signing.slice(i * cfg.batchSize, (i + 1) * cfg.batchSize).map((s) => render + s),
  );
  return {
    n,
    seconds,
    perSecond: n / seconds,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    own50: pct(own, 50),
    own95: pct(own, 95),
    peakRss: peak,
    nodePeak,
    avgKb: bytes / n / 1024,
  };
}
