// The council of a jurisdiction's year, chosen from the province's council-member accounts (a
// new member is invited on the spot: an account is made and the invitation e-mailed, as an
// account import does), with its chair and secretary.
import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useState } from 'react';
import { schemas, useApi } from '../../api/client';
import { errorText, type Notice } from '../../components/feedback';
import type { Scope } from '../../components/jurisdiction-year';
import type { Member, Overview } from './types';

/** One account invited as a council member of the province, through the accounts import. */
function inviteCsv(m: Member): Blob {
  const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return new Blob([`full_name,email,role\n${cell(m.name)},${cell(m.email)},council_member\n`], {
    type: 'text/csv',
  });
}

export const CouncilForm = ({
  scope,
  council,
  candidates,
  onSaved,
  onInvited,
  notify,
}: {
  scope: Scope;
  council: Overview['council'];
  candidates: Member[];
  onSaved: () => void;
  onInvited: () => void;
  notify: (n: Notice) => void;
}) => {
  const api = useApi();
  const [name, setName] = useState(council?.name ?? `Hội đồng thẩm định năm ${scope.year}`);
  // Everyone who can be chosen: the accounts, and any member of the saved council without one.
  const pool = [
    ...candidates,
    ...(council?.members ?? []).filter(
      (m) => !candidates.some((c) => c.email === m.email.toLowerCase()),
    ),
  ];
  const [chosen, setChosen] = useState<string[]>(
    (council?.members ?? []).map((m) => m.email.toLowerCase()),
  );
  const [chair, setChair] = useState(council?.chairEmail ?? '');
  const [secretary, setSecretary] = useState(council?.secretaryEmail ?? '');
  const [invitee, setInvitee] = useState<Member>({ email: '', name: '' });
  const [inviting, setInviting] = useState(false);
  const members = pool.filter((m) => chosen.includes(m.email.toLowerCase()));
  const save = async () => {
    try {
      await api.post('/recognition/councils', {
        jurisdiction: scope.jurisdiction,
        year: scope.year,
        name,
        members,
        chairEmail: chair,
        secretaryEmail: secretary,
      });
      notify({
        kind: 'success',
        text: `Đã lưu hội đồng "${name}" (${members.length} thành viên).`,
      });
      onSaved();
    } catch (e) {
      notify({ kind: 'danger', text: errorText(e) });
    }
  };
  const invite = async () => {
    setInviting(true);
    try {
      const form = new FormData();
      form.append('jurisdiction', scope.jurisdiction);
      form.append('dryRun', 'false');
      form.append('file', inviteCsv(invitee), 'moi-thanh-vien.csv');
      const report = await api.post(
        '/recognition/accounts/import',
        form,
        schemas.accountImportReport,
      );
      if (!report.ok)
        throw new Error(
          report.errors
            .map(
              (e) =>
                `${e.column === 'email' ? 'Thư điện tử' : e.column === 'full_name' ? 'Họ và tên' : e.column} "${e.value}": ${e.reason}`,
            )
            .join('; '),
        );
      notify({
        kind: 'success',
        text: report.invited
          ? `Đã tạo tài khoản và gửi thư mời đến ${invitee.email}.`
          : `Đã có tài khoản ${invitee.email}.`,
      });
      setChosen((c) => [...new Set([...c, invitee.email.trim().toLowerCase()])]);
      setInvitee({ email: '', name: '' });
      onInvited();
    } catch (e) {
      notify({ kind: 'danger', text: errorText(e) });
    } finally {
      setInviting(false);
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root name="councilName">
        <Field.Label>Tên hội đồng</Field.Label>
        <TextInput value={name} onChange={(e: any) => setName(e.target.value)} />
      </Field.Root>
      <Box>
        <Typography variant="sigma" tag="h3">
          Thành viên ({members.length}, cần ít nhất 3)
        </Typography>
        {pool.length === 0 && (
          <Typography tag="p">
            Chưa có tài khoản thành viên hội đồng nào của tỉnh: mời thành viên bên dưới hoặc nhập
            danh sách tài khoản.
          </Typography>
        )}
        <Flex gap={4} wrap="wrap" paddingTop={2}>
          {pool.map((m) => (
            <Checkbox
              key={m.email}
              checked={chosen.includes(m.email.toLowerCase())}
              onCheckedChange={(c: boolean) =>
                setChosen((s) =>
                  c ? [...s, m.email.toLowerCase()] : s.filter((x) => x !== m.email.toLowerCase()),
                )
              }
            >
              {m.name} ({m.email})
            </Checkbox>
          ))}
        </Flex>
      </Box>
      <Flex gap={2} alignItems="flex-end" wrap="wrap">
        <Field.Root name="inviteName">
          <Field.Label>Mời thành viên mới: họ và tên</Field.Label>
          <TextInput
            value={invitee.name}
            onChange={(e: any) => setInvitee({ ...invitee, name: e.target.value })}
          />
        </Field.Root>
        <Field.Root name="inviteEmail">
          <Field.Label>Thư điện tử</Field.Label>
          <TextInput
            type="email"
            value={invitee.email}
            onChange={(e: any) => setInvitee({ ...invitee, email: e.target.value })}
            placeholder="ten@congan.gov.vn"
          />
        </Field.Root>
        <Button
          variant="secondary"
          loading={inviting}
          disabled={!invitee.name.trim() || !invitee.email.trim()}
          onClick={invite}
        >
          Mời và thêm vào hội đồng
        </Button>
      </Flex>
      <Flex gap={4}>
        {(
          [
            ['chair', 'Chủ tịch hội đồng', chair, setChair],
            ['secretary', 'Thư ký hội đồng', secretary, setSecretary],
          ] as const
        ).map(([key, label, value, set]) => (
          <Field.Root key={key} name={key}>
            <Field.Label>{label}</Field.Label>
            <SingleSelect
              value={value}
              onChange={(v: string | number) => set(String(v))}
              placeholder="Chọn thành viên"
            >
              {members.map((m) => (
                <SingleSelectOption key={m.email} value={m.email}>
                  {m.name || m.email}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        ))}
      </Flex>
      <Box>
        <Button onClick={save}>Lưu hội đồng</Button>
      </Box>
    </Flex>
  );
};
