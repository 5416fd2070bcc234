// The council member's part: declare a conflict of interest (which hides scoring), or score each
// criterion beside the unit's own mark, with the difference worked out by the domain and a
// justification asked for wherever it exceeds the plan's gap, the unit's evidence beside each
// criterion. Marks in progress are saved on the server as a draft while typed (only the member
// sees it, and it counts for nothing until sent); sent scores are shown read-only.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { scoreAssessment, type CriteriaSetDef } from '../../../shared/domain/scoring';
import { compareScores } from '../../../shared/domain/score-comparison';
import { api, schemas } from '../api';
import { CriterionFacts, MarkInput } from '../components/mark-input';
import { Confirm, Notice } from '../components/ui';
import { points } from '../format';
import { useAction } from '../use-action';
import { SaveState } from '../components/save-state';
import { useAutosave } from '../use-autosave';
import { useMarkDraft } from '../use-mark-draft';

type Dossier = z.infer<typeof schemas.councilDossier>;
type Criteria = z.infer<typeof schemas.criteria>;

const shown = (v: number | boolean | null) =>
  v === null ? '—' : typeof v === 'boolean' ? (v ? 'Đạt' : 'Không đạt') : points(v);

export function ScoringGrid({
  dossier: d,
  criteria,
  reload,
  evidence,
}: {
  dossier: Dossier;
  criteria: Criteria;
  reload: () => Promise<void>;
  evidence: (code: string) => ReactNode;
}) {
  const canScore = d.allowedEvents.includes('council_score') && !d.myMarks;
  const all = useMemo(() => criteria.groups.flatMap((g) => g.criteria), [criteria]);
  // The server's draft is the starting point; what it has not confirmed yet stays in the tab.
  const form = useMarkDraft(`council.${d.documentId}`, all, d.myMarks ?? d.myDraft ?? {}, canScore);
  const autosave = useAutosave(
    form,
    {
      path: `/api/recognition/registrations/${d.documentId}/council-scores`,
      body: { draft: true },
    },
    canScore,
  );
  const marks = form.marks;
  const [asking, setAsking] = useState<'scores' | 'conflict' | null>(null);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAction();
  const set = criteria as CriteriaSetDef;
  const deltas = useMemo(
    () =>
      new Map(
        compareScores(set, d.selfMarks, marks, d.justificationGap).map((x) => [x.criterion, x]),
      ),
    [set, d, marks],
  );
  const total = useMemo(() => scoreAssessment(set, marks).total, [set, marks]);
  const missing = all.filter((c) => !marks[c.code] || form.invalid.includes(c.code));
  const unjustified = [...deltas.values()].filter(
    (x) => marks[x.criterion] && x.needsJustification && !x.justified,
  );

  async function act(what: 'scores' | 'conflict') {
    if (what === 'scores') await autosave.flush();
    const sent = await run(() =>
      what === 'scores'
        ? api.send(
            'PUT',
            `/api/recognition/registrations/${d.documentId}/council-scores`,
            { marks },
            schemas.uploaded,
          )
        : api.send(
            'POST',
            `/api/recognition/registrations/${d.documentId}/conflicts`,
            { reason: reason.trim() },
            schemas.uploaded,
          ),
    );
    setAsking(null);
    if (sent) {
      form.discard();
      await reload();
    }
  }

  if (d.conflicted)
    return (
      <Notice kind="info">
        Anh/Chị đã khai báo xung đột lợi ích với đơn vị này nên không chấm điểm hồ sơ.
      </Notice>
    );
  const note = (code: string, text: string) =>
    autosave.change(code, { ...form.entryOf(code), note: text || undefined });
  return (
    <section aria-labelledby="scoring">
      <h2 id="scoring">{d.myMarks ? 'Điểm thẩm định của tôi (đã gửi)' : 'Chấm điểm thẩm định'}</h2>
      <Notice kind="error">{error}</Notice>
      {d.allowedEvents.includes('declare_conflict') && !d.myMarks && (
        <details className="card">
          <summary>Khai báo xung đột lợi ích với đơn vị này</summary>
          <form
            className="stack"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              setAsking('conflict');
            }}
          >
            <label>
              Lý do (ít nhất 5 ký tự)
              <textarea
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                minLength={5}
                maxLength={2000}
                required
                rows={3}
              />
            </label>
            <button type="submit" className="secondary">
              Khai báo xung đột lợi ích
            </button>
          </form>
        </details>
      )}
      {!canScore && !d.myMarks && (
        <Notice kind="info">Hồ sơ chưa ở bước chấm điểm thẩm định.</Notice>
      )}
      <p aria-live="polite">
        Tổng điểm thẩm định: <strong>{points(total)}</strong> · điểm tự chấm của đơn vị:{' '}
        {points(d.selfScore.total)} · lệch quá {points(d.justificationGap)} điểm ở một tiêu chí cần
        ghi lý do.
      </p>
      {criteria.groups.map((g) => (
        <section key={g.code} className="group" aria-labelledby={`sg-${g.code}`}>
          <h3 id={`sg-${g.code}`}>
            {g.code}. {g.title}
          </h3>
          {g.criteria.map((c) => {
            const x = deltas.get(c.code)!;
            return (
              <article
                key={c.code}
                className={`criterion grid${x.needsJustification ? ' differs' : ''}`}
                aria-labelledby={`sc-${c.code}`}
              >
                <h4 id={`sc-${c.code}`}>
                  {c.code}. {c.title}
                </h4>
                <CriterionFacts c={c} />
                {evidence(c.code)}
                <p>
                  Đơn vị tự chấm: <strong>{shown(x.self)}</strong>
                  {marks[c.code] && (
                    <>
                      {' '}
                      · chênh lệch:{' '}
                      <strong>
                        {c.scoring === 'pass_fail'
                          ? x.delta
                            ? 'khác kết quả'
                            : 'không'
                          : (x.delta > 0 ? '+' : '') + points(x.delta)}
                      </strong>
                    </>
                  )}
                </p>
                <MarkInput
                  c={c}
                  entry={form.entryOf(c.code)}
                  refused={autosave.refused[c.code]}
                  onChange={(e) => autosave.change(c.code, e)}
                  disabled={!canScore}
                  idPrefix="council"
                />
                {(x.needsJustification || form.entryOf(c.code).note) && (
                  <label>
                    Lý do chênh lệch{x.needsJustification ? ' (bắt buộc)' : ''}
                    <textarea
                      rows={2}
                      value={form.entryOf(c.code).note ?? ''}
                      disabled={!canScore}
                      required={x.needsJustification}
                      onChange={(e) => note(c.code, e.currentTarget.value)}
                    />
                  </label>
                )}
              </article>
            );
          })}
        </section>
      ))}
      {canScore && (
        <>
          {missing.length > 0 && (
            <p className="muted">
              Còn {missing.length} tiêu chí chưa chấm hoặc chưa đúng:{' '}
              {missing.map((c) => c.code).join(', ')}.
            </p>
          )}
          <p className="muted">
            Điểm đang chấm được lưu nháp trên máy chủ ngay khi nhập: chỉ Anh/Chị xem được, mở lại
            trên máy khác vẫn còn, và chưa được tính vào kết quả hội đồng cho đến khi bấm "Gửi điểm
            thẩm định".
          </p>
          <SaveState
            saving={autosave.saving}
            invalid={autosave.unsaved}
            retry={() => void autosave.flush()}
          />
          {unjustified.length > 0 && (
            <p className="bad">
              Cần ghi lý do chênh lệch ở tiêu chí {unjustified.map((x) => x.criterion).join(', ')}.
            </p>
          )}
          <button
            type="button"
            disabled={missing.length > 0 || unjustified.length > 0}
            onClick={() => setAsking('scores')}
          >
            Gửi điểm thẩm định
          </button>
        </>
      )}
      <Confirm
        open={asking !== null}
        title={asking === 'conflict' ? 'Khai báo xung đột lợi ích?' : 'Gửi điểm thẩm định?'}
        confirm={asking === 'conflict' ? 'Khai báo' : 'Gửi điểm'}
        busy={busy}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && act(asking)}
      >
        <p>
          {asking === 'conflict'
            ? 'Sau khi khai báo, Anh/Chị không chấm điểm đơn vị này; điểm đã chấm (nếu có) bị huỷ.'
            : `Tổng điểm thẩm định ${points(total)}. Sau khi gửi, điểm được ghi vào hồ sơ thẩm định.`}
        </p>
      </Confirm>
    </section>
  );
}
