// On SQLite, requests are let through a few at a time, first come first served.
//
// Strapi gives SQLite one connection. Unbounded, a hundred concurrent requests interleave their
// queries on it, and each request's every query joins the back of the line: the median stays
// low but the slowest requests wait many seconds. Admitting a few requests at a time in arrival
// order lets each finish quickly once admitted, so waiting is fair and bounded by the queue
// ahead. PostgreSQL has a real pool and is not gated. /_health is never queued.
import type { Core } from '@strapi/strapi';
import fastq from 'fastq';
import { z } from 'zod';

const limitSchema = z.coerce.number().int().min(1).max(256).default(2);

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const client = strapi.config.get('database.connection.client');
  if (client !== 'sqlite') return async (_ctx: unknown, next: () => Promise<void>) => next();
  const raw = process.env.DIENHINH_SQLITE_CONCURRENCY || undefined;
  const parsed = limitSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`DIENHINH_SQLITE_CONCURRENCY="${raw}": phải là số nguyên từ 1 đến 256 (must be a whole number from 1 to 256).`);
  const gate = fastq.promise(async (task: () => Promise<void>) => {
    // better-sqlite3 answers synchronously, so a request can run start to finish in microtasks;
    // yielding first lets Node read the sockets and flush the answers between requests.
    await new Promise((resolve) => setImmediate(resolve));
    return task();
  }, parsed.data);
  return async (ctx: { path: string }, next: () => Promise<void>) => {
    if (ctx.path === '/_health') return next();
    return gate.push(next);
  };
};
