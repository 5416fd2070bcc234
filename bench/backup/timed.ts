// A command timed as the operator runs it: wall time and the peak memory (resident set) of the
// process or its largest child, as GNU time reports them.
import { spawn } from 'node:child_process';

export type Timed = { seconds: number; peakMb: number; out: string };

export function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'dh-time %e %M', cmd, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const m = /dh-time ([\d.]+) (\d+)/.exec(out);
      if (code !== 0 || !m) return reject(new Error(`${cmd} ${args.join(' ')} (${code}):\n${out}`));
      resolve({ seconds: Number(m[1]), peakMb: Number(m[2]) / 1024, out });
    });
  });
}

/** A step's seconds as the restore command prints it, e.g. "(kiểm 2.1 s)". */
export function stepSeconds(out: string, label: RegExp): number {
  const m = label.exec(out);
  if (!m) throw new Error(`no ${label} in:\n${out}`);
  return Number(m[1]);
}
