// The council of a jurisdiction's year: members (one per line), chair and secretary.
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Textarea } from '@strapi/design-system';
import { useState } from 'react';
import { useApi } from '../../api/client';
import { errorText, type Notice } from '../../components/feedback';
import type { Scope } from '../../components/jurisdiction-year';
import type { Member, Overview } from './types';

function parseMembers(text: string): Member[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [email, ...name] = l.split(',');
      return { email: email.trim(), name: name.join(',').trim() };
    });
}


export const CouncilForm = ({ scope, council, onSaved, notify }: { scope: Scope; council: Overview['council']; onSaved: () => void; notify: (n: Notice) => void }) => {
  const api = useApi();
  const [name, setName] = useState(council?.name ?? `Hội đồng thẩm định năm ${scope.year}`);
  const [membersText, setMembersText] = useState((council?.members ?? []).map((m) => `${m.email}, ${m.name}`).join('\n'));
  const [chair, setChair] = useState(council?.chairEmail ?? '');
  const [secretary, setSecretary] = useState(council?.secretaryEmail ?? '');
  const members = parseMembers(membersText);
  const save = async () => {
    try {
      await api.post('/recognition/councils', { jurisdiction: scope.jurisdiction, year: scope.year, name, members, chairEmail: chair, secretaryEmail: secretary });
      notify({ kind: 'success', text: `Đã lưu hội đồng "${name}" (${members.length} thành viên).` });
      onSaved();
    } catch (e) {
      notify({ kind: 'danger', text: errorText(e) });
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root name="councilName">
        <Field.Label>Tên hội đồng</Field.Label>
        <TextInput value={name} onChange={(e: any) => setName(e.target.value)} />
      </Field.Root>
      <Field.Root name="members" hint='Mỗi dòng một thành viên: "thư điện tử, Họ và tên". Cần ít nhất 3.'>
        <Field.Label>Thành viên</Field.Label>
        <Textarea value={membersText} onChange={(e: any) => setMembersText(e.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Flex gap={4}>
        {(
          [
            ['chair', 'Chủ tịch hội đồng', chair, setChair],
            ['secretary', 'Thư ký hội đồng', secretary, setSecretary],
          ] as const
        ).map(([key, label, value, set]) => (
          <Field.Root key={key} name={key}>
            <Field.Label>{label}</Field.Label>
            <SingleSelect value={value} onChange={(v: string | number) => set(String(v))} placeholder="Chọn thành viên">
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

