// One registration of the officer's unit: an overview (state, deadlines, documents, certificate),
// the criteria with the self-score form, the dossier parts, the submit step with its checklist,
// and the timeline. Which of these can change is what the server's allowedEvents say.
import { useState } from 'react';
import { NavLink, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { api, saveFile, schemas } from '../../api';
import { Loading, Notice, StateBadge } from '../../components/ui';
import { date, points, unitName } from '../../format';
import { useLoad } from '../../use-load';
import { SelfScore } from '../self-score';
import { DossierParts, Receipt, Submit } from './dossier';
import { Forecast } from './forecast';
import { Timeline } from './timeline';

export type View = z.infer<typeof schemas.registrationView>;
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
      {tab === '' && <Overview v={v} reload={view.reload} />}
      {tab === 'tieu-chi' && <SelfScore view={v} reload={view.reload} />}
      {tab === 'thanh-phan' && <DossierParts v={v} reload={view.reload} />}
      {tab === 'nop' && <Submit v={v} reload={view.reload} />}
      {tab === 'lich-su' && <Timeline id={id} />}
    </>
  );
}

function Overview({ v, reload }: { v: View; reload: () => Promise<void> }) {
  const deadlines = useLoad(
    () => api.get(`/api/recognition/registrations/${v.documentId}/deadlines`, schemas.deadlines),
    [v.documentId],
  );
  const [error, setError] = useState<string | null>(null);
  const download = (path: string, name: string) =>
    saveFile(path, name).catch((e) => setError((e as Error).message));
  return (
    <>
      <p className="next">Tiếp theo: {v.nextStep}</p>
      <p>
        Kế hoạch số {v.plan}; {v.criteriaSet.title} (phiên bản {v.criteriaSet.version}). Điểm tự
        chấm: <strong>{points(v.selfScore.total)}</strong> / {points(v.selfScore.max)}
        {v.councilTotal != null && <> · điểm thẩm định: {points(v.councilTotal)}</>}.
      </p>
      {v.receipt && <Receipt r={v.receipt} />}
      <Forecast v={v} reload={reload} />
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
        {/* The unit's own tờ trình, to sign and upload where the plan asks for one (a "request" part). */}
        {v.dossierParts.some((p) => p.code === 'request') && (
          <>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                download(
                  `/api/recognition/registrations/${v.documentId}/documents/unit-proposal`,
                  `to-trinh-de-nghi-${v.unit.code}-${v.year}.pdf`,
                )
              }
            >
              Tải tờ trình đề nghị (PDF)
            </button>{' '}
          </>
        )}
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
