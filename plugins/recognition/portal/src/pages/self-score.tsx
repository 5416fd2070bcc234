// The criteria as the unit will be judged, with the self-score form beside each criterion:
// totals per group and the threshold worked out as the officer types (by the domain's own
// scoring), each mark checked on its field as typed and saved a moment later (one wrong mark
// never holds back the others; what the server has not confirmed stays in the tab through a
// reload), evidence attached per criterion.
import { useMemo } from 'react';
import type { z } from 'zod';
import { scoreAssessment, type CriteriaSetDef } from '../../../shared/domain/scoring';
import { api, schemas } from '../api';
import { FileList, Upload } from '../components/files';
import { CriterionFacts, MarkInput } from '../components/mark-input';
import { SaveState } from '../components/save-state';
import { Loading, Notice } from '../components/ui';
import { points } from '../format';
import { useLoad } from '../use-load';
import { useAutosave } from '../use-autosave';
import { useMarkDraft } from '../use-mark-draft';

type View = z.infer<typeof schemas.registrationView>;

export function SelfScore({ view, reload }: { view: View; reload: () => Promise<void> }) {
  const criteria = useLoad(
    () => api.get(`/api/recognition/registrations/${view.documentId}/criteria`, schemas.criteria),
    [view.documentId],
  );
  const editable = view.allowedEvents.includes('self_assess');
  const all = useMemo(() => criteria.data?.groups.flatMap((g) => g.criteria), [criteria.data]);
  const form = useMarkDraft(`self.${view.documentId}`, all, view.selfMarks, editable);
  const autosave = useAutosave(
    form,
    { path: `/api/recognition/registrations/${view.documentId}/self-scores` },
    editable && !!all,
  );
  const score = useMemo(
    () => (criteria.data ? scoreAssessment(criteria.data as CriteriaSetDef, form.marks) : null),
    [criteria.data, form.marks],
  );

  if (criteria.error) return <Notice kind="error">{criteria.error}</Notice>;
  if (!criteria.data || !score) return <Loading what="bộ tiêu chí" />;
  const set = criteria.data;
  return (
    <>
      <p>
        <strong>{set.name}</strong> (phiên bản {set.version}).{' '}
        {set.threshold?.minTotal != null && (
          <>Ngưỡng công nhận: từ {points(set.threshold.minTotal)} điểm</>
        )}
        {set.threshold?.requireAllKnockOutsPassed && <>; đạt mọi tiêu chí loại trừ</>}
        {set.threshold?.requireAllMandatoryMet && <>; đạt mọi tiêu chí bắt buộc</>}.
      </p>
      {!editable && (
        <Notice kind="info">
          Hồ sơ đang ở trạng thái "{view.stateLabel}": chỉ xem, không sửa được.
        </Notice>
      )}
      {!score.meetsThreshold && <p className="bad">Chưa đạt ngưỡng: {score.reasons.join('; ')}.</p>}
      <div className="totals" aria-live="polite">
        <p>
          Tổng điểm tự chấm: <strong>{points(score.total)}</strong> / {points(score.max)}
          {' · '}
          {score.meetsThreshold ? (
            <span className="ok">đạt ngưỡng công nhận</span>
          ) : (
            <span className="bad">chưa đạt ngưỡng</span>
          )}
        </p>
        {editable && (
          <SaveState
            saving={autosave.saving}
            invalid={autosave.unsaved}
            retry={() => void autosave.flush()}
          />
        )}
      </div>
      {set.groups.map((g) => {
        const gt = score.groups.find((x) => x.code === g.code);
        return (
          <section key={g.code} className="group" aria-labelledby={`g-${g.code}`}>
            <h2 id={`g-${g.code}`}>
              {g.code}. {g.title}{' '}
              <span className="muted">
                ({points(gt?.total)} / {points(gt?.max)} điểm)
              </span>
            </h2>
            {g.criteria.map((c) => {
              // Failed only once answered "không đạt": an unanswered knock-out is not yet a failure.
              const failedKo =
                score.knockOutsFailed.includes(c.code) && form.marks[c.code] !== undefined;
              return (
                <article
                  key={c.code}
                  className={`criterion${failedKo ? ' failed' : ''}`}
                  aria-labelledby={`c-${c.code}`}
                >
                  <h3 id={`c-${c.code}`}>
                    {c.code}. {c.title}
                  </h3>
                  <CriterionFacts c={c} />
                  {c.evidenceRequired && (
                    <p className="guidance">
                      <strong>Bắt buộc đính kèm minh chứng trước khi nộp.</strong>
                    </p>
                  )}
                  {c.evidenceGuidance && (
                    <p className="guidance">Minh chứng: {c.evidenceGuidance}</p>
                  )}
                  <MarkInput
                    c={c}
                    entry={form.entryOf(c.code)}
                    refused={autosave.refused[c.code]}
                    onChange={(e) => autosave.change(c.code, e)}
                    disabled={!editable}
                    idPrefix="self"
                  />
                  {failedKo && (
                    <p className="bad">Tiêu chí loại trừ không đạt: đơn vị không được công nhận.</p>
                  )}
                  <details>
                    <summary>Minh chứng ({view.files.evidence[c.code]?.length ?? 0})</summary>
                    <FileList
                      files={view.files.evidence[c.code] ?? []}
                      onRemove={
                        editable ? (f) => removeFile(view.documentId, f.id, reload) : undefined
                      }
                    />
                    {editable && (
                      <Upload
                        label={`Thêm minh chứng cho tiêu chí ${c.code}`}
                        path={`/api/recognition/registrations/${view.documentId}/evidence/${c.code}`}
                        onDone={reload}
                      />
                    )}
                  </details>
                </article>
              );
            })}
          </section>
        );
      })}
    </>
  );
}

export async function removeFile(
  registration: string,
  fileId: string,
  reload: () => Promise<void>,
) {
  await api.send(
    'DELETE',
    `/api/recognition/registrations/${registration}/files/${fileId}`,
    undefined,
    schemas.uploaded,
  );
  await reload();
}
