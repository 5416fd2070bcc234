// The work queue's contract. Render-and-issue work is cut into batches; a batch is a job. With
// SQLite the jobs run in this process; with PostgreSQL they go through pg-boss, so every
// server or worker process attached to the database takes its share.
import { z } from 'zod';
import { serialSchema } from '../../../shared/domain/certificate-serial';

export const CERTIFICATE_BATCH = 'certificate-batch';

/** A job as stored: read back from the database by another process, so parsed at the edge. */
export const certificateBatchSchema = z.object({
  jurisdiction: z.string().min(1),
  year: z.number().int(),
  serials: z.array(serialSchema).min(1),
});
export type CertificateBatch = z.infer<typeof certificateBatchSchema>;

/** What a finished job reports: which process did it and how many certificates it issued. */
export type BatchOutput = { node: string; issued: number; rendered: number };

export type JobHandler = (batch: CertificateBatch) => Promise<BatchOutput>;

export type JobFailure = { id: string; message: string };

export type QueueDepth = { waiting: number; active: number; failed: number };

export type YearJobs = { pending: number; failed: number; lastError: string | null };

export interface JobQueue {
  readonly kind: 'in-process' | 'postgres';
  /** Adds the batches; returns their ids. */
  send(batches: CertificateBatch[]): Promise<string[]>;
  /** Starts taking jobs in this process (idempotent). */
  work(handler: JobHandler): Promise<void>;
  /** Stops taking new jobs in this process; a job in hand is finished first. */
  stopWorking(): Promise<void>;
  readonly working: boolean;
  /** Of these jobs, the ones that failed for good (retries spent), with the last error. */
  failures(ids: string[]): Promise<JobFailure[]>;
  /** Of these jobs, how many are still waiting or running. */
  pending(ids: string[]): Promise<number>;
  /** The jobs of one jurisdiction's year: waiting or running, failed for good, the last error. */
  summary(jurisdiction: string, year: number): Promise<YearJobs>;
  /** Every job of the queue by state, over all years: what the metrics show. */
  depth(): Promise<QueueDepth>;
  stop(): Promise<void>;
}

export type RetryPolicy = {
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
};
