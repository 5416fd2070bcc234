// Where the private store keeps its bytes: a directory of this node (`disk`, the default on
// SQLite, one machine) or the database every node shares (`database`, the default on
// PostgreSQL), chosen by DIENHINH_FILE_STORE. A file is written once under a random id, read
// back in chunks and removed; it is never rewritten.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { DomainFailure } from '../errors';
import { ensureTable } from '../config';

export type FileStore = {
  kind: 'disk' | 'database';
  /** Keeps the bytes at `from` under `id` (new); returns them for hashing. */
  put(id: string, from: string): Promise<Buffer>;
  open(id: string): Promise<Readable>;
  remove(id: string): Promise<void>;
};

const missing = () => new DomainFailure('not-found', 'Không tìm thấy tệp.');

export function diskStore(root: string): FileStore {
  const where = (id: string) => path.join(root, id.slice(0, 2), id);
  return {
    kind: 'disk',
    async put(id, from) {
      const target = where(id);
      await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      await fs.promises.copyFile(from, target, fs.constants.COPYFILE_EXCL);
      return fs.promises.readFile(target);
    },
    async open(id) {
      const file = where(id);
      if (!fs.existsSync(file)) throw missing();
      return fs.createReadStream(file);
    },
    async remove(id) {
      await fs.promises.rm(where(id), { force: true });
    },
  };
}

export const BLOB_TABLE = 'recognition_file_blobs';
/** Read a chunk at a time: a large file never sits whole in memory. */
const CHUNK = 1 << 20;

/** A stored blob's bytes, chunk after chunk (a substring of the column per query). */
export function blobChunks(
  strapi: Core.Strapi,
  table: string,
  where: Record<string, string>,
  size: number,
): Readable {
  const knex = strapi.db.connection;
  const part =
    strapi.db.dialect.client === 'postgres'
      ? 'substring(bytes from ? for ?)'
      : 'substr(bytes, ?, ?)';
  let at = 0;
  return new Readable({
    async read() {
      try {
        if (at >= size) return void this.push(null);
        const rows = await knex(table)
          .where(where)
          .select(knex.raw(`${part} AS part`, [at + 1, CHUNK]));
        if (!rows.length) throw missing();
        at += CHUNK;
        this.push(Buffer.from(rows[0].part));
      } catch (err) {
        this.destroy(err as Error);
      }
    },
  });
}

export function databaseStore(strapi: Core.Strapi): FileStore {
  const knex = () => strapi.db.connection;
  let ready: Promise<void> | undefined;
  const create = () =>
    ensureTable(strapi, BLOB_TABLE, (t) => {
      t.string('id', 32).primary();
      t.binary('bytes').notNullable();
      t.integer('size').notNullable();
      t.timestamp('created_at').notNullable();
    });
  // A failed attempt is tried again by the next call.
  const table = () =>
    (ready ??= create().catch((err: unknown) => {
      ready = undefined;
      throw err;
    }));
  return {
    kind: 'database',
    async put(id, from) {
      await table();
      const bytes = await fs.promises.readFile(from);
      await knex()(BLOB_TABLE).insert({ id, bytes, size: bytes.length, created_at: new Date() });
      return bytes;
    },
    async open(id) {
      await table();
      const row = await knex()(BLOB_TABLE).where({ id }).first('size');
      if (!row) throw missing();
      return blobChunks(strapi, BLOB_TABLE, { id }, Number(row.size));
    },
    async remove(id) {
      await table();
      await knex()(BLOB_TABLE).where({ id }).delete();
    },
  };
}
