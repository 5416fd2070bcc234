// One proposed unit on the approval desk, as wide as the screen and no wider: the acts first
// (select, "Công nhận", "Không công nhận"), then what the decision rests on: totals against the
// threshold, the council's vote, conflicts, criteria without evidence, the papers, and each
// member's mark on every criterion with their notes (in its own scrolling box when the council
// is large). Replaces a 2,215 px table whose "Công nhận" column sat off-screen at 1366 × 768.
import { Badge, Box, Button, Checkbox, Flex, TextButton, Typography } from '@strapi/design-system';
import type { z } from 'zod';
import type { schemas } from '../api/client';
import { fieldValueLabel } from '../../../shared/domain/field-values';

export type QueueRow = z.infer<typeof schemas.approvalQueue>[number];
type Value = QueueRow['criteria'][number]['self'];

/** Points with a decimal comma, pass/fail in words, "—" for no mark. */
export const show = (m: Value | undefined) =>
  m == null
    ? '—'
    : typeof m === 'boolean'
      ? m
        ? 'Đạt'
        : 'Không đạt'
      : String(Math.round(m * 100) / 100).replace('.', ',');

const cell = {
  padding: '4px 8px',
  borderBottom: '1px solid #eaeaef',
  textAlign: 'left' as const,
  verticalAlign: 'top' as const,
};

export const ApprovalCard = ({
  r,
  selected,
  onSelect,
  onRecognise,
  onReject,
  open,
  save,
}: {
  r: QueueRow;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onRecognise: () => void;
  onReject: () => void;
  open: (url: string) => void;
  save: (url: string, name: string) => void;
}) => {
  const v = r.verdict;
  const met = v.failures.length === 0 && v.complete;
  return (
    <Box
      tag="article"
      aria-label={r.unit.name}
      background="neutral0"
      shadow="tableShadow"
      hasRadius
      padding={4}
      marginBottom={4}
    >
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Flex gap={3} alignItems="center">
          <Checkbox
            aria-label={`Chọn ${r.unit.name}`}
            checked={selected}
            disabled={!r.allowedEvents.includes('recognise')}
            onCheckedChange={(c: boolean) => onSelect(!!c)}
          />
          <Typography variant="delta" tag="h2">
            {r.unit.name} <Typography textColor="neutral600">({r.unit.code})</Typography>
          </Typography>
        </Flex>
        <Flex gap={2}>
          {r.allowedEvents.includes('recognise') && (
            <Button onClick={onRecognise}>Công nhận</Button>
          )}
          {r.allowedEvents.includes('reject') && (
            <Button variant="danger-light" onClick={onReject}>
              Không công nhận
            </Button>
          )}
        </Flex>
      </Flex>
      <Flex gap={6} wrap="wrap" paddingTop={3} alignItems="flex-start">
        <Box>
          <Typography variant="sigma" display="block">
            Điểm
          </Typography>
          <Typography display="block">Tự chấm: {show(r.selfTotal)}</Typography>
          <Typography display="block" fontWeight="bold">
            Hội đồng: {show(v.total ?? r.councilTotal)}
            {v.minTotal != null ? ` / ngưỡng ${show(v.minTotal)}` : ''}
          </Typography>
          {met ? (
            <Typography textColor="success700" display="block">
              Đạt ngưỡng, không vi phạm tiêu chí loại trừ
            </Typography>
          ) : (
            v.failures.map((f) => (
              <Typography key={f} textColor="danger700" display="block">
                Không đạt: {f}
              </Typography>
            ))
          )}
          {v.gaps.map((g) => (
            <Typography key={g.member} textColor="danger700" display="block">
              Chưa chấm đủ: {g.member} ({g.criteria.length} tiêu chí)
            </Typography>
          ))}
        </Box>
        <Box>
          <Typography variant="sigma" display="block">
            Biểu quyết của hội đồng
          </Typography>
          {r.vote ? (
            <Typography display="block">
              {r.vote.for} tán thành · {r.vote.against} không tán thành · {r.vote.abstain} không
              biểu quyết
            </Typography>
          ) : (
            <Typography textColor="danger700" display="block">
              Chưa có biểu quyết
            </Typography>
          )}
          <Typography variant="sigma" display="block" paddingTop={2}>
            Xung đột lợi ích
          </Typography>
          {r.conflicts.length === 0 && (
            <Typography display="block">Không thành viên nào khai báo</Typography>
          )}
          {r.conflicts.map((c) => (
            <Typography key={c.member} display="block">
              {c.name ?? c.member}: {c.reason}
            </Typography>
          ))}
        </Box>
        <Box>
          <Typography variant="sigma" display="block">
            Minh chứng
          </Typography>
          {r.missingEvidence.length ? (
            <Typography textColor="danger700" display="block">
              Không có minh chứng: tiêu chí {r.missingEvidence.join(', ')}
            </Typography>
          ) : (
            <Typography display="block">Có minh chứng cho mọi tiêu chí</Typography>
          )}
          {r.evidence.length > 0 && (
            <details>
              <summary style={{ cursor: 'pointer', color: '#271fe0', fontSize: 14 }}>
                Tệp minh chứng ({r.evidence.length})
              </summary>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                {r.evidence.map((f) => (
                  <TextButton key={f.url} onClick={() => save(f.url, f.name)}>
                    {f.criterion}: {f.name}
                  </TextButton>
                ))}
              </Flex>
            </details>
          )}
          <Typography variant="sigma" display="block" paddingTop={2}>
            Văn bản
          </Typography>
          {/* Documents open as PDFs; files come through the authorised route as downloads (never from /uploads). */}
          <Flex direction="column" alignItems="flex-start" gap={1}>
            {r.documents.map((d) => (
              <TextButton key={d.url} onClick={() => open(d.url)}>
                {d.label}
              </TextButton>
            ))}
            {r.dossier.map((f) => (
              <TextButton key={f.part} onClick={() => save(f.url, f.name)}>
                {fieldValueLabel('plan.dossier-part', 'code', f.part)}: {f.name}
              </TextButton>
            ))}
          </Flex>
        </Box>
      </Flex>
      <details open style={{ paddingTop: 12 }}>
        <summary style={{ cursor: 'pointer' }}>
          <Typography fontWeight="bold">Điểm của từng thành viên ({r.members.length})</Typography>
        </summary>
        <Box style={{ overflowX: 'auto', maxWidth: '100%' }}>
          <table style={{ borderCollapse: 'collapse', fontSize: 14 }}>
            <thead>
              <tr>
                <th style={cell}>Tiêu chí</th>
                <th style={cell}>Đơn vị</th>
                {r.members.map((m) => (
                  <th key={m.member} style={cell} title={m.member}>
                    {m.name ?? m.member}
                    {!m.complete && <Badge>chưa đủ</Badge>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.criteria.map((c) => (
                <tr key={c.code}>
                  <td style={cell}>
                    {c.code}. {c.title}
                  </td>
                  <td style={cell}>{show(c.self)}</td>
                  {r.members.map((m) => (
                    <td key={m.member} style={cell}>
                      {show(m.marks[c.code])}
                      {m.notes[c.code] && (
                        <div style={{ color: '#666687', fontSize: 12 }}>{m.notes[c.code]}</div>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th style={cell}>Tổng</th>
                <th style={cell}>{show(r.selfTotal)}</th>
                {r.members.map((m) => (
                  <th key={m.member} style={cell}>
                    {show(m.total)}
                  </th>
                ))}
              </tr>
            </tbody>
          </table>
        </Box>
      </details>
    </Box>
  );
};
