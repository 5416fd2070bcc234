// Evidence and dossier parts live outside the public /uploads path, in the private store (the
// database every node shares, or a directory, DIENHINH_PRIVATE_DIR, default cms/private: see
// file-store.ts), under random names; they are checked by content before they are kept and are
// read back only through the authorised file routes.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { FileRef } from '../../../shared/domain/registration/record';
import {
  checkAttachment,
  checkQuota,
  safeFileName,
  type AttachmentExt,
  type UploadLimits,
} from '../../../shared/domain/uploads';
import { DomainFailure, unwrap } from '../errors';
import { envInt, parseEnvConfig, sharedStoreKind } from '../config';
import { databaseStore, diskStore } from './file-store';

export type StoredFile = {
  id: string;
  name: string;
  size: number;
  mime: string;
  ext: AttachmentExt;
  sha256: string;
};

const configSchema = z.object({
  DIENHINH_PRIVATE_DIR: z.string().min(1).optional(),
  DIENHINH_FILE_STORE: z
    .enum(['database', 'disk'], { message: 'là "database" hoặc "disk"' })
    .optional(),
  DIENHINH_UPLOAD_MAX_FILE_MB: envInt(20, 1, 500),
  DIENHINH_UPLOAD_MAX_REGISTRATION_MB: envInt(200, 1, 10_000),
  DIENHINH_UPLOAD_MAX_FILES: envInt(60, 1, 1000),
});

// file-type is an ES module; the plugin is bundled as CommonJS, so it is imported on first use.
let fileTypeModule: Promise<typeof import('file-type')> | undefined;
const detect = async (head: Uint8Array) =>
  (await (fileTypeModule ??= import('file-type'))).fileTypeFromBuffer(head);

const ID = /^[a-f0-9]{32}$/;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cfg = parseEnvConfig(configSchema);
  const root = path.resolve(cfg.DIENHINH_PRIVATE_DIR ?? path.join(strapi.dirs.app.root, 'private'));
  const limits: UploadLimits = {
    maxFileBytes: cfg.DIENHINH_UPLOAD_MAX_FILE_MB * 1024 * 1024,
    maxRegistrationBytes: cfg.DIENHINH_UPLOAD_MAX_REGISTRATION_MB * 1024 * 1024,
    maxFiles: cfg.DIENHINH_UPLOAD_MAX_FILES,
  };
  const checked = (id: string) => {
    if (!ID.test(id)) throw new DomainFailure('not-found', 'Không tìm thấy tệp.');
    return id;
  };
  // Every node reads the shared database; a directory only where one machine runs (SQLite).
  const store = sharedStoreKind(strapi) === 'database' ? databaseStore(strapi) : diskStore(root);

  return {
    limits: () => limits,
    root: () => root,
    kind: () => store.kind,

    /** Checks an uploaded temp file by content; returns what it is, or refuses in Vietnamese. */
    async inspect(
      filepath: string,
      originalName: string,
    ): Promise<{ ext: AttachmentExt; mime: string; name: string }> {
      const fd = await fs.promises.open(filepath, 'r');
      try {
        const head = Buffer.alloc(64 * 1024);
        const { bytesRead } = await fd.read(head, 0, head.length, 0);
        const first = head.subarray(0, bytesRead);
        const kind = unwrap(checkAttachment(await detect(first), first, originalName));
        return { ...kind, name: safeFileName(originalName, kind.ext) };
      } finally {
        await fd.close();
      }
    },

    /** Copies a checked temp file into the private store under a random id. */
    async keep(
      filepath: string,
      kind: { ext: AttachmentExt; mime: string; name: string },
    ): Promise<StoredFile> {
      const id = randomBytes(16).toString('hex');
      const bytes = await store.put(id, filepath);
      return {
        id,
        name: kind.name,
        size: bytes.length,
        mime: kind.mime,
        ext: kind.ext,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    },

    /**
     * An upload checked by content and size, then kept: the reference a record holds to it,
     * stamped with `at`. Refused files never reach the store.
     */
    async keepUpload(
      file: { filepath: string; originalFilename?: string | null; size: number },
      at: Date,
    ): Promise<FileRef & { id: string }> {
      const kind = await this.inspect(file.filepath, file.originalFilename ?? 'tep');
      if (file.size === 0 || file.size > limits.maxFileBytes)
        unwrap(checkQuota([], file.size, limits, kind.name));
      const kept = await this.keep(file.filepath, kind);
      const { id, name, size, mime, sha256 } = kept;
      return { id, name, size, mime, sha256, at: at.toISOString() };
    },

    async remove(id: string): Promise<void> {
      await store.remove(checked(id));
    },

    read(id: string): Promise<Readable> {
      return store.open(checked(id));
    },
  };
};
