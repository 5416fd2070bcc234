// The pipeline's configuration: one zod-parsed object from DIENHINH_* environment variables.
import fs from 'node:fs';
import { z } from 'zod';

/** A whole-number variable between min and max, with its default. */
export const envInt = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

export const pipelineConfigSchema = z.object({
  DIENHINH_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  DIENHINH_PDF_CONCURRENCY: envInt(2, 1, 32),
  DIENHINH_PDF_QUEUE_MAX: envInt(200, 1, 100_000),
  DIENHINH_PDF_TIMEOUT_MS: envInt(30_000, 100, 600_000),
  DIENHINH_PDF_RESTART_AFTER: envInt(1000, 1, 1_000_000),
  DIENHINH_PUBLIC_URL: z.url().default('http://localhost:1337'),
  DIENHINH_PDF_BATCH_SIZE: envInt(50, 1, 500),
  DIENHINH_SIGN_P12: z.string().min(1).optional(),
  DIENHINH_SIGN_P12_PASSWORD: z.string().default(''),
  DIENHINH_TSA_URL: z.url({ protocol: /^https?$/ }).optional(),
  DIENHINH_LTV_CRLS: z.string().default(''),
  DIENHINH_LTV_CERTS: z.string().default(''),
  DIENHINH_LTV_FETCH: z.enum(['true', 'false']).default('true'),
  DIENHINH_DOC_TIMESTAMP: z.enum(['true', 'false']).default('false'),
});

export type PipelineConfig = {
  chromiumPath: string;
  concurrency: number;
  queueMax: number;
  timeoutMs: number;
  restartAfter: number;
  publicUrl: string;
  batchSize: number;
  /** PKCS#12 file of the signing key; unset means the demo key (see README). */
  signP12?: string;
  signP12Password: string;
  /** RFC 3161 timestamp authority; unset means signatures without a trusted time (PAdES B-B). */
  tsaUrl?: string;
  /** Long-term validation data: CRL and certificate files, fetching CRLs from the certificates' distribution points, and the document timestamp (B-LTA). */
  ltv: { crlFiles: string[]; certFiles: string[]; fetch: boolean; documentTimestamp: boolean };
};

/**
 * Parses the DIENHINH_* variables a schema names; a bad value throws one message naming the
 * variable, what is allowed and the fix. Empty means unset.
 */
export function parseEnvConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const picked = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) =>
        `${String(i.path[0])}=${JSON.stringify(picked[String(i.path[0])])}: ${describeIssue(i)}`,
    );
    throw new Error(
      `Cấu hình không hợp lệ (invalid configuration):\n  ${lines.join('\n  ')}\nSửa giá trị trên hoặc bỏ biến để dùng mặc định (see README, "Configuration").`,
    );
  }
  return parsed.data;
}

/** A comma-separated list of files, each of which must exist. */
function fileList(value: string): string[] {
  const files = value
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length)
    throw new Error(
      `Cấu hình không hợp lệ (invalid configuration): không có tệp ${missing.join(', ')} (DIENHINH_LTV_CRLS / DIENHINH_LTV_CERTS).`,
    );
  return files;
}

/** Parses the environment; a bad value throws one message naming the variable and the fix. */
export function loadPipelineConfig(
  env: Record<string, string | undefined> = process.env,
): PipelineConfig {
  const c = parseEnvConfig(pipelineConfigSchema, env);
  return {
    chromiumPath: c.DIENHINH_CHROMIUM_PATH,
    concurrency: c.DIENHINH_PDF_CONCURRENCY,
    queueMax: c.DIENHINH_PDF_QUEUE_MAX,
    timeoutMs: c.DIENHINH_PDF_TIMEOUT_MS,
    restartAfter: c.DIENHINH_PDF_RESTART_AFTER,
    publicUrl: c.DIENHINH_PUBLIC_URL.replace(/\/+$/, ''),
    batchSize: c.DIENHINH_PDF_BATCH_SIZE,
    signP12: c.DIENHINH_SIGN_P12,
    signP12Password: c.DIENHINH_SIGN_P12_PASSWORD,
    tsaUrl: c.DIENHINH_TSA_URL,
    ltv: {
      crlFiles: fileList(c.DIENHINH_LTV_CRLS),
      certFiles: fileList(c.DIENHINH_LTV_CERTS),
      fetch: c.DIENHINH_LTV_FETCH === 'true',
      documentTimestamp: c.DIENHINH_DOC_TIMESTAMP === 'true',
    },
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return `phải ≥ ${String(issue.minimum)} (must be at least ${String(issue.minimum)})`;
    case 'too_big':
      return `phải ≤ ${String(issue.maximum)} (must be at most ${String(issue.maximum)})`;
    case 'invalid_type':
      return 'phải là một số nguyên (must be a whole number)';
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map(String).join(', ')} (must be one of these)`;
    case 'invalid_format':
      return 'phải là một URL, ví dụ http://localhost:1337 (must be a URL)';
    default:
      return issue.message;
  }
}

/** Explains what to do when Chromium is missing; undefined when it is there. */
export function chromiumProblem(cfg: PipelineConfig): string | undefined {
  if (fs.existsSync(cfg.chromiumPath)) return undefined;
  return (
    `Không tìm thấy Chromium tại ${cfg.chromiumPath} (Chromium not found). ` +
    'Cài đặt: sudo apt-get install -y chromium, hoặc đặt DIENHINH_CHROMIUM_PATH tới trình duyệt đã cài.'
  );
}
