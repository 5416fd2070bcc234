// The dossier's parts the plan asks for, and the submit step: the checklist of what is missing,
// the confirmation, and the receipt once submitted.
import { useState } from 'react';
import { api, schemas } from '../../api';
import { FileList, Upload } from '../../components/files';
import { Confirm, Notice } from '../../components/ui';
import { date, moment, points } from '../../format';
import { useAction } from '../../use-action';
import { removeFile } from '../self-score';
import type { View } from './index';

export function DossierParts({ v, reload }: { v: View; reload: () => Promise<void> }) {
  const editable = v.allowedEvents.includes('self_assess');
  const [error, setError] = useState<string | null>(null);
  if (!v.dossierParts.length)
    return (
      <p>Kế hoạch không yêu cầu thành phần hồ sơ riêng; minh chứng đính kèm theo từng tiêu chí.</p>
    );
  return (
    <>
      <Notice kind="error">{error}</Notice>
      {v.dossierParts.map((p) => {
        const files = v.files.dossier.filter((f) => f.part === p.code);
        // The plan says the council provides it: its issued minutes are filed here, never uploaded.
        const byCouncil = p.provider === 'council';
        return (
          <section key={p.code} className="card" aria-labelledby={`p-${p.code}`}>
            <h2 id={`p-${p.code}`}>
              {p.label}{' '}
              {byCouncil ? (
                <span className="tag muted">Hội đồng thẩm định cung cấp</span>
              ) : p.required ? (
                <span className="tag">Bắt buộc</span>
              ) : (
                <span className="tag muted">Không bắt buộc</span>
              )}
            </h2>
            {byCouncil && !files.length && (
              <p className="muted">
                Biên bản họp của Hội đồng thẩm định được đưa vào hồ sơ khi ban hành; đơn vị không
                tải lên thành phần này.
              </p>
            )}
            <FileList
              files={files}
              onRemove={
                editable && !byCouncil
                  ? (f) =>
                      removeFile(v.documentId, f.id, reload).catch((e) =>
                        setError((e as Error).message),
                      )
                  : undefined
              }
            />
            {editable && !byCouncil && (
              <Upload
                label={files.length ? `Thay tệp "${p.label}"` : `Tải lên "${p.label}"`}
                path={`/api/recognition/registrations/${v.documentId}/dossier/${p.code}`}
                onDone={reload}
              />
            )}
          </section>
        );
      })}
    </>
  );
}

export function Submit({ v, reload }: { v: View; reload: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useAction();
  const { missingSelfScores, missingDossierParts, missingEvidence } = v.gaps;
  const complete =
    !missingSelfScores.length && !missingDossierParts.length && !missingEvidence.length;
  // Beyond what the plan requires: marks the council will find without a file beside them.
  const withoutEvidence = Object.keys(v.selfMarks).filter(
    (code) => !v.files.evidence[code]?.length && !missingEvidence.includes(code),
  );
  // Nothing left to submit once neither self-scoring nor submitting is open to this officer (the server says which).
  if (!v.allowedEvents.includes('submit') && !v.allowedEvents.includes('self_assess')) {
    return (
      <>
        <Notice kind="info">
          Hồ sơ {v.stateLabel.toLocaleLowerCase('vi-VN')}: không còn việc nộp hồ sơ. Xem diễn biến ở
          mục Lịch sử.
        </Notice>
        {v.receipt && <Receipt r={v.receipt} />}
      </>
    );
  }
  async function submit() {
    if (
      await run(() =>
        api.send(
          'POST',
          `/api/recognition/registrations/${v.documentId}/submit`,
          {},
          schemas.stateChange,
        ),
      )
    )
      await reload();
    setAsking(false);
  }
  return (
    <>
      <h2>Kiểm tra trước khi nộp</h2>
      <ul className="checklist">
        <li className={missingSelfScores.length ? 'bad' : 'ok'}>
          {missingSelfScores.length
            ? `Chưa tự chấm ${missingSelfScores.length} tiêu chí: ${missingSelfScores.join(', ')}`
            : 'Đã tự chấm mọi tiêu chí'}
        </li>
        {v.dossierParts.some((p) => p.required) && (
          <li className={missingDossierParts.length ? 'bad' : 'ok'}>
            {missingDossierParts.length
              ? `Còn thiếu: ${missingDossierParts.map((p) => p.label).join('; ')}`
              : 'Đủ các thành phần hồ sơ bắt buộc'}
          </li>
        )}
        {missingEvidence.length > 0 && (
          <li className="bad">{`Kế hoạch yêu cầu minh chứng cho ${missingEvidence.length} tiêu chí chưa có: ${missingEvidence.join(', ')}`}</li>
        )}
        {/* Not a condition of the plan, but what the council will look for beside each mark. */}
        <li className={withoutEvidence.length ? 'warn' : 'ok'}>
          {withoutEvidence.length
            ? `Chưa có minh chứng cho ${withoutEvidence.length} tiêu chí đã chấm: ${withoutEvidence.join(', ')} (hội đồng thẩm định sẽ thấy điều này)`
            : 'Mọi tiêu chí đã chấm đều có minh chứng'}
        </li>
        <li className={v.selfScore.meetsThreshold ? 'ok' : 'bad'}>
          {v.selfScore.meetsThreshold
            ? 'Điểm tự chấm đạt ngưỡng công nhận'
            : `Điểm tự chấm chưa đạt ngưỡng: ${v.selfScore.reasons.join('; ')}`}
        </li>
      </ul>
      <Notice kind="error">{error}</Notice>
      <button
        type="button"
        disabled={!complete || !v.allowedEvents.includes('submit')}
        onClick={() => setAsking(true)}
      >
        Nộp hồ sơ
      </button>
      {!complete && <p className="muted">Hoàn thành các mục còn thiếu ở trên để nộp.</p>}
      <Confirm
        open={asking}
        title="Nộp hồ sơ?"
        confirm="Nộp hồ sơ"
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={submit}
      >
        <p>
          Sau khi nộp, đơn vị không sửa được điểm tự chấm, minh chứng và thành phần hồ sơ nữa. Tổng
          điểm tự chấm: {points(v.selfScore.total)}.
        </p>
      </Confirm>
    </>
  );
}

/** The receipt a submitted dossier holds: its code to quote, when it was submitted, when the result is due. */
export function Receipt({ r }: { r: NonNullable<View['receipt']> }) {
  return (
    <section className="card" aria-labelledby="receipt">
      <h2 id="receipt">Biên nhận hồ sơ</h2>
      <p>
        Mã hồ sơ: <strong>{r.code}</strong> · nộp lúc {moment(r.submittedAt)}.
      </p>
      <p>
        {r.resultBy ? (
          <>
            Kết quả công nhận dự kiến trước ngày <strong>{date(r.resultBy)}</strong>
            {r.clause ? ` (mục ${r.clause} của kế hoạch)` : ''};{' '}
          </>
        ) : (
          'Kế hoạch không ấn định ngày công nhận; '
        )}
        đơn vị nhận thông báo trên cổng khi có kết quả.
      </p>
    </section>
  );
}
