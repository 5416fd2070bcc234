// A commune's or a department's home: the units its tier covers in a year (its own first), each
// with its state and the plan's next date, the plan's per-commune minimum met or not, and
// registering a unit on its behalf after a confirmation that names the unit and the year, and the
// reports it owes the province (the plan's and the police's requests), each to open and file.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import { api, schemas } from '../api';
import { Confirm, Loading, Notice, StateBadge } from '../components/ui';
import { date, daysLeft } from '../format';
import { useAction } from '../use-action';
import { useLoad } from '../use-load';

type Unit = z.infer<typeof schemas.tierHome>['items'][number];

/** The reports the tier owes this year (the plan's and the province's requests), each to open. */
function TierDuties({ year }: { year: number }) {
  const duties = useLoad(
    () => api.get(`/api/recognition/tier/reports?year=${year}`, schemas.tierDuties),
    [year],
  );
  if (!duties.data?.length) return null;
  return (
    <section aria-labelledby="duties">
      <h2 id="duties">Báo cáo gửi Công an tỉnh / thành phố</h2>
      <ul>
        {duties.data.map((d) => (
          <li key={d.key}>
            <Link to={`/bao-cao/${encodeURIComponent(d.key)}?year=${year}`}>{d.label}</Link>: hạn{' '}
            {date(d.due)} – {d.statusLabel}
            {d.draft ? ' (có bản nháp)' : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TierHome() {
  const [year, setYear] = useState<number | null>(null);
  const home = useLoad(
    () => api.get(`/api/recognition/tier/home${year ? `?year=${year}` : ''}`, schemas.tierHome),
    [year],
  );
  const [asking, setAsking] = useState<Unit | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  if (home.error) return <Notice kind="error">{home.error}</Notice>;
  if (!home.data) return <Loading what="các đơn vị" />;
  const h = home.data;
  const shown = year ?? h.year;

  async function register(unit: Unit) {
    const ok = await run(() =>
      api.send(
        'POST',
        `/api/recognition/tier/units/${encodeURIComponent(unit.code)}/registrations`,
        { year: shown },
        schemas.registered,
      ),
    );
    setAsking(null);
    if (ok) {
      setDone(`Đã đăng ký ${unit.name} xây dựng điển hình năm ${shown}.`);
      await home.reload();
    }
  }

  return (
    <>
      <p className="lead">
        {h.unit.name} ({h.unit.code}) · {h.unit.jurisdiction.name}
      </p>
      <label>
        Năm{' '}
        <select value={shown} onChange={(e) => setYear(Number(e.target.value))}>
          {[h.year - 1, h.year, h.year + 1]
            .filter((y, i, all) => all.indexOf(y) === i)
            .map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
        </select>
      </label>
      <Notice kind="error">{error}</Notice>
      <Notice kind="ok">{done}</Notice>
      <Notice kind="info">{h.noPlan}</Notice>
      {h.target && (
        <Notice kind={h.target.met ? 'ok' : 'info'}>
          Chỉ tiêu mỗi xã, phường đăng ký ít nhất {h.target.minimum} đơn vị một năm
          {h.target.clause ? ` (mục ${h.target.clause} của kế hoạch)` : ''}: đã đăng ký{' '}
          {h.target.registered} – {h.target.met ? 'đạt' : 'chưa đạt'}.
        </Notice>
      )}
      <TierDuties year={shown} />
      <section aria-labelledby="units">
        <h2 id="units">
          {h.tier === 'commune' ? 'Đơn vị do xã, phường quản lý' : 'Đơn vị do sở, ngành chỉ đạo'} (
          {h.total})
        </h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Năm {shown}</th>
              <th scope="col">Hạn tiếp theo</th>
              <th scope="col">Việc cần làm</th>
            </tr>
          </thead>
          <tbody>
            {h.items.map((u) => (
              <tr key={u.code}>
                <td>
                  {u.name} ({u.code}){u.own ? ' – đơn vị mình' : ''}
                </td>
                <td>
                  {u.registration ? (
                    <StateBadge state={u.registration.state} label={u.registration.stateLabel} />
                  ) : (
                    'Chưa đăng ký'
                  )}
                </td>
                <td>
                  {u.nextDeadline
                    ? `${date(u.nextDeadline.date)} (${daysLeft(u.nextDeadline.daysLeft)}) – ${u.nextDeadline.label}`
                    : '–'}
                </td>
                <td>
                  {u.canRegister && (
                    <button type="button" disabled={busy} onClick={() => setAsking(u)}>
                      Đăng ký thay đơn vị
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Confirm
        open={!!asking}
        title="Đăng ký xây dựng điển hình"
        confirm="Đăng ký"
        busy={busy}
        onConfirm={() => asking && void register(asking)}
        onCancel={() => setAsking(null)}
      >
        Đăng ký {asking?.name} ({asking?.code}) xây dựng điển hình năm {shown} thay cho đơn vị? Việc
        đăng ký được ghi vào nhật ký là do {h.tier === 'commune' ? 'xã, phường' : 'sở, ngành'} thực
        hiện thay đơn vị.
      </Confirm>
    </>
  );
}
