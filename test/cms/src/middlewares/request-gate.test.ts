// The SQLite request gate: a few requests at a time, in arrival order; /_health never waits;
// PostgreSQL passes straight through; a bad limit is named.
import { afterEach, describe, expect, it } from 'vitest';
import gateFactory from '../../../../cms/src/middlewares/request-gate';

const strapiOn = (client: string) => ({ config: { get: (key: string) => (key === 'database.connection.client' ? client : undefined) } }) as never;

function request(path: string, log: string[], running: { now: number; max: number }, release: Promise<void>) {
  return {
    ctx: { path },
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

describe('request gate', () => {
  afterEach(() => {
    delete process.env.DIENHINH_SQLITE_CONCURRENCY;
  });

  it('on SQLite admits requests a few at a time, first come first served', async () => {
    process.env.DIENHINH_SQLITE_CONCURRENCY = '2';
    const gate = gateFactory({}, { strapi: strapiOn('sqlite') });
    const log: string[] = [];
    const running = { now: 0, max: 0 };
    let open!: () => void;
    const release = new Promise<void>((r) => (open = r));
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
    expect(log.filter((l) => l.startsWith('start') && l !== 'start /_health')).toEqual(['start /a', 'start /b', 'start /c', 'start /d', 'start /e']);
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
    expect(() => gateFactory({}, { strapi: strapiOn('sqlite') })).toThrow('DIENHINH_SQLITE_CONCURRENCY="0": phải là số nguyên từ 1 đến 256');
  });
});
