// The SQLite request gate: a few requests at a time, in arrival order; /_health never waits;
// PostgreSQL passes straight through; a bad limit is named.
import { afterEach, describe, expect, it } from 'vitest';
import gateFactory from '../../../../cms/src/middlewares/request-gate';

const strapiOn = (client: string) =>
  ({
    config: { get: (key: string) => (key === 'database.connection.client' ? client : undefined) },
  }) as never;

function request(
  path: string,
  log: string[],
  running: { now: number; max: number },
  release: Promise<void>,
  headers: Record<string, string> = {},
  ip = '127.0.0.1',
) {
  return {
    ctx: {
      path,
      get: (h: string) => headers[h] ?? '',
      request: { ip },
      set: () => undefined,
      status: 200,
      body: null as unknown,
    },
    next: async () => {
      running.now++;
      running.max = Math.max(running.max, running.now);
      log.push(`start ${path}`);
      await release;
      log.push(`end ${path}`);
      running.now--;
    },
  };
}

/** A gate on SQLite two at a time, with the log of what ran and a release the test opens. */
function sqliteGate() {
  process.env.DIENHINH_SQLITE_CONCURRENCY = '2';
  const gate = gateFactory({}, { strapi: strapiOn('sqlite') });
  let open!: () => void;
  const release = new Promise<void>((r) => (open = r));
  return { gate, log: [] as string[], running: { now: 0, max: 0 }, release, open };
}

describe('request gate', () => {
  afterEach(() => {
    delete process.env.DIENHINH_SQLITE_CONCURRENCY;
  });

  it('on SQLite admits requests a few at a time, first come first served', async () => {
    const { gate, log, running, release, open } = sqliteGate();
    const done = ['/a', '/b', '/c', '/d', '/e'].map((p) => {
      const { ctx, next } = request(p, log, running, release);
      return gate(ctx, next);
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual(['start /a', 'start /b']);
    // /_health is answered while the gate is full.
    const health = request('/_health', log, running, Promise.resolve());
    await gate(health.ctx, health.next);
    expect(log.slice(2)).toEqual(['start /_health', 'end /_health']);
    open();
    await Promise.all(done);
    expect(log.filter((l) => l.startsWith('start') && l !== 'start /_health')).toEqual([
      'start /a',
      'start /b',
      'start /c',
      'start /d',
      'start /e',
    ]);
    expect(running.max).toBe(2 + 1);
  });

  it('lets every request through at once on PostgreSQL', async () => {
    const gate = gateFactory({}, { strapi: strapiOn('postgres') });
    const log: string[] = [];
    const running = { now: 0, max: 0 };
    let open!: () => void;
    const release = new Promise<void>((r) => (open = r));
    const done = ['/a', '/b', '/c', '/d'].map((p) => {
      const { ctx, next } = request(p, log, running, release);
      return gate(ctx, next);
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(running.max).toBe(4);
    open();
    await Promise.all(done);
  });

  it('names a bad DIENHINH_SQLITE_CONCURRENCY', () => {
    process.env.DIENHINH_SQLITE_CONCURRENCY = '0';
    expect(() => gateFactory({}, { strapi: strapiOn('sqlite') })).toThrow(
      'DIENHINH_SQLITE_CONCURRENCY="0": phải là số nguyên từ 1 đến 256',
    );
  });

  it('gives anonymous public pages their own lane, so signed-in work never waits behind them', async () => {
    const { gate, log, running, release, open } = sqliteGate();
    // Fifty anonymous verifications arrive first, then two signed-in calls.
    const anonymous = Array.from({ length: 50 }, (_, i) =>
      request(`/verify/S${i}`, log, running, release, {}, `10.0.0.${i}`),
    );
    const staff = ['/recognition/dashboard', '/api/recognition/home'].map((p) =>
      request(p, log, running, Promise.resolve(), { authorization: 'Bearer x' }),
    );
    const pending = anonymous.map((r) => gate(r.ctx, r.next));
    await Promise.all(staff.map((r) => gate(r.ctx, r.next)));
    // The signed-in calls finished while one anonymous page held its lane and the others waited.
    expect(
      log.filter((l) => l.startsWith('end /recognition') || l.startsWith('end /api')),
    ).toHaveLength(2);
    expect(log.filter((l) => l.startsWith('start /verify'))).toEqual(['start /verify/S0']);
    open();
    await Promise.all(pending);
  });

  it('limits anonymous public requests per address (429) and bounds their queue (503)', async () => {
    process.env.DIENHINH_PUBLIC_REQUESTS_PER_MINUTE = '3';
    process.env.DIENHINH_PUBLIC_QUEUE_MAX = '2';
    try {
      const gate = gateFactory({}, { strapi: strapiOn('postgres') });
      const log: string[] = [];
      const running = { now: 0, max: 0 };
      let open!: () => void;
      const release = new Promise<void>((r) => (open = r));
      const same = Array.from({ length: 4 }, () =>
        request('/cong-nhan/hue/2025', log, running, release, {}, '10.1.1.1'),
      );
      const pending = same.map((r) => gate(r.ctx, r.next));
      await new Promise((r) => setTimeout(r, 20));
      expect(same[3].ctx.status).toBe(429);
      // Other addresses queue until the lane's queue is full.
      const others = Array.from({ length: 8 }, (_, i) =>
        request('/verify/X', log, running, release, {}, `10.2.2.${i}`),
      );
      const more = others.map((r) => gate(r.ctx, r.next));
      await new Promise((r) => setTimeout(r, 20));
      expect(others.filter((r) => r.ctx.status === 503).length).toBeGreaterThan(0);
      open();
      await Promise.all([...pending, ...more]);
    } finally {
      delete process.env.DIENHINH_PUBLIC_REQUESTS_PER_MINUTE;
      delete process.env.DIENHINH_PUBLIC_QUEUE_MAX;
    }
  });
});
