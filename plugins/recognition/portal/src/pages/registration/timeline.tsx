// A registration's history as the officer reads it: a session's saves as one line with their count.
import type { z } from 'zod';
import { api, schemas } from '../../api';
import { Loading, Notice } from '../../components/ui';
import { moment } from '../../format';
import { useLoad } from '../../use-load';

export function Timeline({ id }: { id: string }) {
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
