// Chromium processes on this machine, read from /proc: `list` prints their PIDs; `left <file>`
// compares with the PIDs saved before a run, waits up to 10 s for the run's own to end, then
// prints and kills any still there and exits 1 (a browser that outlived the process that
// started it). A new process of a browser that was already running (a renderer that a server or
// benchmark on the same machine opened meanwhile) descends from one saved before: not the run's.
// Used by npm test around the suite.
import fs from 'node:fs';

const chromium = () =>
  fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return (
          /chrom(e|ium)/.test(fs.readFileSync(`/proc/${pid}/comm`, 'utf8')) &&
          fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
        );
      } catch {
        return false;
      }
    })
    .map(Number);

const parentOf = (pid) => {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
  } catch {
    return 0;
  }
};
const descendsFrom = (pid, set) => {
  for (let p = parentOf(pid), hops = 0; p > 1 && hops < 64; p = parentOf(p), hops++)
    if (set.has(p)) return true;
  return false;
};

const [command, file] = process.argv.slice(2);
if (command === 'list') {
  console.log(chromium().join(' '));
} else if (command === 'left') {
  const before = new Set(fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).map(Number));
  let left = [];
  for (let i = 0; i < 20; i++) {
    left = chromium().filter((p) => !before.has(p) && !descendsFrom(p, before));
    if (!left.length) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (left.length) {
    console.error(
      `Chromium còn chạy sau bộ kiểm thử (Chromium outlived the suite): ${left.length} tiến trình, PID ${left.join(', ')}`,
    );
    for (const p of left) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    process.exit(1);
  }
  console.log('Không còn Chromium nào của bộ kiểm thử (no Chromium left by the suite).');
} else {
  console.error('usage: node scripts/chromium-processes.mjs list | left <file>');
  process.exit(2);
}
