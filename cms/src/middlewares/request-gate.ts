// Requests admitted a few at a time, first come first served, in two lanes, so that anonymous
// public pages never starve signed-in work.
//
// Strapi gives SQLite one connection. Unbounded, a hundred concurrent requests interleave their
// queries on it, and each request's every query joins the back of the line: the median stays
// low but the slowest requests wait many seconds. Admitting a few requests at a time in arrival
// order lets each finish quickly once admitted, so waiting is fair and bounded by the queue
// ahead (SQLite only: PostgreSQL has a real pool).
//
// Anonymous requests for the public pages (verification, the public register, a certificate's
// PDF) take their own lane, on both databases: one at a time, each waiting for other work in
// flight to finish (at most YIELD_MS), so that staff get the process's event loop first (four at
// a time, unyielding, let 200 anonymous clients raise staff p99 2.8× on PostgreSQL; see bench:api), a bounded queue (503
// with Retry-After beyond it), and a limit per address (429). 200 anonymous clients on /verify
// once made staff calls wait about 9 s behind them. /_health is never queued.
import type { Core } from '@strapi/strapi';
import fastq from 'fastq';
import { z } from 'zod';

const whole = (min: number, max: number) => {
  const message = `phải là số nguyên từ ${min} đến ${max} (must be a whole number from ${min} to ${max})`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message });
};
const settings = z.object({
  DIENHINH_SQLITE_CONCURRENCY: whole(1, 256).default(2),
  DIENHINH_PUBLIC_CONCURRENCY: whole(1, 64).optional(),
  DIENHINH_PUBLIC_QUEUE_MAX: whole(1, 100_000).default(200),
  DIENHINH_PUBLIC_REQUESTS_PER_MINUTE: whole(1, 1_000_000).default(300),
});

const publicPath = (path: string) =>
  path.startsWith('/verify/') ||
  path.startsWith('/cong-nhan/') ||
  path.startsWith('/api/recognition/certificates/');

/** A lane: a first-come-first-served queue of `limit` at a time, each task after `before`. */
function lane(limit: number, before: () => Promise<unknown> | undefined = () => undefined) {
  return fastq.promise(async (task: () => Promise<void>) => {
    // better-sqlite3 answers synchronously, so a request can run start to finish in microtasks;
    // yielding first lets Node read the sockets and flush the answers between requests.
    await new Promise((resolve) => setImmediate(resolve));
    await before();
    return task();
  }, limit);
}

/** How long an anonymous page waits for signed-in work in flight to finish before it runs anyway. */
const YIELD_MS = 20;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const sqlite = strapi.config.get('database.connection.client') === 'sqlite';
  const raw = Object.fromEntries(
    Object.keys(settings.shape).map((k) => [k, process.env[k] || undefined]),
  );
  const parsed = settings.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue.path[0])}="${raw[String(issue.path[0])]}": ${issue.message}.`);
  }
  const cfg = parsed.data;
  const main = sqlite ? lane(cfg.DIENHINH_SQLITE_CONCURRENCY) : null;
  // Other work in flight; an anonymous page runs between such requests (or after YIELD_MS), so
  // that one process's event loop goes to signed-in work first.
  let busy = 0;
  const waiting: (() => void)[] = [];
  const quiet = () =>
    busy === 0
      ? undefined
      : new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, YIELD_MS);
          waiting.push(() => (clearTimeout(timer), resolve()));
        });
  const other = async (next: () => Promise<void>) => {
    busy++;
    try {
      return await (main ? main.push(next) : next());
    } finally {
      if (--busy === 0) for (const wake of waiting.splice(0)) wake();
    }
  };
  // On SQLite the signed-in lane already takes its turns on the one connection: yielding there
  // only let the anonymous queue fill with clients that had given up (measured: 2.02× against 1.09×).
  const open = lane(cfg.DIENHINH_PUBLIC_CONCURRENCY ?? 1, sqlite ? () => undefined : quiet);
  // Requests per address in the current minute (one node's count: a flood limit, not an account rule).
  let minute = 0;
  let counts = new Map<string, number>();
  const refuse = (ctx: any, status: number, seconds: number, message: string) => {
    ctx.status = status;
    ctx.set('Retry-After', String(seconds));
    ctx.body = {
      data: null,
      error: {
        status,
        name: status === 429 ? 'TooManyRequestsError' : 'ServiceUnavailableError',
        message,
        details: { code: status === 429 ? 'rate-limited' : 'busy' },
      },
    };
  };
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path === '/_health') return next();
    if (!publicPath(ctx.path) || ctx.get('authorization')) return other(next);
    const now = Math.floor(Date.now() / 60_000);
    if (now !== minute) {
      minute = now;
      counts = new Map();
    }
    const seen = (counts.get(ctx.request.ip) ?? 0) + 1;
    counts.set(ctx.request.ip, seen);
    if (seen > cfg.DIENHINH_PUBLIC_REQUESTS_PER_MINUTE)
      return refuse(ctx, 429, 60, 'Quá nhiều yêu cầu từ địa chỉ này; thử lại sau một phút.');
    if (open.length() >= cfg.DIENHINH_PUBLIC_QUEUE_MAX)
      return refuse(ctx, 503, 5, 'Trang công khai đang bận; thử lại sau ít giây.');
    // A client that gave up while waiting is not served: its request would only delay the next.
    return open.push(() => (ctx.req?.destroyed ? Promise.resolve() : next()));
  };
};
