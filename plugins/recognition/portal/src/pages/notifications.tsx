// The caller's notices, newest first: opening one marks it read and goes where it points.
import { useNavigate } from 'react-router-dom';
import { api, schemas } from '../api';
import { Loading, Notice } from '../components/ui';
import { moment } from '../format';
import { useLoad } from '../use-load';

const kinds = {
  state: 'Trạng thái hồ sơ',
  request: 'Yêu cầu của thư ký',
  deadline: 'Nhắc hạn',
  appraisal: 'Thẩm định',
} as const;

export function Notifications({ onChange }: { onChange: () => void }) {
  const list = useLoad(() => api.get('/api/recognition/notifications', schemas.notifications), []);
  const navigate = useNavigate();
  async function read(ids?: string[]) {
    await api.send(
      'POST',
      '/api/recognition/notifications/read',
      ids ? { ids } : {},
      schemas.notificationsRead,
    );
    await list.reload();
    onChange();
  }
  if (list.error) return <Notice kind="error">{list.error}</Notice>;
  if (!list.data) return <Loading what="thông báo" />;
  const { items, unread } = list.data;
  return (
    <>
      <p>
        {unread ? `${unread} thông báo chưa đọc.` : 'Không có thông báo chưa đọc.'}{' '}
        {unread > 0 && (
          <button type="button" className="link" onClick={() => read()}>
            Đánh dấu tất cả đã đọc
          </button>
        )}
      </p>
      {items.length === 0 && <p className="muted">Chưa có thông báo nào.</p>}
      <ul className="notices">
        {items.map((n) => (
          <li key={n.documentId} className={n.readAt ? 'read' : 'unread'}>
            <p className="muted">
              {kinds[n.kind]} · <time dateTime={n.createdAt}>{moment(n.createdAt)}</time>
              {!n.readAt && <strong> · chưa đọc</strong>}
            </p>
            <h2>{n.title}</h2>
            {n.body && <p>{n.body}</p>}
            <button
              type="button"
              className="secondary"
              onClick={async () => {
                if (!n.readAt) await read([n.documentId]);
                if (n.link) navigate(n.link.replace(/^\/portal/, '') || '/');
              }}
            >
              {n.link ? 'Mở' : 'Đã đọc'}
              <span className="sr-only">: {n.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
