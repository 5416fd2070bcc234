// An officer's home: each year's registration with where it stands, the next deadline and what
// to do next (from the server's allowedEvents), and the years the unit may still register for,
// with the plan's rule and last year's result shown before the officer confirms.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { eventLabels } from '../../../shared/domain/states';
import { api, saveFile, schemas } from '../api';
import { Confirm, Loading, Notice, StateBadge } from '../components/ui';
import { date, daysLeft, points, unitName } from '../format';
import type { Me } from '../session';
import { useAction } from '../use-action';
import { useLoad } from '../use-load';

type Option = z.infer<typeof schemas.officerHome>['options'][number];

export function OfficerHome({ me }: { me: Me }) {
  const home = useLoad(() => api.get('/api/recognition/home', schemas.officerHome), []);
  const [asking, setAsking] = useState<Option | null>(null);
  const { busy, error, run } = useAction();
  const [failed, setFailed] = useState<string | null>(null);
  const navigate = useNavigate();

  async function register(year: number) {
    const done = await run(async () =>
      navigate(
        `/ho-so/${(await api.send('POST', '/api/recognition/registrations', { year }, schemas.registered)).documentId}`,
      ),
    );
    if (!done) setAsking(null);
  }

  if (home.error) return <Notice kind="error">{home.error}</Notice>;
  if (!home.data) return <Loading what="hồ sơ của đơn vị" />;
  const { registrations, earlier, options } = home.data;
  return (
    <>
      <p className="lead">
        {me.unit && unitName(me.unit)} ({me.unit?.code}) · {me.unit?.jurisdiction.name}
      </p>
      <Notice kind="error">{error ?? failed}</Notice>
      <section aria-labelledby="years">
        <h2 id="years">Hồ sơ theo năm</h2>
        {registrations.length === 0 && <p>Đơn vị chưa đăng ký năm nào.</p>}
        <ul className="cards">
          {registrations.map((r) => (
            <li key={r.documentId} className="card">
              <h3>
                <Link to={`/ho-so/${r.documentId}`}>Năm {r.year}</Link>{' '}
                <StateBadge state={r.state} label={r.stateLabel} />
              </h3>
              {r.nextDeadline && (
                <p>
                  Hạn tiếp theo: <strong>{date(r.nextDeadline.date)}</strong> (
                  {daysLeft(r.nextDeadline.daysLeft)}) – {r.nextDeadline.label}
                </p>
              )}
              <p>Tiếp theo: {r.nextStep}</p>
              {r.recognition?.certificate && (
                <p>
                  <button
                    type="button"
                    onClick={() =>
                      saveFile(
                        `/api/recognition/registrations/${r.documentId}/certificate`,
                        `giay-chung-nhan-${me.unit?.code}-${r.year}.pdf`,
                      ).catch((e) => setFailed((e as Error).message))
                    }
                  >
                    Tải giấy chứng nhận năm {r.year} (PDF)
                  </button>
                </p>
              )}
              {r.recognition?.decisionNumber && r.recognition.decisionDate && (
                <p className="muted">
                  Quyết định số {r.recognition.decisionNumber} ngày{' '}
                  {date(r.recognition.decisionDate)}.
                </p>
              )}
              {r.selfTotal != null && <p className="muted">Điểm tự chấm: {points(r.selfTotal)}</p>}
            </li>
          ))}
        </ul>
      </section>
      {earlier.length > 0 && (
        <section aria-labelledby="earlier">
          <h2 id="earlier">Công nhận các năm trước</h2>
          <ul className="cards">
            {earlier.map((e) => (
              <li key={e.serial} className="card">
                <h3>Năm {e.year}</h3>
                <p>
                  {e.status === 'revoked'
                    ? 'Đã thu hồi công nhận'
                    : e.status === 'maintained'
                      ? 'Duy trì điển hình'
                      : 'Điển hình'}{' '}
                  theo Quyết định số {e.decisionNumber} ngày {date(e.decisionDate)}.
                </p>
                {e.certificateUrl && (
                  <p>
                    <a href={e.certificateUrl}>Tải giấy chứng nhận năm {e.year} (PDF)</a>
                  </p>
                )}
                <p className="muted">
                  Giấy chứng nhận số {e.serial}; kiểm tra tại{' '}
                  <a href={e.verifyUrl}>{e.verifyUrl}</a>.
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {options.length > 0 && (
        <section aria-labelledby="register">
          <h2 id="register">Đăng ký xây dựng điển hình</h2>
          <ul className="cards">
            {options.map((o) => (
              <li key={o.year} className="card">
                <h3>Năm {o.year}</h3>
                {o.plan && <p>Theo Kế hoạch số {o.plan}.</p>}
                {o.rule && <p>Điều kiện: {o.rule}</p>}
                <p>
                  Kết quả năm {o.year - 1} của đơn vị:{' '}
                  {o.previous
                    ? `${o.previous.anttSafe ? 'đạt' : 'chưa đạt'} "An toàn về an ninh, trật tự"; phong trào xếp loại ${o.previous.classificationLabel ?? 'chưa xếp loại'}`
                    : 'chưa có trong hệ thống'}
                </p>
                {o.deadline && (
                  <p>
                    Hạn đăng ký: <strong>{date(o.deadline.date)}</strong> (
                    {daysLeft(o.deadline.daysLeft)})
                  </p>
                )}
                {o.eligible.ok ? (
                  <button type="button" onClick={() => setAsking(o)}>
                    {capital(eventLabels.register)} năm {o.year}
                  </button>
                ) : (
                  <Notice kind="info">Chưa đăng ký được: {o.eligible.reasons.join('; ')}.</Notice>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Confirm
        open={!!asking}
        title={`Đăng ký năm ${asking?.year ?? ''}?`}
        confirm="Đăng ký"
        busy={busy}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && register(asking.year)}
      >
        <p>
          {me.unit && unitName(me.unit)} đăng ký xây dựng điển hình năm {asking?.year} theo Kế hoạch
          số {asking?.plan}. Hồ sơ sẽ chấm theo bộ tiêu chí hiệu lực của năm đó.
        </p>
      </Confirm>
    </>
  );
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);
