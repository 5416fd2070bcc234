// The criteria as the unit will be judged, with the self-score form beside each criterion:
// totals per group and the threshold worked out as the officer types (by the domain's own
// scoring), each change saved as a draft a moment later, evidence attached per criterion.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { scoreAssessment, type CriteriaSetDef } from '../../../server/src/domain/scoring';
import { api, schemas } from '../api';
import { FileList, Upload } from '../components/files';
import { CriterionFacts, MarkInput, type Mark } from '../components/mark-input';
import { Loading, Notice } from '../components/ui';
import { moment, points } from '../format';
import { useLoad } from '../use-load';

type View = z.infer<typeof schemas.registrationView>;
const SAVE_AFTER_MS = 800;

export function SelfScore({ view, reload }: { view: View; reload: () => Promise<void> }) {
  const criteria = useLoad(() => api.get(`/api/recognition/registrations/${view.documentId}/criteria`, schemas.criteria), [view.documentId]);
  const editable = view.allowedEvents.includes('self_assess');
  const [marks, setMarks] = useState<Record<string, Mark>>(view.selfMarks);
  const pending = useRef<Record<string, Mark>>({});
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [saving, setSaving] = useState<{ status: 'idle' | 'saving' | 'saved' | 'error'; text?: string }>({ status: 'idle' });

  const score = useMemo(() => (criteria.data ? scoreAssessment(criteria.data as CriteriaSetDef, marks) : null), [criteria.data, marks]);

  async function flush() {
    const batch = pending.current;
    if (!Object.keys(batch).length) return;
    pending.current = {};
    setSaving({ status: 'saving' });
    try {
      await api.send('PUT', `/api/recognition/registrations/${view.documentId}/self-scores`, { marks: batch }, schemas.selfScoresSaved);
      setSaving({ status: 'saved', text: `Đã lưu nháp lúc ${moment(new Date().toISOString()).slice(0, 5)}` });
    } catch (e) {
      setSaving({ status: 'error', text: (e as Error).message });
    }
  }
  useEffect(() => () => clearTimeout(timer.current), []);

  function change(code: string, m: Mark | undefined) {
    setMarks((all) => {
      const next = { ...all };
      if (m) next[code] = m;
      else delete next[code];
      return next;
    });
    // A cleared criterion is not sent: the server keeps marks until they are replaced.
    if (m) pending.current[code] = m;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_AFTER_MS);
  }

  if (criteria.error) return <Notice kind="error">{criteria.error}</Notice>;
  if (!criteria.data || !score) return <Loading what="bộ tiêu chí" />;
  const set = criteria.data;
  return (
    <>
      <p>
        Bộ tiêu chí <strong>{set.name}</strong> (phiên bản {set.version}).{' '}
        {set.threshold?.minTotal != null && <>Ngưỡng công nhận: từ {points(set.threshold.minTotal)} điểm</>}
        {set.threshold?.requireAllKnockOutsPassed && <>; đạt mọi tiêu chí loại trừ</>}
        {set.threshold?.requireAllMandatoryMet && <>; đạt mọi tiêu chí bắt buộc</>}.
      </p>
      {!editable && <Notice kind="info">Hồ sơ đang ở trạng thái "{view.stateLabel}": chỉ xem, không sửa được.</Notice>}
      {!score.meetsThreshold && <p className="bad">Chưa đạt ngưỡng: {score.reasons.join('; ')}.</p>}
      <div className="totals" aria-live="polite">
        <p>
          Tổng điểm tự chấm: <strong>{points(score.total)}</strong> / {points(score.max)}
          {' · '}
          {score.meetsThreshold ? <span className="ok">đạt ngưỡng công nhận</span> : <span className="bad">chưa đạt ngưỡng</span>}
        </p>
        {editable && (
          <p className={`save ${saving.status}`} role={saving.status === 'error' ? 'alert' : undefined}>
            {saving.status === 'saving' ? 'Đang lưu nháp…' : saving.text ?? 'Điểm được lưu nháp tự động khi nhập.'}
          </p>
        )}
      </div>
      {set.groups.map((g) => {
        const gt = score.groups.find((x) => x.code === g.code);
        return (
          <section key={g.code} className="group" aria-labelledby={`g-${g.code}`}>
            <h2 id={`g-${g.code}`}>
              {g.code}. {g.title} <span className="muted">({points(gt?.total)} / {points(gt?.max)} điểm)</span>
            </h2>
            {g.criteria.map((c) => {
              const failedKo = score.knockOutsFailed.includes(c.code);
              return (
                <article key={c.code} className={`criterion${failedKo ? ' failed' : ''}`} aria-labelledby={`c-${c.code}`}>
                  <h3 id={`c-${c.code}`}>
                    {c.code}. {c.title}
                  </h3>
                  <CriterionFacts c={c} />
                  {c.evidenceGuidance && <p className="guidance">Minh chứng: {c.evidenceGuidance}</p>}
                  <MarkInput c={c} mark={marks[c.code]} onChange={(m) => change(c.code, m)} disabled={!editable} idPrefix="self" />
                  {failedKo && <p className="bad">Tiêu chí loại trừ không đạt: đơn vị không được công nhận.</p>}
                  <details>
                    <summary>Minh chứng ({view.files.evidence[c.code]?.length ?? 0})</summary>
                    <FileList files={view.files.evidence[c.code] ?? []} onRemove={editable ? (f) => removeFile(view.documentId, f.id, reload) : undefined} />
                    {editable && <Upload label={`Thêm minh chứng cho tiêu chí ${c.code}`} path={`/api/recognition/registrations/${view.documentId}/evidence/${c.code}`} onDone={reload} />}
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

export async function removeFile(registration: string, fileId: string, reload: () => Promise<void>) {
  await api.send('DELETE', `/api/recognition/registrations/${registration}/files/${fileId}`, undefined, schemas.uploaded);
  await reload();
}
