// The single-process queue: jobs in order, one at a time, retried, failures kept, stop waits.
import { describe, expect, it } from 'vitest';
import { inProcessQueue } from '../../../../../../plugins/recognition/server/src/queue/in-process';
import type { CertificateBatch } from '../../../../../../plugins/recognition/server/src/queue/types';

const batch = (n: number): CertificateBatch => ({
  jurisdiction: 'hue',
  year: 2026,
  serials: [`2026-AAAA-BBBB-${String(n).padStart(4, '0')}`],
});
const quiet = { warn: () => undefined };
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 500 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('inProcessQueue', () => {
  it('runs jobs one at a time, in order, only once work() is called', async () => {
    const q = inProcessQueue({ retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 60 }, quiet);
    const ids = await q.send([batch(1), batch(2), batch(3)]);
    expect(await q.pending(ids)).toBe(3);
    const seen: string[] = [];
    let running = 0;
    let maxRunning = 0;
    await q.work(async (b) => {
      maxRunning = Math.max(maxRunning, ++running);
      await new Promise((r) => setTimeout(r, 5));
      seen.push(b.serials[0]);
      running--;
      return { node: 'here', issued: 1, rendered: 1 };
    });
    await until(async () => (await q.pending(ids)) === 0);
    expect(seen).toEqual([batch(1), batch(2), batch(3)].map((b) => b.serials[0]));
    expect(maxRunning).toBe(1);
    expect(await q.failures(ids)).toEqual([]);
    await q.stop();
  });

  it('retries a failing job up to the limit, then keeps it as failed with its last error', async () => {
    const q = inProcessQueue({ retryLimit: 2, retryDelaySeconds: 0, expireInSeconds: 60 }, quiet);
    let attempts = 0;
    await q.work(async () => {
      attempts++;
      throw new Error(`lần ${attempts}`);
    });
    const ids = await q.send([batch(1)]);
    await until(async () => (await q.pending(ids)) === 0);
    expect(attempts).toBe(3);
    expect(await q.failures(ids)).toEqual([{ id: ids[0], message: 'lần 3' }]);
    await q.stop();
  });

  it('succeeds on a retry after a passing failure', async () => {
    const q = inProcessQueue({ retryLimit: 3, retryDelaySeconds: 0, expireInSeconds: 60 }, quiet);
    let attempts = 0;
    await q.work(async () => {
      if (++attempts < 2) throw new Error('Chromium vừa khởi động lại');
      return { node: 'here', issued: 1, rendered: 1 };
    });
    const ids = await q.send([batch(1)]);
    await until(async () => (await q.pending(ids)) === 0);
    expect(attempts).toBe(2);
    expect(await q.failures(ids)).toEqual([]);
    await q.stop();
  });

  it('stopWorking() lets the job in hand finish and holds the rest until work() resumes', async () => {
    const q = inProcessQueue({ retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 60 }, quiet);
    const done: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const handler = async (b: CertificateBatch) => {
      const n = Number(b.serials[0].slice(-4));
      if (n === 1) await gate;
      done.push(n);
      return { node: 'here', issued: 1, rendered: 1 };
    };
    await q.work(handler);
    const ids = await q.send([batch(1), batch(2)]);
    await until(async () => q.working);
    const stopping = q.stopWorking();
    release();
    await stopping;
    expect(done).toEqual([1]);
    expect(await q.pending(ids)).toBe(1);
    await q.work(handler);
    await until(async () => (await q.pending(ids)) === 0);
    expect(done).toEqual([1, 2]);
    await q.stop();
  });

  it('refuses new jobs after stop() and marks the waiting ones failed', async () => {
    const q = inProcessQueue({ retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 60 }, quiet);
    const ids = await q.send([batch(1)]);
    await q.stop();
    expect(await q.failures(ids)).toEqual([{ id: ids[0], message: 'queue stopped' }]);
    await expect(q.send([batch(2)])).rejects.toThrow('queue stopped');
  });
});
