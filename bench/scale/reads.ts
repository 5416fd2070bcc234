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
    out.push({ label: r.label, p50: pct(times, 50), p95: pct(times, 95), status: last.status, bytes: last.bytes });
  }
  return out;
}
