// The year's dossiers on the secretariat's page, each with the steps the server allows it now
// (allowedEvents): start the appraisal, propose, decline, reopen scoring, ask for more.
import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { stateLabel } from '../../../../shared/domain/states';
import type { Reg } from './types';

export function RegistrationsTable({
  registrations,
  start,
  propose,
  decline,
  ask,
}: {
  registrations: Reg[];
  start: (r: Reg) => void;
  propose: (r: Reg) => void;
  decline: (r: Reg, step: 'not-propose' | 'reopen-scoring') => void;
  ask: (r: Reg) => void;
}) {
  return (
    <Table colCount={6} rowCount={registrations.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">Đơn vị</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Trạng thái</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Tự chấm</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Thẩm định</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">
              Biểu quyết (tán thành · không · không biểu quyết)
            </Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Thao tác</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {registrations.map((r) => (
          <Tr key={r.documentId}>
            <Td>
              <Typography fontWeight="bold">{r.unit?.name ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography>
                {stateLabel(r.state)}
                {r.stateReason ? ` (${r.stateReason})` : ''}
              </Typography>
            </Td>
            <Td>
              <Typography>{r.selfTotal ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography>
                {r.councilTotal ?? '—'} ({r.councilScores} phiếu chấm
                {r.conflicts ? `, ${r.conflicts} xung đột lợi ích` : ''})
              </Typography>
            </Td>
            <Td>
              <Typography>
                {r.vote ? `${r.vote.for} · ${r.vote.against} · ${r.vote.abstain}` : '—'}
              </Typography>
            </Td>
            <Td>
              <Flex gap={2}>
                {r.allowedEvents.includes('start_appraisal') && (
                  <Button size="S" variant="secondary" onClick={() => start(r)}>
                    Bắt đầu thẩm định
                  </Button>
                )}
                {r.allowedEvents.includes('propose') && (
                  <Button size="S" onClick={() => propose(r)}>
                    Đề nghị công nhận
                  </Button>
                )}
                {r.allowedEvents.includes('not_propose') && (
                  <Button size="S" variant="danger-light" onClick={() => decline(r, 'not-propose')}>
                    Không đề nghị
                  </Button>
                )}
                {r.vote && r.allowedEvents.includes('reopen_scoring') && (
                  <Button size="S" variant="tertiary" onClick={() => decline(r, 'reopen-scoring')}>
                    Mở lại chấm điểm
                  </Button>
                )}
                {r.canRequest && (
                  <Button size="S" variant="tertiary" onClick={() => ask(r)}>
                    Yêu cầu bổ sung
                  </Button>
                )}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
