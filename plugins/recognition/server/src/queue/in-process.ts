// The queue for a single process (SQLite): jobs run here one at a time, in order, with the same
// retry rule as the shared queue. Nothing outlives the process; an interrupted year is picked up
// again by issuing it again, as issued certificates are skipped.
import crypto from 'node:crypto';
import fastq from 'fastq';
import type { CertificateBatch, JobFailure, JobHandler, JobQueue, RetryPolicy } from './types';

type Entry = { id: string; batch: CertificateBatch };
type State = {
  state: 'created' | 'active' | 'completed' | 'failed';
  batch: CertificateBatch;
  message?: string;
  at: number;
};

export function inProcessQueue(
  policy: RetryPolicy,
  log: { warn(msg: string): void } = console,
): JobQueue {
  const states = new Map<string, State>();
  let handler: JobHandler | undefined;
  let stopped = false;

  async function run(entry: Entry): Promise<void> {
    states.set(entry.id, { state: 'active', batch: entry.batch, at: Date.now() });
    for (let attempt = 0; ; attempt++) {
      try {
        if (!handler) throw new Error('no handler');
        await handler(entry.batch);
        states.set(entry.id, { state: 'completed', batch: entry.batch, at: Date.now() });
        return;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (attempt >= policy.retryLimit || stopped) {
          states.set(entry.id, { state: 'failed', batch: entry.batch, message, at: Date.now() });
          return;
        }
        log.warn(
          `recognition: job ${entry.id} failed (${message}); retry ${attempt + 1}/${policy.retryLimit}`,
        );
        await new Promise((r) => setTimeout(r, policy.retryDelaySeconds * 1000));
      }
    }
  }

  const q = fastq.promise(run, 1);
  q.pause();
  const inHandDone = async () => {
    while (q.running() > 0) await new Promise((r) => setTimeout(r, 20));
  };

  return {
    kind: 'in-process',
    get working() {
      return !q.paused;
    },
    async send(batches) {
      if (stopped) throw new Error('queue stopped');
      const ids: string[] = [];
      for (const batch of batches) {
        const id = crypto.randomUUID();
        states.set(id, { state: 'created', batch, at: Date.now() });
        ids.push(id);
        void q.push({ id, batch });
      }
      return ids;
    },
    async work(h) {
      handler = h;
      q.resume();
    },
    async stopWorking() {
      q.pause();
      // The job in hand, if any, finishes first.
      await inHandDone();
    },
    async failures(ids): Promise<JobFailure[]> {
      return ids.flatMap((id) => {
        const s = states.get(id);
        return s?.state === 'failed' ? [{ id, message: s.message ?? '' }] : [];
      });
    },
    async pending(ids) {
      return ids.filter((id) => ['created', 'active'].includes(states.get(id)?.state ?? '')).length;
    },
    async summary(jurisdiction, year) {
      const mine = [...states.values()].filter(
        (s) => s.batch.jurisdiction === jurisdiction && s.batch.year === year,
      );
      const failed = mine.filter((s) => s.state === 'failed').sort((a, b) => b.at - a.at);
      return {
        pending: mine.filter((s) => s.state === 'created' || s.state === 'active').length,
        failed: failed.length,
        lastError: failed[0]?.message ?? null,
      };
    },
    async depth() {
      const all = [...states.values()];
      const count = (state: State['state']) => all.filter((s) => s.state === state).length;
      return { waiting: count('created'), active: count('active'), failed: count('failed') };
    },
    async stop() {
      stopped = true;
      q.kill();
      q.pause();
      await inHandDone();
      for (const [id, s] of states)
        if (s.state === 'created')
          states.set(id, { ...s, state: 'failed', message: 'queue stopped' });
    },
  };
}
