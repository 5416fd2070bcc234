// One registration of the officer's unit: an overview (state, deadlines, documents, certificate),
// the criteria with the self-score form, the dossier parts, the submit step with its checklist,
// and the timeline. Which of these can change is what the server's allowedEvents say.
import { useState } from 'react';
import { NavLink, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { api, saveFile, schemas } from '../api';
import { FileList, Upload } from '../components/files';
import { Confirm, Loading, Notice, StateBadge } from '../components/ui';
import { date, moment, points, unitName } from '../format';
import { useAction } from '../use-action';
import { useLoad } from '../use-load';
import { removeFile, SelfScore } from './self-score';

type View = z.infer<typeof schemas.registrationView>;
const tabs = [
  ['', 'Tổng quan'],
  ['tieu-chi', 'Tiêu chí và tự chấm'],
  ['thanh-phan', 'Thành phần hồ sơ'],
  ['nop', 'Nộp hồ sơ'],
  ['lich-su', 'Lịch sử'],
] as const;

export function Registration() {
  const { id = '', tab = '' } = useParams();
  const view = useLoad(
    () => api.get(`/api/recognition/registrations/${id}`, schemas.registrationView),
    [id],
  );
  if (view.error) return <Notice kind="error">{view.error}</Notice>;
  if (!view.data) return <Loading what="hồ sơ" />;
  const v = view.data;
  return (
    <>
      <p className="lead">
        {unitName(v.unit)} · năm {v.year} <StateBadge state={v.state} label={v.stateLabel} />
      </p>
      <nav className="tabs" aria-label="Các phần của hồ sơ">
        {tabs.map(([slug, label]) => (
          <NavLink key={slug} to={`/ho-so/${id}${slug ? `/${slug}` : ''}`} end>
            {label}
          </NavLink>
        ))}
      </nav>
      {tab === '' && <Overview v={v} />}
      {tab === 'tieu-chi' && <SelfScore view={v} reload={view.reload} />}
      {tab === 'thanh-phan' && <DossierParts v={v} reload={view.reload} />}
      {tab === 'nop' && <Submit v={v} reload={view.reload} />}
      {tab === 'lich-su' && <Timeline id={id} />}
    </>
  );
}

function Overview({ v }: { v: View }) {
  const deadlines = useLoad(
    () => api.get(`/api/recognition/registrations/${v.documentId}/deadlines`, schemas.deadlines),
    [v.documentId],
  );
  const [error, setError] = useState<string | null>(null);
  const download = (path: string, name: string) =>
    saveFile(path, name).catch((e) => setError((e as Error).message));
  return (
    <>
      <p>
        Kế hoạch số {v.plan}; {v.criteriaSet.title} (phiên bản {v.criteriaSet.version}). Điểm tự
        chấm: <strong>{points(v.selfScore.total)}</strong> / {points(v.selfScore.max)}
        {v.councilTotal != null && <> · điểm thẩm định: {points(v.councilTotal)}</>}.
      </p>
      {v.receipt && <Receipt r={v.receipt} />}
      {v.recognition && (
        <section
          className={`card ${v.recognition.status === 'revoked' ? 'bad' : 'ok'}`}
          aria-labelledby="cert"
        >
          <h2 id="cert">
            {v.recognition.status === 'revoked'
              ? 'Công nhận đã bị thu hồi'
              : 'Đơn vị đã được công nhận'}
          </h2>
          <p>
            {v.recognition.status === 'maintained' ? 'Duy trì điển hình' : 'Điển hình'} năm {v.year}
            {v.recognition.decisionNumber && v.recognition.decisionDate
              ? ` theo Quyết định số ${v.recognition.decisionNumber} ngày ${date(v.recognition.decisionDate)}.`
              : ': quyết định công nhận đang chờ Ủy ban ban hành.'}
          </p>
          {v.recognition.certificate ? (
            <>
              <p>
                <button
                  type="button"
                  onClick={() =>
                    download(
                      `/api/recognition/registrations/${v.documentId}/certificate`,
                      `giay-chung-nhan-${v.unit.code}-${v.year}.pdf`,
                    )
                  }
                >
                  Tải giấy chứng nhận (PDF)
                </button>
              </p>
              <p>
                Giấy chứng nhận số {v.recognition.serial}; ai cũng kiểm tra được tại{' '}
                <a href={v.recognition.verifyUrl!}>{v.recognition.verifyUrl}</a> (mã QR trên giấy
                dẫn tới trang này).
              </p>
            </>
          ) : (
            v.recognition.status !== 'revoked' &&
            (v.recognition.issuesCertificate ? (
              <p className="muted">
                Giấy chứng nhận được cấp ngay sau khi quyết định công nhận được ban hành.
              </p>
            ) : (
              <p className="muted">
                Kế hoạch của tỉnh / thành phố không cấp giấy chứng nhận riêng: quyết định công nhận
                là văn bản của đơn vị.
              </p>
            ))
          )}
        </section>
      )}
      <h2>Thời hạn</h2>
      {deadlines.data ? (
        <ul className="deadlines">
          {deadlines.data.map((d) => (
            <li key={d.kind} className={d.passed ? 'muted' : ''}>
              <strong>{date(d.extendedUntil ?? d.date)}</strong> – {d.label} (mục {d.clause})
              {d.extendedUntil && ' (đã gia hạn)'}
              {d.passed && ' – đã qua'}
            </li>
          ))}
        </ul>
      ) : (
        <Loading what="thời hạn" />
      )}
      <h2>Văn bản</h2>
      <p className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            download(
              `/api/recognition/registrations/${v.documentId}/documents/registration-form`,
              `ban-dang-ky-${v.unit.code}-${v.year}.pdf`,
            )
          }
        >
          Tải bản đăng ký (PDF)
        </button>{' '}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            download(
              `/api/recognition/registrations/${v.documentId}/documents/dossier-report`,
              `bao-cao-tu-cham-${v.unit.code}-${v.year}.pdf`,
            )
          }
        >
          Tải báo cáo tự chấm điểm (PDF)
        </button>
      </p>
      <p className="muted">
        Hai văn bản được lập từ hồ sơ trên hệ thống; in, ký, đóng dấu rồi tải lên ở mục Thành phần
        hồ sơ nếu kế hoạch yêu cầu.
      </p>
      <Notice kind="error">{error}</Notice>
    </>
  );
}

function DossierParts({ v, reload }: { v: View; reload: () => Promise<void> }) {
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
        return (
          <section key={p.code} className="card" aria-labelledby={`p-${p.code}`}>
            <h2 id={`p-${p.code}`}>
              {p.label}{' '}
              {p.required ? (
                <span className="tag">Bắt buộc</span>
              ) : (
                <span className="tag muted">Không bắt buộc</span>
              )}
            </h2>
            <FileList
              files={files}
              onRemove={
                editable
                  ? (f) =>
                      removeFile(v.documentId, f.id, reload).catch((e) =>
                        setError((e as Error).message),
                      )
                  : undefined
              }
            />
            {editable && (
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

function Submit({ v, reload }: { v: View; reload: () => Promise<void> }) {
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
function Receipt({ r }: { r: NonNullable<View['receipt']> }) {
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

function Timeline({ id }: { id: string }) {
  const events = useLoad(
    () => api.get(`/api/recognition/registrations/${id}/timeline`, schemas.timeline),
    [id],
  );
  if (events.error) return <Notice kind="error">{events.error}</Notice>;
  if (!events.data) return <Loading what="lịch sử" />;
  return (
    <ol className="timeline">
      {grouped(events.data).map(({ first: e, last, count }) => (
        <li key={e.seq}>
          <time dateTime={e.at}>{moment(e.at)}</time>
          {count > 1 && (
            <>
              {' – '}
              <time dateTime={last.at}>{moment(last.at).slice(0, 5)}</time>
            </>
          )}{' '}
          {e.label}
          {count > 1 && ` (${count} lần lưu)`}
          {e.state && e.state.from !== e.state.to && <> → {e.state.label}</>}
        </li>
      ))}
    </ol>
  );
}

type Event = z.infer<typeof schemas.timeline>[number];
const moves = (e: Event) => !!e.state && e.state.from !== e.state.to;
/** Saves of one kind in a row on one day (a session's self-scoring) read as one line: when, and how many. */
function grouped(events: Event[]): { first: Event; last: Event; count: number }[] {
  const out: { first: Event; last: Event; count: number }[] = [];
  for (const e of events) {
    const g = out.at(-1);
    if (
      g &&
      !moves(e) &&
      !moves(g.last) &&
      g.last.action === e.action &&
      g.last.byRole === e.byRole &&
      moment(g.last.at).slice(6) === moment(e.at).slice(6)
    ) {
      g.last = e;
      g.count++;
    } else out.push({ first: e, last: e, count: 1 });
  }
  return out;
}
