// What the PDF benchmarks measure with: percentiles and the memory of a process tree.
import fs from 'node:fs';

export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/**
 * Node's own memory plus every process below it (Chromium and its helpers), from /proc. PSS,
 * not RSS: Chromium's processes share most of their pages, which RSS would count once each.
 */
export function rssOfTree(rootPid: number): number {
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

export const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};

/** How a benchmark reports a target. */
export const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');

/**
 * `together` jobs at once over the given workers (warm pages), as the pool queues them: each job
 * waits for the next free worker; five rounds; each job's time from its round's start.
 */
export async function crowdTimes<W>(
  workers: W[],
  together: number,
  job: (w: W) => Promise<unknown>,
  rounds = 5,
): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    let next = 0;
    await Promise.all(
      workers.map(async (w) => {
        while (next < together) {
          next++;
          await job(w);
          times.push(performance.now() - start);
        }
      }),
    );
  }
  return times;
}
