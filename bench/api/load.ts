// The load bench:api puts on the app: autocannon from a worker thread, rows of latency and
// throughput, and staff traffic measured alone and then beside a crowd of anonymous clients.
import autocannon from 'autocannon';
import type { TestApp } from '../../test/helpers/strapi';

export type Row = {
  label: string;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  rps: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  total: number;
};

export const rowOf = (label: string, r: autocannon.Result): Row => ({
  label,
  p50: r.latency.p50,
  p90: r.latency.p90,
  p99: r.latency.p99,
  max: r.latency.max,
  rps: r.requests.average,
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
  total: r.requests.total,
});

export type Run = (url: string, opts: Partial<autocannon.Options>) => Promise<autocannon.Result>;

/** A runner with the command line's duration and connections as defaults. */
export const runner =
  (duration: number, connections: number): Run =>
  (url, opts) =>
    new Promise((resolve, reject) => {
      // The load comes from a worker thread, so that it does not share the app's event loop.
      autocannon({ url, connections, duration, workers: 1, ...opts }, (err, result) =>
        err ? reject(err) : resolve(result),
      );
    });

export const STAFF_CONNECTIONS = 10;
export const CROWD = 200;

/** Staff traffic alone, then beside a crowd of anonymous verification clients. */
export async function beside(
  run: Run,
  label: string,
  app: TestApp,
  url: string,
  opts: Partial<autocannon.Options>,
  serial: string,
): Promise<Row[]> {
  const quiet = await run(url, { ...opts, connections: STAFF_CONNECTIONS });
  const [loaded, crowd] = await Promise.all([
    run(url, { ...opts, connections: STAFF_CONNECTIONS }),
    run(`${app.baseUrl}/verify/${serial}`, { connections: CROWD }),
  ]);
  return [
    rowOf(`${label}: staff quiet (${STAFF_CONNECTIONS} conn.)`, quiet),
    rowOf(`${label}: staff beside ${CROWD} anonymous /verify`, loaded),
    rowOf(`${label}: ${CROWD} anonymous /verify (crowd)`, crowd),
  ];
}
