// A unit's title under review, from the maintenance list: the police open a review (the year's
// result lost the safety rating, or an incident they describe); the approver concludes it, keeping
// the title or recording the revocation already decided. Each after a dialog asking for the note.
import { Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';
import type { MaintenanceView } from '../../../shared/contracts/responses';
import { reviewStatusLabels } from '../../../shared/domain/title-review';
import { ConfirmDialog } from './feedback';

type Row = MaintenanceView['rows'][number];
type Ask =
  | { kind: 'open'; reason: 'safety_lost' | 'incident' }
  | { kind: 'close'; outcome: 'kept' | 'revoked' };

const titles: Record<string, string> = {
  safety_lost: 'Mở xem xét danh hiệu (mất danh hiệu An toàn về an ninh, trật tự)?',
  incident: 'Mở xem xét danh hiệu vì vụ việc?',
  kept: 'Kết luận giữ danh hiệu?',
  revoked: 'Kết luận đã thu hồi danh hiệu?',
};

export function TitleReviewActions(props: {
  row: Row;
  canOpen: boolean;
  canClose: boolean;
  busy: boolean;
  onOpen: (reason: 'safety_lost' | 'incident', note: string) => Promise<void>;
  onClose: (id: string, outcome: 'kept' | 'revoked', note: string) => Promise<void>;
}) {
  const { row: r, canOpen, canClose, busy } = props;
  const [ask, setAsk] = useState<Ask | null>(null);
  const [note, setNote] = useState('');
  const review = r.review;
  const open = review?.status === 'open';
  const run = async () => {
    if (!ask) return;
    if (ask.kind === 'open') await props.onOpen(ask.reason, note);
    else if (review) await props.onClose(review.documentId, ask.outcome, note);
    setAsk(null);
    setNote('');
  };
  return (
    <Flex gap={2} wrap="wrap">
      {review && <Typography>{reviewStatusLabels[review.status]}</Typography>}
      {canOpen && !open && r.flags.length > 0 && review?.status !== 'kept' && (
        <Button variant="secondary" onClick={() => setAsk({ kind: 'open', reason: 'safety_lost' })}>
          Mở xem xét
        </Button>
      )}
      {canOpen && !open && (
        <Button variant="tertiary" onClick={() => setAsk({ kind: 'open', reason: 'incident' })}>
          Ghi vụ việc
        </Button>
      )}
      {canClose && open && (
        <>
          <Button variant="secondary" onClick={() => setAsk({ kind: 'close', outcome: 'kept' })}>
            Giữ danh hiệu
          </Button>
          <Button
            variant="danger-light"
            onClick={() => setAsk({ kind: 'close', outcome: 'revoked' })}
          >
            Đã thu hồi
          </Button>
        </>
      )}
      <ConfirmDialog
        open={!!ask}
        onClose={() => setAsk(null)}
        title={ask ? titles[ask.kind === 'open' ? ask.reason : ask.outcome] : ''}
        confirm="Xác nhận"
        loading={busy}
        onConfirm={() => void run()}
      >
        <Typography tag="p">
          {r.unit.name}:{' '}
          {ask?.kind === 'close' && ask.outcome === 'revoked'
            ? 'chỉ kết luận được sau khi quyết định thu hồi công nhận đã ban hành (trang Quyết định).'
            : 'việc xem xét được ghi vào nhật ký.'}
        </Typography>
        <Field.Root name="note" hint="Ít nhất 10 ký tự khi ghi vụ việc hoặc kết luận">
          <Field.Label>{ask?.kind === 'open' ? 'Vụ việc, ghi chú' : 'Kết luận'}</Field.Label>
          <Textarea
            value={note}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)}
          />
          <Field.Hint />
        </Field.Root>
      </ConfirmDialog>
    </Flex>
  );
}
