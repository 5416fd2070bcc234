// The work queue's settings, from DIENHINH_* variables (README, "Several nodes").
import os from 'node:os';
import { z } from 'zod';
import { envInt as int, parseEnvConfig } from '../config';
import type { RetryPolicy } from './types';

export const queueConfigSchema = z.object({
  /** Whether this process takes jobs from the shared queue in the background (PostgreSQL). */
  DIENHINH_WORKER: z.enum(['on', 'off']).default('on'),
  /** How this process names itself in job records and logs. */
  DIENHINH_NODE_NAME: z
    .string()
    .regex(/^[\w.:@-]{1,80}$/)
    .optional(),
  DIENHINH_QUEUE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/)
    .default('pgboss'),
  DIENHINH_QUEUE_POLL_MS: int(500, 50, 60_000),
  DIENHINH_QUEUE_RETRIES: int(3, 0, 20),
  DIENHINH_QUEUE_RETRY_DELAY_S: int(5, 0, 3600),
  DIENHINH_QUEUE_JOB_TIMEOUT_S: int(600, 30, 86_000),
});

export type QueueConfig = {
  worker: boolean;
  nodeName: string;
  schema: string;
  pollMs: number;
  policy: RetryPolicy;
};

export function loadQueueConfig(
  env: Record<string, string | undefined> = process.env,
): QueueConfig {
  const c = parseEnvConfig(queueConfigSchema, env);
  return {
    worker: c.DIENHINH_WORKER === 'on',
    nodeName: c.DIENHINH_NODE_NAME ?? `${os.hostname()}:${process.pid}`,
    schema: c.DIENHINH_QUEUE_SCHEMA,
    pollMs: c.DIENHINH_QUEUE_POLL_MS,
    policy: {
      retryLimit: c.DIENHINH_QUEUE_RETRIES,
      retryDelaySeconds: c.DIENHINH_QUEUE_RETRY_DELAY_S,
      expireInSeconds: c.DIENHINH_QUEUE_JOB_TIMEOUT_S,
    },
  };
}
