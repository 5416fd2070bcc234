// Files of a registration and issued documents: evidence and dossier parts attached through the
// workflow (allowed exactly when self-scoring is), and PDFs stored and read back as issued.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { criteriaOf } from '../domain/scoring';
import { DomainFailure } from '../errors';
import type { FileRef } from '../repositories/registrations';
import { getService } from '../utils';
import type { OfficerActor } from './actors';

export type UploadedFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null; size: number };
export type FileTarget = { kind: 'evidence'; criterion: string } | { kind: 'dossier'; part: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => getService(strapi, 'clock').now();

  async function upload(file: UploadedFile, caption: string) {
    const [uploaded] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: file.originalFilename ?? 'tep', caption, alternativeText: caption } },
      files: file,
    });
    return uploaded as { id: number; name: string; url: string };
  }

  return {
    async attach(actor: OfficerActor, documentId: string, target: FileTarget, file: UploadedFile): Promise<FileRef> {
      // Files belong to the self-assessment: checked as that step, without moving the state.
      return getService(strapi, 'workflow').apply<FileRef>(documentId, { type: 'self_assess' }, actor, {
        keepState: true,
        effect: async (reg) => {
          if (target.kind === 'evidence' && !criteriaOf(reg.criteriaSet).some((c) => c.code === target.criterion)) {
            throw new DomainFailure('score-invalid', `Không có tiêu chí "${target.criterion}" trong bộ tiêu chí ${reg.criteriaSet.code}.`);
          }
          const parts = reg.rules.dossierParts;
          if (target.kind === 'dossier' && !parts.some((p) => p.code === target.part)) {
            throw new DomainFailure('score-invalid', `Kế hoạch không có thành phần hồ sơ "${target.part}"; các thành phần: ${parts.map((p) => p.code).join(', ') || '(không có)'}.`);
          }
          const caption = target.kind === 'evidence' ? `Minh chứng tiêu chí ${target.criterion}, ${reg.unit.code} ${reg.year}` : `Hồ sơ ${target.part}, ${reg.unit.code} ${reg.year}`;
          const u = await upload(file, caption);
          const ref: FileRef = { id: u.id, name: u.name, url: u.url, at: clock().toISOString() };
          if (target.kind === 'evidence') {
            const evidence = { ...(reg.evidence ?? {}) };
            evidence[target.criterion] = [...(evidence[target.criterion] ?? []), ref];
            return { data: { evidence }, audit: { action: 'evidence.add', before: null, after: { criterion: target.criterion, file: ref } }, result: ref };
          }
          return {
            data: { dossier: { ...(reg.dossier ?? {}), [target.part]: ref } },
            audit: { action: 'dossier.add', before: { part: target.part, file: reg.dossier?.[target.part] ?? null }, after: { part: target.part, file: ref } },
            result: ref,
          };
        },
      });
    },

    /** Stores an issued PDF through the upload plugin. */
    async storePdf(bytes: Buffer, filename: string, caption: string) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-issue-'));
      const file = path.join(dir, filename);
      fs.writeFileSync(file, bytes);
      try {
        return await upload({ filepath: file, originalFilename: filename, mimetype: 'application/pdf', size: bytes.length }, caption);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },

    async read(file: { url: string }): Promise<Buffer> {
      if (file.url.startsWith('/')) return fs.promises.readFile(path.join(strapi.dirs.static.public, file.url));
      const res = await fetch(file.url);
      if (!res.ok) throw new DomainFailure('not-found', 'Không đọc được tệp đã lưu.');
      return Buffer.from(await res.arrayBuffer());
    },
  };
};
