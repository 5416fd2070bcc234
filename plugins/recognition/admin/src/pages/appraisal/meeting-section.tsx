// The year's council meetings on the secretariat's page: each one held, with its minutes, and
// the form that records the next (attendance and a vote per dossier ready for it), or why there
// is nothing to vote on yet.
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { Notice } from '../../components/feedback';
import { MeetingForm } from './meeting-form';
import type { Overview } from './types';

export function MeetingSection({
  overview,
  notify,
  reload,
  openMinutes,
}: {
  overview: Overview;
  notify: (n: Notice) => void;
  reload: () => void;
  openMinutes: (meeting: string) => void;
}) {
  // The council votes on the dossiers the machine lets the secretariat propose once every member
  // without a conflict has scored them; the server lists them, and names who has not scored the others.
  const appraising = overview.forVote ?? [];
  const waiting = overview.waiting.first ?? [];
  return (
    <Box background="neutral0" shadow="tableShadow" hasRadius padding={5}>
      <Typography variant="delta" tag="h2">
        Cuộc họp hội đồng
      </Typography>
      {overview.meetings.map((m) => (
        <Flex key={m.documentId} gap={4} paddingTop={2}>
          <Typography>
            {new Date(m.startedAt).toLocaleString('vi-VN', {
              timeZone: 'Asia/Ho_Chi_Minh',
              day: '2-digit',
              month: '2-digit',
              year: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            })}
            , {m.place} — {m.votes} hồ sơ được biểu quyết
          </Typography>
          <Button size="S" variant="tertiary" onClick={() => openMinutes(m.documentId)}>
            Xem biên bản (PDF)
          </Button>
        </Flex>
      ))}
      <Box paddingTop={4}>
        {!overview.council ? (
          <Typography>Lập hội đồng trước khi ghi cuộc họp.</Typography>
        ) : appraising.length === 0 ? (
          <Typography>Không có hồ sơ đủ điểm thẩm định để biểu quyết.</Typography>
        ) : (
          <MeetingForm
            key={appraising.map((r) => r.documentId).join()}
            council={overview.council}
            regs={appraising}
            notify={notify}
            onSaved={reload}
          />
        )}
        {waiting.map((r) => (
          <Typography key={r.documentId} tag="p" textColor="neutral600">
            Chờ chấm điểm, chưa biểu quyết: {r.unit?.name} ({r.yetToScore.length} thành viên chưa
            chấm: {r.yetToScore.join(', ')})
          </Typography>
        ))}
        {overview.waiting.count > waiting.length && (
          <Typography tag="p" textColor="neutral600">
            Và {overview.waiting.count - waiting.length} hồ sơ khác đang chờ chấm điểm.
          </Typography>
        )}
      </Box>
    </Box>
  );
}
