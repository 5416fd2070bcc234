// The unit's expected-results report (the plan's "báo cáo dự kiến kết quả"): the outcome it
// expects this year, from the ones the server offers it, with a note; sent once, after a
// confirmation, and shown as sent from then on.
import { useState } from 'react';
import { api, schemas } from '../../api';
import { Confirm, Notice } from '../../components/ui';
import { date } from '../../format';
import { useAction } from '../../use-action';
import type { View } from '.';

export function Forecast({ v, reload }: { v: View; reload: () => Promise<void> }) {
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useAction();
  if (v.forecast) {
    const label = v.forecastOptions.find((o) => o.value === v.forecast!.outcome)?.label;
    return (
      <section className="card ok" aria-labelledby="forecast">
        <h2 id="forecast">Báo cáo dự kiến kết quả</h2>
        <p>
          Đã gửi ngày {date(v.forecast.at)}: <strong>{label ?? v.forecast.outcome}</strong>
          {v.forecast.note ? `. Ghi chú: ${v.forecast.note}` : ''}
        </p>
      </section>
    );
  }
  if (!v.allowedEvents.includes('forecast')) return null;
  const chosen = v.forecastOptions.find((o) => o.value === outcome);
  const needsNote = outcome === 'not_this_year';
  async function send() {
    if (
      await run(() =>
        api.send(
          'PUT',
          `/api/recognition/registrations/${v.documentId}/forecast`,
          { outcome, ...(note.trim() ? { note: note.trim() } : {}) },
          schemas.stateChange,
        ),
      )
    )
      await reload();
    setAsking(false);
  }
  return (
    <section className="card" aria-labelledby="forecast">
      <h2 id="forecast">Báo cáo dự kiến kết quả</h2>
      <fieldset>
        <legend>Đơn vị dự kiến năm {v.year}</legend>
        {v.forecastOptions.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name="forecast"
              value={o.value}
              checked={outcome === o.value}
              onChange={() => setOutcome(o.value)}
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
      <label htmlFor="forecast-note">
        {needsNote ? 'Lý do (bắt buộc, ít nhất 5 ký tự)' : 'Ghi chú (không bắt buộc)'}
      </label>
      <textarea id="forecast-note" value={note} onChange={(e) => setNote(e.target.value)} />
      <Notice kind="error">{error}</Notice>
      <button
        type="button"
        disabled={!chosen || (needsNote && note.trim().length < 5)}
        onClick={() => setAsking(true)}
      >
        Gửi báo cáo dự kiến
      </button>
      <Confirm
        open={asking}
        title="Gửi báo cáo dự kiến kết quả?"
        confirm="Gửi báo cáo"
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={() => void send()}
      >
        <p>
          {chosen?.label}. Báo cáo chỉ gửi một lần và được ghi vào nhật ký; tỉnh / thành phố tổng
          hợp dự kiến kết quả của các đơn vị.
        </p>
      </Confirm>
    </section>
  );
}
