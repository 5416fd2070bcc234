// Files of a registration and issued documents: evidence and dossier parts attached through the
// workflow (allowed exactly when self-scoring is), kept in the private store and opened only by
// those the workflow lets see the registration; and PDFs stored and read back as issued.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { filesOf, type FileTarget } from '../../../shared/domain/registration';
import type { Actor } from '../../../shared/domain/workflow';
import { ACT } from '../constants/uids';
import { DomainFailure } from '../errors';
import type { FileRef } from './registrations';
import { clockService } from '../config';
import { privateFilesService, registrationRepository, uploadStore, workflowService } from './';
import { auditService } from '../audit';
import type { OfficerActor, StaffActor } from '../people';

export type UploadedFile = {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
};
export type { FileTarget };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => clockService(strapi).now();

  async function upload(file: UploadedFile, caption: string) {
    const [uploaded] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: {
          fileInfo: { name: file.originalFilename ?? 'tep', caption, alternativeText: caption },
        },
        files: file,
      });
    return uploaded as { id: number; name: string; url: string };
  }

  const store = () => privateFilesService(strapi);

  /** A file's bytes: kept privately, or an issued act's stored PDF (the council's minutes). */
  async function streamOf(id: string): Promise<NodeJS.ReadableStream> {
    if (!id.startsWith('act-')) return store().read(id);
    const act = await strapi.db
      .query(ACT)
      .findOne({ where: { documentId: id.slice(4), status: 'issued' }, populate: ['pdf'] });
    if (!act?.pdf) throw new DomainFailure('not-found', 'Không tìm thấy văn bản đã ban hành.');
    return Readable.from(await readStored(act.pdf));
  }

  async function readStored(file: { url: string }): Promise<Buffer> {
    if (file.url.startsWith('/'))
      return (
        // Kept in the database every node shares (upload-store.ts), else in this node's folder.
        (await uploadStore(strapi).read(file.url)) ??
        fs.promises.readFile(path.join(strapi.dirs.static.public, file.url))
      );
    const res = await fetch(file.url);
    if (!res.ok) throw new DomainFailure('not-found', 'Không đọc được tệp đã lưu.');
    return Buffer.from(await res.arrayBuffer());
  }

  return {
    async attach(
      actor: OfficerActor | StaffActor,
      documentId: string,
      target: FileTarget,
      file: UploadedFile,
    ): Promise<FileRef> {
      const ref = await store().keepUpload(file, clock());
      try {
        // Files belong to the self-assessment: decided as that step, without moving the state.
        await workflowService(strapi).run(
          documentId,
          { type: 'attach_file', target, file: ref, limits: store().limits() },
          actor,
        );
        return ref;
      } catch (e) {
        // Nothing half-written: a file kept for a step that did not commit is removed.
        await store().remove(ref.id);
        throw e;
      }
    },

    /** Takes a file off a registration while the self-assessment is open (before submission); audited. */
    async remove(
      actor: OfficerActor | StaffActor,
      documentId: string,
      fileId: string,
    ): Promise<{ removed: string }> {
      await workflowService(strapi).run(documentId, { type: 'remove_file', fileId }, actor);
      // The stored bytes go once the registration no longer names them (the audit keeps the hash).
      if (/^[a-f0-9]{32}$/.test(fileId)) await store().remove(fileId);
      return { removed: fileId };
    },

    /** One attached file of a registration, for a caller the workflow lets see the registration. */
    async open(actor: Actor, documentId: string, fileId: string) {
      const reg = await registrationRepository(strapi).load(documentId);
      await workflowService(strapi).checkScope(actor, reg);
      const ref = filesOf(reg).find((f) => String(f.id) === fileId);
      if (!ref || typeof ref.id !== 'string')
        throw new DomainFailure('not-found', 'Hồ sơ không có tệp này.');
      if ('scope' in actor) {
        // What staff open from a dossier is on the record.
        await auditService(strapi).appendBy(
          actor,
          {
            action: 'file.download',
            subjectType: 'registration',
            subjectId: reg.documentId,
            unitCode: reg.unit.code,
            jurisdiction: reg.unit.jurisdiction?.slug ?? null,
            before: null,
            after: { file: ref.id, name: ref.name, sha256: ref.sha256 ?? null },
          },
          clock(),
        );
      }
      return { ref, stream: await streamOf(ref.id) };
    },

    /** Stores an issued PDF through the upload plugin. */
    async storePdf(bytes: Buffer, filename: string, caption: string) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-issue-'));
      const file = path.join(dir, filename);
      fs.writeFileSync(file, bytes);
      try {
        return await upload(
          {
            filepath: file,
            originalFilename: filename,
            mimetype: 'application/pdf',
            size: bytes.length,
          },
          caption,
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },

    read: readStored,
  };
};
