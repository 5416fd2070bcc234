// A process's descendants, read from /proc: which Chromium processes a command started, and
// whether any of them is still alive after the command was killed.
import fs from 'node:fs';

type Proc = { pid: number; ppid: number; comm: string };

function all(): Proc[] {
  const out: Proc[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z') out.push({ pid: Number(d), ppid: Number(ppid), comm });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** The Chromium processes below `pid` (children, grandchildren, …). */
export function chromiumBelow(pid: number): number[] {
  const procs = all();
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const p of procs.filter((x) => x.ppid === parent)) {
      if (/chrom/.test(p.comm)) found.push(p.pid);
      walk(p.pid);
    }
  };
  walk(pid);
  return found;
}

/** Which of `pids` still run (not zombies) after waiting up to `ms` for them to end. */
export async function stillRunning(pids: number[], ms = 10_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const alive = new Set(all().map((p) => p.pid));
    const left = pids.filter((p) => alive.has(p));
    if (!left.length || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 250));
  }
}
