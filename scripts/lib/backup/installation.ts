// Where an installation keeps what a backup holds, read from the settings the app itself reads
// (cms/.env, then the environment): its database, the private store of evidence and dossier
// files, the public uploads folder (issued PDFs), the audit anchors, and the keys kept on disk.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../pipeline/src/paths';

export type DatabaseTarget =
  | { client: 'sqlite'; file: string }
  | { client: 'postgres'; url: string };

export type Installation = {
  cmsDir: string;
  envFile: string;
  database: DatabaseTarget;
  /** Where the app keeps files, anchors and the keys it makes (DIENHINH_FILE_STORE, as the app reads it). */
  store: 'database' | 'disk';
  privateDir: string;
  publicDir: string;
  anchorFile: string;
  anchorChainsDir: string;
  auditKey: string;
  /** Key files on this machine: attestation keys made by the app, the demo signing key, files the settings name. */
  keyFiles: string[];
};

/** cms/.env into the environment (what is already set wins, as for the app). */
export function loadEnv(cmsDir = path.join(projectRoot(), 'cms')): void {
  const envFile = path.join(cmsDir, '.env');
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
}

function postgresUrl(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const url = new URL('postgres://localhost');
  url.hostname = env.DATABASE_HOST ?? '127.0.0.1';
  url.port = env.DATABASE_PORT ?? '5432';
  url.username = encodeURIComponent(env.DATABASE_USERNAME ?? 'dienhinh');
  url.password = encodeURIComponent(env.DATABASE_PASSWORD ?? '');
  url.pathname = `/${env.DATABASE_NAME ?? 'dienhinh'}`;
  return url.toString();
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(dir, e.name));
}

export function installation(env: NodeJS.ProcessEnv = process.env): Installation {
  const cmsDir = path.join(projectRoot(), 'cms');
  const database: DatabaseTarget =
    env.DATABASE_CLIENT === 'postgres'
      ? { client: 'postgres', url: postgresUrl(env) }
      : {
          client: 'sqlite',
          // As cms/config/database.ts resolves it once compiled (cms/dist/config): from cms/.
          file: path.resolve(cmsDir, env.DATABASE_FILENAME ?? '.tmp/data.db'),
        };
  const anchorFile = path.resolve(
    env.DIENHINH_AUDIT_ANCHOR || path.join(cmsDir, 'private', 'audit-anchor.json'),
  );
  if (!env.DIENHINH_AUDIT_KEY)
    throw new Error('Thiếu DIENHINH_AUDIT_KEY (khóa nhật ký) trong cms/.env hoặc môi trường.');
  const named = Object.entries(env)
    .filter(
      ([k, v]) => v && /^DIENHINH_(SIGN_P12|QR_KEY)(_[A-Z0-9_]+)?$/.test(k) && !/PASSWORD$/.test(k),
    )
    .map(([, v]) => path.resolve(cmsDir, v!))
    .filter((f) => fs.existsSync(f));
  return {
    cmsDir,
    envFile: path.join(cmsDir, '.env'),
    database,
    store:
      env.DIENHINH_FILE_STORE === 'database' || env.DIENHINH_FILE_STORE === 'disk'
        ? env.DIENHINH_FILE_STORE
        : database.client === 'postgres'
          ? 'database'
          : 'disk',
    privateDir: path.resolve(env.DIENHINH_PRIVATE_DIR ?? path.join(cmsDir, 'private')),
    publicDir: path.join(cmsDir, 'public'),
    anchorFile,
    anchorChainsDir: `${anchorFile.replace(/\.json$/, '')}.chains`,
    auditKey: env.DIENHINH_AUDIT_KEY,
    keyFiles: [
      ...filesUnder(path.join(cmsDir, '.tmp', 'attestation-keys')),
      ...filesUnder(path.join(cmsDir, '.tmp')).filter((f) => /\.p12(\.pass)?$/.test(f)),
      ...named,
    ],
  };
}
