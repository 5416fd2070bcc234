// The audit log's events as a table: number, time (Vietnam), who with their roles in words, the
// unit, the action in words, and what changed field by field, never raw JSON.
import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { z } from 'zod';
import { fieldChanges } from '../../../shared/domain/audit-diff';
import { actionLabel, actorRoleLabel } from '../../../shared/domain/states';
import type { schemas } from '../api/client';

export type AuditEvent = z.infer<typeof schemas.auditPage>[number];
type Event = AuditEvent;

/** The change an event made, field by field ("Trạng thái: Được đề nghị → Đã công nhận"). */
const Changes = ({ e }: { e: Event }) => (
  <>
    {fieldChanges(e.before, e.after, e.subjectType).map((c) => (
      <Typography key={c.field} display="block" style={{ overflowWrap: 'anywhere' }}>
        <b>{c.label}:</b> <span style={{ color: '#666687' }}>{c.before}</span> → {c.after}
      </Typography>
    ))}
  </>
);

export const AuditEvents = ({ events }: { events: AuditEvent[] }) => (
  <Box paddingTop={2} style={{ overflowX: 'auto' }}>
    <Table
      colCount={6}
      rowCount={events.length + 1}
      style={{ tableLayout: 'fixed', width: '100%' }}
    >
      <Thead>
        <Tr>
          <Th style={{ width: '4rem' }}>
            <Typography variant="sigma">Số</Typography>
          </Th>
          <Th style={{ width: '10rem' }}>
            <Typography variant="sigma">Thời điểm</Typography>
          </Th>
          <Th style={{ width: '14rem' }}>
            <Typography variant="sigma">Người thực hiện</Typography>
          </Th>
          <Th style={{ width: '12rem' }}>
            <Typography variant="sigma">Đơn vị</Typography>
          </Th>
          <Th style={{ width: '12rem' }}>
            <Typography variant="sigma">Thao tác</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Thay đổi (trước → sau)</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {events.map((e) => (
          <Tr key={e.seq}>
            <Td>
              <Typography>{e.seq}</Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Typography>
                {new Date(e.at).toLocaleString('vi-VN', {
                  timeZone: 'Asia/Ho_Chi_Minh',
                  day: '2-digit',
                  month: '2-digit',
                  year: 'numeric',
                  hour: '2-digit',
                  minute: '2-digit',
                  second: '2-digit',
                  hourCycle: 'h23',
                })}
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Typography style={{ overflowWrap: 'anywhere' }}>
                {e.actor} ({e.actorRole.split(',').map(actorRoleLabel).join(', ')})
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Typography>{e.unitName ?? e.unitCode ?? '—'}</Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Typography fontWeight="bold">{actionLabel(e.action)}</Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Changes e={e} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  </Box>
);
