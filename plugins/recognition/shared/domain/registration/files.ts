// What attaching or removing a file decides: the file goes to a criterion the set has or a part
// the plan asks for, within the registration's quota; only a file the registration holds is
// taken off.
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
