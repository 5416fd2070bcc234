// Where the attestation keys the app makes itself are kept (a key named by DIENHINH_QR_KEY_<SLUG>
// or DIENHINH_QR_KEY is the operator's file and is only read): by DIENHINH_FILE_STORE
// (config/shared-store.ts), in this node's cms/.tmp/attestation-keys (`disk`), or in the database
// every node shares (`database`, the default on PostgreSQL), sealed with AES-256-GCM under a key
// drawn from the audit key, so that every node signs a province's QR codes with the same key and
// the database alone does not give it away. A key file made on disk before moves in once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ensureTable, sharedStoreKind } from '../config';

export const ATTESTATION_KEY_TABLE = 'recognition_attestation_keys';

const newKeyPem = () =>
  crypto
    .generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

function sealer(auditKey: string) {
  const key = Buffer.from(crypto.hkdfSync('sha256', auditKey, 'dienhinh', 'attestation-keys', 32));
  return {
    seal(pem: string, slug: string): string {
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(slug));
      const body = Buffer.concat([c.update(pem, 'utf8'), c.final()]);
      return [iv, c.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
    },
    open(sealed: string, slug: string): string {
      const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64'));
      const d = crypto.createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(slug));
      d.setAuthTag(tag);
      return Buffer.concat([d.update(body), d.final()]).toString('utf8');
    },
  };
}

/** The PEM of a province's key made by the app: read, or made once (by whichever node is first). */
export function madeKeys(strapi: Core.Strapi) {
  const fileOf = (slug: string) =>
    path.join(strapi.dirs.app.root, '.tmp', 'attestation-keys', `${slug}.pem`);
  const log = (slug: string, where: string) =>
    strapi.log.warn(
      `recognition: DIENHINH_QR_KEY_… của ${slug} chưa đặt: đã tạo khóa ký mã QR của ${slug} (${where}).`,
    );

  async function onDisk(slug: string): Promise<string> {
    const file = fileOf(slug);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      try {
        fs.writeFileSync(file, newKeyPem(), { mode: 0o600, flag: 'wx' });
        log(slug, file);
      } catch (e) {
        // Another process made it at the same moment: theirs is used.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    return fs.readFileSync(file, 'utf8');
  }

  async function inDatabase(slug: string): Promise<string> {
    const box = sealer(process.env.DIENHINH_AUDIT_KEY ?? '');
    await ensureTable(strapi, ATTESTATION_KEY_TABLE, (t) => {
      t.string('slug', 64).primary();
      t.text('sealed').notNullable();
    });
    const knex = strapi.db.connection;
    const read = async () =>
      (await knex(ATTESTATION_KEY_TABLE).where({ slug }).first('sealed')) as
        | { sealed: string }
        | undefined;
    let row = await read();
    let made: string | undefined;
    if (!row) {
      // This node's key file, if it made one before, keeps the QR codes it printed verifying.
      const file = fileOf(slug);
      made = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : newKeyPem();
      await knex(ATTESTATION_KEY_TABLE)
        .insert({ slug, sealed: box.seal(made, slug) })
        .onConflict('slug')
        .ignore();
      row = await read();
    }
    let pem: string;
    try {
      pem = box.open(row!.sealed, slug);
    } catch {
      throw new Error(
        `Không mở được khóa ký mã QR của ${slug} trong ${ATTESTATION_KEY_TABLE}: DIENHINH_AUDIT_KEY khác khóa đã niêm phong (mọi máy chủ phải dùng cùng cms/.env).`,
      );
    }
    // Said once, by the node whose key was kept (another's, made at the same moment, won).
    if (made === pem) log(slug, `bảng ${ATTESTATION_KEY_TABLE}, dùng chung mọi máy chủ`);
    return pem;
  }

  return sharedStoreKind(strapi) === 'database'
    ? { kind: 'database' as const, pemOf: inDatabase }
    : { kind: 'disk' as const, pemOf: onDisk };
}
