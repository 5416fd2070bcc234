// A commune's or a department's report to the province on one duty: its five sections (kết quả,
// tồn tại, nguyên nhân, phương hướng, kiến nghị) written here, the figures of its own units at the
// duty's cut-off counted by the server, a draft saved on request, and sending once after a
// confirmation; a sent report is shown as sent, never edited.
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import {
  emptySections,
  figureLabels,
  reportSections,
  sectionLabels,
  type Sections,
} from '../../../shared/domain/reports';
import { api, schemas } from '../api';
import { FileList, Upload } from '../components/files';
import { Confirm, Loading, Notice } from '../components/ui';
import { date, daysLeft } from '../format';
import { useAction } from '../use-action';
import { useLoad } from '../use-load';

export function TierReport() {
  const { key = '' } = useParams();
  const [params] = useSearchParams();
  // The year the duty belongs to (a request of one year may fall due early the next).
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? params.get('year')! : '';
  const path = `/api/recognition/tier/reports/${encodeURIComponent(key)}`;
  const ask = year ? `?year=${year}` : '';
  const report = useLoad(() => api.get(`${path}${ask}`, schemas.tierReport), [key, year]);
  const [text, setText] = useState<Sections>(emptySections());
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  // The text comes from the server once per report: a reload after a file is added keeps what
  // the officer has typed and not saved yet.
  const [loaded, setLoaded] = useState('');
  useEffect(() => {
    if (report.data && loaded !== key) {
      setText(report.data.sections);
      setLoaded(key);
    }
  }, [report.data, loaded, key]);

  if (report.error) return <Notice kind="error">{report.error}</Notice>;
  if (!report.data) return <Loading what="báo cáo" />;
  const r = report.data;
  const save = async () => {
    if (await run(() => api.send('PUT', `${path}${ask}`, { sections: text }, schemas.tierReport)))
      setDone('Đã lưu bản nháp.');
  };
  const submit = async () => {
    const ok = await run(() =>
      api.send('POST', `${path}/submit${ask}`, { sections: text }, schemas.tierReport),
    );
    setAsking(false);
    if (ok) {
      setDone('Đã gửi báo cáo đến Công an tỉnh / thành phố.');
      await report.reload();
    }
  };
  return (
    <>
      <p className="lead">
        {r.label} · {r.unit.name} · hạn {date(r.due)} (
        {r.submitted ? r.statusLabel : daysLeft(r.daysLeft)})
      </p>
      <p>
        <Link to="/">← Về trang đơn vị quản lý</Link>
      </p>
      <Notice kind="error">{error}</Notice>
      <Notice kind="ok">{done}</Notice>
      {r.submitted && (
        <Notice kind="ok">
          Đã gửi {r.submittedAt ? date(r.submittedAt) : ''}
          {r.late ? ' (sau hạn)' : ''}; báo cáo đã gửi không sửa được.
        </Notice>
      )}
      <section aria-labelledby="figures">
        <h2 id="figures">Số liệu tính đến hết ngày {date(r.figures.cutOff)}</h2>
        <table>
          <tbody>
            {Object.entries(figureLabels).map(([k, label]) => (
              <tr key={k}>
                <th scope="row">{label}</th>
                <td>{r.figures[k as keyof typeof figureLabels]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">Số liệu do hệ thống đếm từ hồ sơ của các đơn vị, không nhập tay.</p>
      </section>
      {reportSections.map((k) => (
        <div key={k}>
          <label htmlFor={`section-${k}`}>
            {sectionLabels[k]}
            {k === 'results' ? ' (bắt buộc)' : ''}
          </label>
          <textarea
            id={`section-${k}`}
            rows={k === 'results' ? 8 : 4}
            value={text[k]}
            readOnly={r.submitted}
            onChange={(e) => setText({ ...text, [k]: e.target.value })}
          />
        </div>
      ))}
      <section aria-labelledby="files">
        <h2 id="files">Tệp gửi kèm</h2>
        <FileList
          files={r.attachments.map((f) => ({
            ...f,
            mime: null,
            url: r.documentId ? `/api/recognition/tier/report-files/${r.documentId}/${f.id}` : null,
          }))}
          onRemove={
            r.submitted
              ? undefined
              : (f) =>
                  void run(() =>
                    api.send('DELETE', `${path}/attachments/${f.id}${ask}`, {}, schemas.tierReport),
                  ).then(() => report.reload())
          }
        />
        {!r.submitted && (
          <Upload
            label="Thêm tệp (PDF, ảnh, DOCX, XLSX, ODT)"
            path={`${path}/attachments${ask}`}
            onDone={() => void report.reload()}
          />
        )}
      </section>
      {!r.submitted && (
        <p>
          <button type="button" className="secondary" disabled={busy} onClick={() => void save()}>
            Lưu nháp
          </button>{' '}
          <button
            type="button"
            disabled={busy || !text.results.trim()}
            onClick={() => setAsking(true)}
          >
            Gửi báo cáo
          </button>
        </p>
      )}
      <Confirm
        open={asking}
        title="Gửi báo cáo?"
        confirm="Gửi báo cáo"
        busy={busy}
        onConfirm={() => void submit()}
        onCancel={() => setAsking(false)}
      >
        Gửi {r.label} của {r.unit.name} đến Công an tỉnh / thành phố? Báo cáo đã gửi không sửa được.
      </Confirm>
    </>
  );
}
