// A council meeting: times, place, attendance, a vote per dossier under appraisal, conclusion.
import { Box, Button, Checkbox, Field, Flex, NumberInput, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useApi } from '../../api/client';
import { ConfirmDialog, errorText, type Notice } from '../../components/feedback';
import type { Overview, Reg } from './types';

const localNow = (hoursAhead = 0) => {
  const d = new Date(Date.now() + hoursAhead * 3600_000 - new Date().getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};
/** "2026-12-01T08:00" typed in a Vietnamese office: sent as +07:00. */
const vnIso = (local: string) => `${local}:00+07:00`;

/** One member per line: "email, Họ và tên". */

export const MeetingForm = ({ council, regs, onSaved, notify }: { council: NonNullable<Overview['council']>; regs: Reg[]; onSaved: () => void; notify: (n: Notice) => void }) => {
  const api = useApi();
  const [startedAt, setStartedAt] = useState(localNow());
  const [endedAt, setEndedAt] = useState(localNow(2));
  const [place, setPlace] = useState('');
  const [present, setPresent] = useState<Record<string, boolean>>(Object.fromEntries(council.members.map((m) => [m.email, true])));
  const count = Object.values(present).filter(Boolean).length;
  const [votes, setVotes] = useState<Record<string, { for: number; against: number; abstain: number }>>(Object.fromEntries(regs.map((r) => [r.documentId, { for: council.members.length, against: 0, abstain: 0 }])));
  const [conclusion, setConclusion] = useState('');
  const [confirming, setConfirming] = useState(false);
  const save = async () => {
    setConfirming(false);
    try {
      await api.post('/recognition/meetings', {
        council: council.documentId,
        startedAt: vnIso(startedAt),
        endedAt: vnIso(endedAt),
        place,
        attendance: council.members.map((m) => ({ email: m.email, present: !!present[m.email] })),
        votes: regs.map((r) => ({ registration: r.documentId, ...votes[r.documentId] })),
        conclusion,
      });
      notify({ kind: 'success', text: `Đã ghi cuộc họp: ${count}/${council.members.length} thành viên có mặt, biểu quyết ${regs.length} hồ sơ.` });
      onSaved();
    } catch (e) {
      notify({ kind: 'danger', text: errorText(e) });
    }
  };
  const setVote = (id: string, key: 'for' | 'against' | 'abstain', n: number | undefined) => setVotes((v) => ({ ...v, [id]: { ...v[id], [key]: n ?? 0 } }));
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={4}>
        <Field.Root name="startedAt">
          <Field.Label>Bắt đầu (giờ Việt Nam)</Field.Label>
          <TextInput type="datetime-local" value={startedAt} onChange={(e: any) => setStartedAt(e.target.value)} />
        </Field.Root>
        <Field.Root name="endedAt">
          <Field.Label>Kết thúc</Field.Label>
          <TextInput type="datetime-local" value={endedAt} onChange={(e: any) => setEndedAt(e.target.value)} />
        </Field.Root>
        <Field.Root name="place">
          <Field.Label>Địa điểm</Field.Label>
          <TextInput value={place} onChange={(e: any) => setPlace(e.target.value)} placeholder="Hội trường Công an tỉnh" />
        </Field.Root>
      </Flex>
      <Typography variant="sigma">Thành phần có mặt ({count}/{council.members.length})</Typography>
      <Flex gap={4} wrap="wrap">
        {council.members.map((m) => (
          <Checkbox key={m.email} checked={!!present[m.email]} onCheckedChange={(c: boolean) => setPresent((p) => ({ ...p, [m.email]: !!c }))}>
            {m.name}
          </Checkbox>
        ))}
      </Flex>
      <Typography variant="sigma">Biểu quyết</Typography>
      {regs.map((r) => (
        <Flex key={r.documentId} gap={4} alignItems="flex-end">
          <Box minWidth="220px">
            <Typography>{r.unit?.name}</Typography>
          </Box>
          {(['for', 'against', 'abstain'] as const).map((k) => (
            <Field.Root key={k} name={`${r.documentId}-${k}`}>
              <Field.Label>{k === 'for' ? 'Tán thành' : k === 'against' ? 'Không tán thành' : 'Không biểu quyết'}</Field.Label>
              <NumberInput value={votes[r.documentId]?.[k] ?? 0} onValueChange={(n: number | undefined) => setVote(r.documentId, k, n)} />
            </Field.Root>
          ))}
        </Flex>
      ))}
      <Field.Root name="conclusion">
        <Field.Label>Kết luận</Field.Label>
        <Textarea value={conclusion} onChange={(e: any) => setConclusion(e.target.value)} />
      </Field.Root>
      <Box>
        <Button onClick={() => setConfirming(true)}>Ghi cuộc họp</Button>
      </Box>
      <ConfirmDialog open={confirming} onClose={() => setConfirming(false)} title="Ghi cuộc họp hội đồng" confirm="Xác nhận ghi" onConfirm={save}>
        Ghi cuộc họp với {count} thành viên có mặt và biểu quyết {regs.length} hồ sơ? Biên bản được lập từ nội dung này và không sửa được (ghi cuộc họp mới nếu cần).
      </ConfirmDialog>
    </Flex>
  );
};

