// Files of the Media Library (issued PDFs, seals, signatures) kept in the database every node
// shares when DIENHINH_FILE_STORE is `database` (the default on PostgreSQL): Strapi's upload
// provider is extended to write them into a table of their own, under the name the local provider
// would give them, and /uploads/<name> reads them from there in chunks, so that a node serves a
// PDF another node issued without a shared disk and without holding a large file in memory.
import type { Core } from '@strapi/strapi';
import type { Next, ParameterizedContext } from 'koa';
import { ensureTable, sharedStoreKind } from '../config';
import { blobChunks } from './file-store';

export const UPLOAD_TABLE = 'recognition_upload_blobs';
const PREFIX = '/uploads/';

type UploadFile = {
  hash: string;
  ext?: string;
  mime?: string;
  url?: string;
  buffer?: Buffer;
  stream?: NodeJS.ReadableStream;
};

async function bytesOf(file: UploadFile): Promise<Buffer> {
  if (file.buffer) return file.buffer;
  const parts: Buffer[] = [];
  for await (const part of file.stream as AsyncIterable<Buffer>) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

const stores = new WeakMap<Core.Strapi, ReturnType<typeof makeStore>>();

/** One store per app: its table is looked for once. */
export function uploadStore(strapi: Core.Strapi) {
  let store = stores.get(strapi);
  if (!store) stores.set(strapi, (store = makeStore(strapi)));
  return store;
}

function makeStore(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  let ready: Promise<void> | undefined;
  const table = async () => {
    ready ??= ensureTable(strapi, UPLOAD_TABLE, (t) => {
      t.string('name', 255).primary();
      t.binary('bytes').notNullable();
      t.integer('size').notNullable();
      t.string('mime', 100).notNullable();
      t.timestamp('created_at').notNullable();
    }).catch((err: unknown) => {
      ready = undefined;
      throw err;
    });
    await ready;
  };
  /** The name a stored upload's URL gives, or null for a URL elsewhere. */
  const nameOf = (url: string | undefined) =>
    url?.startsWith(PREFIX) && !url.slice(PREFIX.length).includes('/')
      ? decodeURIComponent(url.slice(PREFIX.length))
      : null;

  async function find(name: string) {
    await table();
    return (await knex()(UPLOAD_TABLE).where({ name }).first('size', 'mime')) as
      | { size: number; mime: string }
      | undefined;
  }

  const kind = sharedStoreKind(strapi);
  return {
    kind,
    nameOf,
    /** An upload kept here, with its size and type, or null. */
    async open(url: string) {
      const name = kind === 'database' ? nameOf(url) : null;
      const row = name ? await find(name) : undefined;
      return row
        ? { ...row, stream: blobChunks(strapi, UPLOAD_TABLE, { name: name! }, Number(row.size)) }
        : null;
    },
    async read(url: string): Promise<Buffer | null> {
      const found = await this.open(url);
      if (!found) return null;
      const parts: Buffer[] = [];
      for await (const p of found.stream) parts.push(p as Buffer);
      return Buffer.concat(parts);
    },
    /** Where the store is the database: Strapi's upload provider writes here, and /uploads reads here first. */
    install() {
      if (kind !== 'database') return;
      strapi.server.routes([
        {
          method: 'GET',
          path: '/uploads/:name',
          // As public as the local provider's folder; any name not kept here goes on to it.
          config: { auth: false },
          handler: async (ctx: ParameterizedContext, next: Next) => {
            const found = await this.open(ctx.path);
            if (!found) return next();
            ctx.type = found.mime;
            ctx.length = found.size;
            ctx.set('cache-control', 'public, max-age=31536000, immutable');
            ctx.body = found.stream;
          },
        },
      ]);
      const provider = strapi.plugin('upload').provider as unknown as {
        extend(methods: Record<string, (file: UploadFile) => Promise<void>>): void;
      };
      const upload = async (file: UploadFile) => {
        await table();
        const name = `${file.hash}${file.ext ?? ''}`;
        const bytes = await bytesOf(file);
        await knex()(UPLOAD_TABLE).insert({
          name,
          bytes,
          size: bytes.length,
          mime: file.mime ?? 'application/octet-stream',
          created_at: new Date(),
        });
        file.url = `${PREFIX}${encodeURIComponent(name)}`;
      };
      provider.extend({
        upload,
        uploadStream: upload,
        async delete(file: UploadFile) {
          const name = nameOf(file.url);
          if (name) await knex()(UPLOAD_TABLE).where({ name }).delete();
        },
      });
    },
  };
}
