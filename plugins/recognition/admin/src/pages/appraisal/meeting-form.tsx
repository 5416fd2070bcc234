// A council meeting: day and times (Vietnamese, 24-hour, whatever the browser's language),
// place, attendance, a vote per dossier under appraisal (empty until typed, and accounting for
// every member present, by the council's own rule), conclusion.
import {
  Box,
  Button,
  Checkbox,
  DatePicker,
  Field,
  Flex,
  NumberInput,
  TextInput,
  Textarea,
  TimePicker,
  Typography,
} from '@strapi/design-system';
import { useState } from 'react';
import { useApi } from '../../api/client';
import { ConfirmDialog, errorText, type Notice } from '../../components/feedback';
import { checkVoteCount } from '../../../../shared/domain/council';
import type { Overview, VoteReg } from './types';

const pad2 = (n: number) => String(n).padStart(2, '0');
/** A day picked in a Vietnamese office and a "HH:mm" time: sent as +07:00. */
const vnIso = (day: Date, time: string) =>
  `${day.getFullYear()}-${pad2(day.getMonth() + 1)}-${pad2(day.getDate())}T${time}:00+07:00`;

type Count = { for?: number; against?: number; abstain?: number };
const labels = {
  for: 'Tán thành',
  against: 'Không tán thành',
  abstain: 'Không biểu quyết',
} as const;

export const MeetingForm = ({
  council,
  regs,
  onSaved,
  notify,
}: {
  council: NonNullable<Overview['council']>;
  regs: VoteReg[];
  onSaved: () => void;
  notify: (n: Notice) => void;
}) => {
  const api = useApi();
  const [day, setDay] = useState<Date | undefined>(() => new Date());
  const [start, setStart] = useState('08:00');
  const [end, setEnd] = useState('10:00');
  const [place, setPlace] = useState('');
  const [present, setPresent] = useState<Record<string, boolean>>(
    Object.fromEntries(council.members.map((m) => [m.email, true])),
  );
  const count = Object.values(present).filter(Boolean).length;
  const [votes, setVotes] = useState<Record<string, Count>>({});
  const [conclusion, setConclusion] = useState('');
  const [confirming, setConfirming] = useState(false);
  /** What is wrong with a dossier's vote, or null when it is complete and adds up. */
  const voteProblem = (r: VoteReg): string | null => {
    const v = votes[r.documentId] ?? {};
    if (v.for === undefined || v.against === undefined || v.abstain === undefined)
      return 'Nhập đủ ba số (có thể là 0).';
    const checked = checkVoteCount(
      { for: v.for, against: v.against, abstain: v.abstain },
      count,
      r.unit?.name ?? 'hồ sơ',
    );
    return checked.ok ? null : checked.error.message;
  };
  const problems = regs.map(voteProblem);
  const ready =
    !!day &&
    /^\d\d:\d\d$/.test(start) &&
    /^\d\d:\d\d$/.test(end) &&
    place.trim() !== '' &&
    problems.every((p) => p === null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setConfirming(false);
    // Once sent, the form waits for the answer (and the page then lists only dossiers not yet voted): never recorded twice.
    setSaving(true);
    try {
      await api.post('/recognition/meetings', {
        council: council.documentId,
        startedAt: vnIso(day!, start),
        endedAt: vnIso(day!, end),
        place,
        attendance: council.members.map((m) => ({ email: m.email, present: !!present[m.email] })),
        votes: regs.map((r) => ({ registration: r.documentId, ...votes[r.documentId] })),
        conclusion,
      });
      notify({
        kind: 'success',
        text: `Đã ghi cuộc họp: ${count}/${council.members.length} thành viên có mặt, biểu quyết ${regs.length} hồ sơ.`,
      });
      onSaved();
    } catch (e) {
      notify({ kind: 'danger', text: errorText(e) });
    } finally {
      setSaving(false);
    }
  };
  const setVote = (id: string, key: keyof Count, n: number | undefined) =>
    setVotes((v) => ({ ...v, [id]: { ...v[id], [key]: n } }));
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={4} wrap="wrap" alignItems="flex-end">
        <Field.Root name="day">
          <Field.Label>Ngày họp</Field.Label>
          <DatePicker value={day} onChange={setDay} locale="vi-VN" clearLabel="Xóa ngày" />
        </Field.Root>
        <Field.Root name="start" hint="Giờ Việt Nam, 24 giờ">
          <Field.Label>Bắt đầu</Field.Label>
          <TimePicker
            value={start}
            onChange={(v?: string) => setStart(v ?? '')}
            step={15}
            clearLabel="Xóa giờ"
          />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="end">
          <Field.Label>Kết thúc</Field.Label>
          <TimePicker
            value={end}
            onChange={(v?: string) => setEnd(v ?? '')}
            step={15}
            clearLabel="Xóa giờ"
          />
        </Field.Root>
        <Field.Root name="place" required>
          <Field.Label>Địa điểm</Field.Label>
          <TextInput
            value={place}
            onChange={(e: any) => setPlace(e.target.value)}
            placeholder="Hội trường Công an tỉnh"
          />
        </Field.Root>
      </Flex>
      <Typography variant="sigma">
        Thành phần có mặt ({count}/{council.members.length})
      </Typography>
      <Flex gap={4} wrap="wrap">
        {council.members.map((m) => (
          <Checkbox
            key={m.email}
            checked={!!present[m.email]}
            onCheckedChange={(c: boolean) => setPresent((p) => ({ ...p, [m.email]: !!c }))}
          >
            {m.name}
          </Checkbox>
        ))}
      </Flex>
      <Typography variant="sigma">
        Biểu quyết (mỗi hồ sơ: ba số cộng lại bằng {count} thành viên có mặt)
      </Typography>
      {regs.map((r, i) => (
        <Box key={r.documentId}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="220px">
              <Typography>{r.unit?.name}</Typography>
            </Box>
            {(['for', 'against', 'abstain'] as const).map((k) => (
              <Field.Root key={k} name={`${r.documentId}-${k}`}>
                <Field.Label>{labels[k]}</Field.Label>
                <NumberInput
                  value={votes[r.documentId]?.[k]}
                  onValueChange={(n: number | undefined) => setVote(r.documentId, k, n)}
                  placeholder="—"
                />
              </Field.Root>
            ))}
          </Flex>
          {problems[i] && (
            <Typography textColor="danger600" variant="pi">
              {problems[i]}
            </Typography>
          )}
        </Box>
      ))}
      <Field.Root name="conclusion">
        <Field.Label>Kết luận</Field.Label>
        <Textarea value={conclusion} onChange={(e: any) => setConclusion(e.target.value)} />
      </Field.Root>
      <Box>
        <Button disabled={!ready || saving} loading={saving} onClick={() => setConfirming(true)}>
          Ghi cuộc họp
        </Button>
      </Box>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Ghi cuộc họp hội đồng"
        confirm="Xác nhận ghi"
        onConfirm={save}
      >
        Ghi cuộc họp ngày {day?.toLocaleDateString('vi-VN')}, {start}–{end}, với {count} thành viên
        có mặt và biểu quyết {regs.length} hồ sơ? Biên bản được lập từ nội dung này và không sửa
        được (ghi cuộc họp mới nếu cần).
      </ConfirmDialog>
    </Flex>
  );
};
