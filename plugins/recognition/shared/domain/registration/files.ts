// What attaching or removing a file decides: the file goes to a criterion the set has or a part
// the plan asks the unit for, within the registration's quota; only a file the registration holds
// is taken off; the council's minutes fill the parts the plan says the council provides.
import { err, ok, type Result } from '../errors';
import { criteriaOf } from '../scoring';
import { checkQuota, type UploadLimits } from '../uploads';
import type { RegistrationEvent } from './events';
import { filesOf, type FileRef, type FileTarget, type RegistrationRecord } from './record';

export function attach(
  r: RegistrationRecord,
  c: { target: FileTarget; file: FileRef; limits: UploadLimits },
): Result<RegistrationEvent[]> {
  const { target, file } = c;
  if (
    target.kind === 'evidence' &&
    !criteriaOf(r.criteriaSet).some((x) => x.code === target.criterion)
  )
    return err(
      'score-invalid',
      `Không có tiêu chí "${target.criterion}" trong bộ tiêu chí ${r.criteriaSet.code}.`,
    );
  const parts = r.rules.dossierParts;
  if (target.kind === 'dossier' && !parts.some((p) => p.code === target.part))
    return err(
      'score-invalid',
      `Kế hoạch không có thành phần hồ sơ "${target.part}"; các thành phần: ${parts.map((p) => p.code).join(', ') || '(không có)'}.`,
    );
  const part = target.kind === 'dossier' ? parts.find((p) => p.code === target.part) : undefined;
  if (part?.provider === 'council')
    return err(
      'score-invalid',
      `Thành phần "${part.label}" do Hội đồng thẩm định cung cấp: biên bản họp được đưa vào hồ sơ khi ban hành, đơn vị không tải lên.`,
    );
  // A dossier part holds one file: the one it replaces does not count towards the quota.
  const current = filesOf(r).filter(
    (f) => !(target.kind === 'dossier' && r.dossier?.[target.part]?.id === f.id),
  );
  const quota = checkQuota(current, file.size ?? 0, c.limits, file.name);
  if (!quota.ok) return quota;
  return ok([
    target.kind === 'evidence'
      ? { type: 'evidence.add', criterion: target.criterion, file }
      : { type: 'dossier.add', part: target.part, file },
  ]);
}

export function removeFile(r: RegistrationRecord, fileId: string): Result<RegistrationEvent[]> {
  const part = Object.entries(r.dossier ?? {}).find(([, f]) => String(f.id) === fileId);
  if (part) return ok([{ type: 'dossier.remove', part: part[0], file: part[1] }]);
  for (const [criterion, list] of Object.entries(r.evidence ?? {})) {
    const file = list.find((f) => String(f.id) === fileId);
    if (file) return ok([{ type: 'evidence.remove', criterion, file }]);
  }
  return err('not-found', 'Hồ sơ không có tệp này.');
}

/** The council's issued minutes, filed as every part the plan says the council provides (once). */
export function fileMinutes(r: RegistrationRecord, file: FileRef): Result<RegistrationEvent[]> {
  const named = r.rules.dossierParts.filter((p) => p.provider === 'council').map((p) => p.code);
  // Where the plan lists no such part the minutes still join the dossier the approver decides on.
  const parts = named.length ? named : ['minutes'];
  if (parts.every((p) => r.dossier?.[p]?.id === file.id)) return ok([]);
  return ok([{ type: 'file_minutes', parts, file }]);
}
