// The progress bar of the long-running commands: drawn on a terminal, printed every few seconds
// in logs (CI, cron), started on the first report so that its total is known.
import { Presets, SingleBar } from 'cli-progress';

export function progressReporter(label: string, logEveryMs = 1000) {
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} | {percentage}% | còn {eta}s`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: logEveryMs,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        started = true;
        bar.start(total, done);
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
