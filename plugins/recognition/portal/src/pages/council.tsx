// A council member's work: the units under appraisal in their councils, and for each the dossier
// (viewable in the page), the unit's own scores, a conflict declaration, and the scoring grid.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { stateLabel } from '../../../shared/domain/states';
import { api, schemas } from '../api';
import { FileList, openInPage, Viewer, type FileItem } from '../components/files';
import { Loading, Notice, StateBadge } from '../components/ui';
import { points, unitName } from '../format';
import type { Me } from '../session';
import { useLoad } from '../use-load';
import { ScoringGrid } from './scoring-grid';

const PAGE_SIZE = 20;

export function CouncilList({ me }: { me: Me }) {
  // A page at a time: a province's council may appraise a thousand units in a year.
  const [page, setPage] = useState(1);
  const list = useLoad(
    () =>
      api.page(
        `/api/recognition/council/registrations?page=${page}&pageSize=${PAGE_SIZE}`,
        schemas.councilList,
      ),
    [page],
  );
  if (list.error) return <Notice kind="error">{list.error}</Notice>;
  if (!list.data) return <Loading what="danh sách đơn vị" />;
  const { items, pagination: at } = list.data;
  return (
    <>
      <p className="lead">
        Thành viên hội đồng thẩm định · {me.jurisdictions.map((j) => j.name).join(', ')}
      </p>
      {items.length === 0 && (
        <p>Chưa có đơn vị nào được đưa ra thẩm định trong hội đồng của Anh/Chị.</p>
      )}
      <ul className="cards">
        {items.map((r) => (
          <li key={r.documentId} className="card">
            <h2>
              <Link to={`/tham-dinh/${r.documentId}`}>{unitName(r.unit)}</Link>
            </h2>
            <p>
              Năm {r.year} <StateBadge state={r.state} label={r.stateLabel} />
            </p>
            <p>
              Điểm tự chấm: {points(r.selfTotal)} · điểm của tôi:{' '}
              {r.conflicted
                ? 'đã khai báo xung đột lợi ích'
                : r.myTotal != null
                  ? points(r.myTotal)
                  : r.drafting
                    ? 'đang chấm (đã lưu nháp, chưa gửi)'
                    : 'chưa chấm'}
            </p>
            {r.allowedEvents.includes('council_score') && r.myTotal == null && (
              <p className="bad">Chờ Anh/Chị chấm điểm.</p>
            )}
          </li>
        ))}
      </ul>
      {at.pageCount > 1 && (
        <nav className="pager" aria-label="Các trang danh sách">
          <button
            type="button"
            className="secondary"
            disabled={at.page <= 1}
            onClick={() => setPage(at.page - 1)}
          >
            Trang trước
          </button>
          <span>
            Trang {at.page}/{at.pageCount} · {at.total} đơn vị
          </span>
          <button
            type="button"
            className="secondary"
            disabled={at.page >= at.pageCount}
            onClick={() => setPage(at.page + 1)}
          >
            Trang sau
          </button>
        </nav>
      )}
    </>
  );
}

export function CouncilDossier() {
  const { id = '' } = useParams();
  const dossier = useLoad(
    () => api.get(`/api/recognition/council/registrations/${id}`, schemas.councilDossier),
    [id],
  );
  const criteria = useLoad(
    () => api.get(`/api/recognition/council/registrations/${id}/criteria`, schemas.criteria),
    [id],
  );
  // A file opens where it was asked for: under its dossier part, or beside its criterion while scoring.
  const [viewing, setViewing] = useState<(FileItem & { blobUrl: string; where: string }) | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const view = (where: string) => (f: FileItem) =>
    openInPage(f).then(
      (v) => setViewing({ ...v, where }),
      (e) => setError((e as Error).message),
    );
  const viewer = (where: string) =>
    viewing?.where === where && (
      <Viewer
        file={viewing}
        onClose={() => (URL.revokeObjectURL(viewing.blobUrl), setViewing(null))}
      />
    );
  if (dossier.error || criteria.error)
    return <Notice kind="error">{dossier.error ?? criteria.error}</Notice>;
  if (!dossier.data || !criteria.data) return <Loading what="hồ sơ" />;
  const d = dossier.data;
  const withEvidence = criteria.data.groups
    .flatMap((g) => g.criteria)
    .filter((c) => d.evidence[c.code]?.length).length;
  const allCriteria = criteria.data.groups.flatMap((g) => g.criteria).length;
  return (
    <>
      <p className="lead">
        {unitName(d.unit)} ({d.unit.code}) · năm {d.year}{' '}
        <StateBadge state={d.state} label={stateLabel(d.state)} />
      </p>
      <Notice kind="error">{error}</Notice>
      <section aria-labelledby="dossier">
        <h2 id="dossier">Hồ sơ của đơn vị</h2>
        <h3>Thành phần hồ sơ</h3>
        {d.dossierParts.length === 0 && (
          <p className="muted">Kế hoạch không yêu cầu thành phần hồ sơ riêng.</p>
        )}
        {d.dossierParts.map((p) => (
          <div key={p.code}>
            <h4>{p.label}</h4>
            <FileList files={d.dossier.filter((f) => f.part === p.code)} onView={view('dossier')} />
          </div>
        ))}
        {viewer('dossier')}
        <p className={withEvidence < allCriteria ? 'bad' : undefined}>
          Minh chứng: {withEvidence}/{allCriteria} tiêu chí có tệp đính kèm; tệp nằm ngay dưới từng
          tiêu chí khi chấm điểm.
        </p>
      </section>
      <ScoringGrid
        dossier={d}
        criteria={criteria.data}
        reload={dossier.reload}
        evidence={(code) => (
          <div className="evidence">
            <strong>Minh chứng của đơn vị</strong>
            {d.evidence[code]?.length ? (
              <FileList files={d.evidence[code]} onView={view(code)} />
            ) : (
              <p className="bad">Đơn vị không đính kèm minh chứng cho tiêu chí này.</p>
            )}
            {viewer(code)}
          </div>
        )}
      />
    </>
  );
}
