// Files of a registration and issued documents: evidence and dossier parts attached through the
// workflow (allowed exactly when self-scoring is), kept in the private store and opened only by
// those the workflow lets see the registration; and PDFs stored and read back as issued.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { criteriaOf } from '../../../shared/domain/scoring';
import { checkQuota } from '../../../shared/domain/uploads';
import type { Actor } from '../../../shared/domain/workflow';
import { DomainFailure, unwrap } from '../errors';
import type { FileRef, Registration } from './registrations';
import { clockService } from '../config';
import { privateFilesService, registrationRepository, workflowService } from './';
import { auditService } from '../audit';
import type { OfficerActor, StaffActor } from '../people';
import type { StoredFile } from './private-files';

export type UploadedFile = {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
};
export type FileTarget =
  | { kind: 'evidence'; criterion: string }
  | { kind: 'dossier'; part: string };

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
  const filesOf = (reg: Registration): FileRef[] => [
    ...Object.values(reg.evidence ?? {}).flat(),
    ...Object.values(reg.dossier ?? {}),
  ];

  return {
    async attach(
      actor: OfficerActor | StaffActor,
      documentId: string,
      target: FileTarget,
      file: UploadedFile,
    ): Promise<FileRef> {
      // Checked by content before anything is kept; refused files never reach the store.
      const kind = await store().inspect(file.filepath, file.originalFilename ?? 'tep');
      let kept: StoredFile | undefined;
      try {
        // Files belong to the self-assessment: checked as that step, without moving the state.
        return await workflowService(strapi).apply<FileRef>(
          documentId,
          { type: 'self_assess' },
          actor,
          {
            keepState: true,
            effect: async (reg) => {
              if (
                target.kind === 'evidence' &&
                !criteriaOf(reg.criteriaSet).some((c) => c.code === target.criterion)
              ) {
                throw new DomainFailure(
                  'score-invalid',
                  `Không có tiêu chí "${target.criterion}" trong bộ tiêu chí ${reg.criteriaSet.code}.`,
                );
              }
              const parts = reg.rules.dossierParts;
              if (target.kind === 'dossier' && !parts.some((p) => p.code === target.part)) {
                throw new DomainFailure(
                  'score-invalid',
                  `Kế hoạch không có thành phần hồ sơ "${target.part}"; các thành phần: ${parts.map((p) => p.code).join(', ') || '(không có)'}.`,
                );
              }
              const current = filesOf(reg).filter(
                (f) => !(target.kind === 'dossier' && reg.dossier?.[target.part]?.id === f.id),
              );
              unwrap(checkQuota(current, file.size, store().limits(), kind.name));
              kept = await store().keep(file.filepath, kind);
              const ref: FileRef = {
                id: kept.id,
                name: kept.name,
                size: kept.size,
                mime: kept.mime,
                sha256: kept.sha256,
                at: clock().toISOString(),
              };
              if (target.kind === 'evidence') {
                const evidence = { ...(reg.evidence ?? {}) };
                evidence[target.criterion] = [...(evidence[target.criterion] ?? []), ref];
                return {
                  data: { evidence },
                  audit: {
                    action: 'evidence.add',
                    before: null,
                    after: { criterion: target.criterion, file: ref },
                  },
                  result: ref,
                };
              }
              return {
                data: { dossier: { ...(reg.dossier ?? {}), [target.part]: ref } },
                audit: {
                  action: 'dossier.add',
                  before: { part: target.part, file: reg.dossier?.[target.part] ?? null },
                  after: { part: target.part, file: ref },
                },
                result: ref,
              };
            },
          },
        );
      } catch (e) {
        // Nothing half-written: a file kept for a step that did not commit is removed.
        if (kept) await store().remove(kept.id);
        throw e;
      }
    },

    /** Takes a file off a registration while the self-assessment is open (before submission); audited. */
    async remove(
      actor: OfficerActor | StaffActor,
      documentId: string,
      fileId: string,
    ): Promise<{ removed: string }> {
      const out = await workflowService(strapi).apply<{ removed: string }>(
        documentId,
        { type: 'self_assess' },
        actor,
        {
          keepState: true,
          effect: async (reg) => {
            const part = Object.entries(reg.dossier ?? {}).find(([, f]) => String(f.id) === fileId);
            if (part) {
              const dossier = { ...(reg.dossier ?? {}) };
              delete dossier[part[0]];
              return {
                data: { dossier },
                audit: {
                  action: 'dossier.remove',
                  before: { part: part[0], file: part[1] },
                  after: null,
                },
                result: { removed: fileId },
              };
            }
            const criterion = Object.entries(reg.evidence ?? {}).find(([, list]) =>
              list.some((f) => String(f.id) === fileId),
            );
            if (!criterion) throw new DomainFailure('not-found', 'Hồ sơ không có tệp này.');
            const evidence = {
              ...(reg.evidence ?? {}),
              [criterion[0]]: criterion[1].filter((f) => String(f.id) !== fileId),
            };
            const file = criterion[1].find((f) => String(f.id) === fileId);
            return {
              data: { evidence },
              audit: {
                action: 'evidence.remove',
                before: { criterion: criterion[0], file },
                after: null,
              },
              result: { removed: fileId },
            };
          },
        },
      );
      // The stored bytes go once the registration no longer names them (the audit keeps the hash).
      if (/^[a-f0-9]{32}$/.test(fileId)) await store().remove(fileId);
      return out;
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
      return { ref, stream: store().read(ref.id) };
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

    async read(file: { url: string }): Promise<Buffer> {
      if (file.url.startsWith('/'))
        return fs.promises.readFile(path.join(strapi.dirs.static.public, file.url));
      const res = await fetch(file.url);
      if (!res.ok) throw new DomainFailure('not-found', 'Không đọc được tệp đã lưu.');
      return Buffer.from(await res.arrayBuffer());
    },
  };
};
