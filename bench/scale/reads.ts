// What people open, timed over HTTP against the loaded country: p50 and p95 of each page or API
// read, signed in as the person who opens it.
import { pct } from '../pdf/measure';

export type Read = { label: string; url: string; token?: string; runs?: number };
export type Timed = { label: string; p50: number; p95: number; status: number; bytes: number };

export async function timeReads(reads: Read[]): Promise<Timed[]> {
  const out: Timed[] = [];
  for (const r of reads) {
    const headers: Record<string, string> = r.token ? { authorization: `Bearer ${r.token}` } : {};
    const get = async () => {
      const t = performance.now();
      const res = await fetch(r.url, { headers });
      const body = Buffer.from(await res.arrayBuffer());
      return { ms: performance.now() - t, status: res.status, bytes: body.length };
    };
    const first = await get(); // warms caches, as a page opened twice a day would be
    const times: number[] = [];
    let last = first;
    for (let i = 0; i < (r.runs ?? 20); i++) {
      last = await get();
      times.push(last.ms);
    }
    out.push({
      label: r.label,
      p50: pct(times, 50),
      p95: pct(times, 95),
      status: last.status,
      bytes: last.bytes,
    });
  }
  return out;
}

export type Download = {
  ms: number;
  firstByteMs: number;
  bytes: number;
  heldBeforeMb: number;
  heldPeakMb: number;
};

/** The memory a download's work holds: the JavaScript heap and the buffers (resident size never shrinks, so it would hide a second peak). */
const heldMb = () => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
};

/**
 * One download read to its end, timed to its first byte and its last, with the memory this
 * process holds sampled throughout (the server runs in this process; after a full collection
 * when node runs with --expose-gc): a streamed answer's peak stays near where it began,
 * whatever the size.
 */
export async function timeDownload(url: string, token: string): Promise<Download> {
  global.gc?.();
  const heldBeforeMb = heldMb();
  let heldPeakMb = heldBeforeMb;
  const sampler = setInterval(() => (heldPeakMb = Math.max(heldPeakMb, heldMb())), 10);
  try {
    const t = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
    let firstByteMs = 0;
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (!bytes) firstByteMs = performance.now() - t;
      bytes += chunk.length;
    }
    return {
      ms: performance.now() - t,
      firstByteMs,
      bytes,
      heldBeforeMb,
      heldPeakMb: Math.max(heldPeakMb, heldMb()),
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The audit chain checked as the admin page checks it: step after step, each resuming where the last stopped. */
export async function verifyInSteps(baseUrl: string, token: string, maxEvents?: number) {
  const t = performance.now();
  let from: string | undefined;
  let steps = 0;
  for (;;) {
    const q = new URLSearchParams({
      ...(from ? { from } : {}),
      ...(maxEvents ? { maxEvents: String(maxEvents) } : {}),
    });
    const res = await fetch(`${baseUrl}/recognition/audit/verify?${q}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as {
      data?: { ok: boolean; done: boolean; resume?: string; count: number; problem?: unknown };
      error?: unknown;
    };
    steps++;
    if (!body.data) throw new Error(`audit verify: ${JSON.stringify(body.error)}`);
    if (body.data.done || !body.data.resume)
      return { seconds: (performance.now() - t) / 1000, steps, verdict: body.data };
    from = body.data.resume;
  }
}
