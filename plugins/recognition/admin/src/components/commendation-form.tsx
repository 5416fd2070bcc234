// Proposing a commendation (the police): a unit holding the title in the year, a collective or one
// of its people (name and position), the form of award and the achievement, after a confirmation.
import {
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useState } from 'react';
import type { CommendationView } from '../../../shared/contracts/responses';
import {
  awardeeKindLabels,
  awardFormLabels,
  type AwardeeKind,
  type AwardForm,
} from '../../../shared/domain/commendation';
import { ConfirmDialog } from './feedback';

export type Proposal = {
  unit: string;
  form: AwardForm;
  awardee: AwardeeKind;
  fullName?: string;
  position?: string;
  achievement: string;
};

export function CommendationForm(props: {
  titled: CommendationView['titled'];
  busy: boolean;
  onPropose: (p: Proposal) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [p, setP] = useState<Proposal>({
    unit: '',
    form: 'bang_khen',
    awardee: 'collective',
    achievement: '',
  });
  const set = (k: keyof Proposal) => (v: string) => setP((x) => ({ ...x, [k]: v }));
  const text = (k: 'fullName' | 'position') => (e: React.ChangeEvent<HTMLInputElement>) =>
    set(k)(e.target.value);
  if (!props.titled.length)
    return <Typography tag="p">Năm này chưa có đơn vị nào giữ danh hiệu để đề nghị.</Typography>;
  return (
    <>
      <Button onClick={() => setOpen(true)}>Đề nghị khen thưởng</Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Đề nghị khen thưởng"
        confirm="Gửi đề nghị"
        loading={props.busy}
        disabled={!p.unit || p.achievement.trim().length < 10}
        onConfirm={() => void props.onPropose(p).then(() => setOpen(false))}
      >
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Field.Root name="unit" required hint="Đơn vị giữ danh hiệu điển hình trong năm">
            <Field.Label>Đơn vị</Field.Label>
            <SingleSelect value={p.unit} onChange={(v: string | number) => set('unit')(String(v))}>
              {props.titled.map((t) => (
                <SingleSelectOption key={t.code} value={t.code}>
                  {`${t.name} (${t.consecutiveYears} năm liên tục)`}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
          </Field.Root>
          <Field.Root name="awardee" required>
            <Field.Label>Tập thể hoặc cá nhân</Field.Label>
            <SingleSelect
              value={p.awardee}
              onChange={(v: string | number) => set('awardee')(String(v))}
            >
              {Object.entries(awardeeKindLabels).map(([k, label]) => (
                <SingleSelectOption key={k} value={k}>
                  {label}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          {p.awardee === 'individual' && (
            <>
              <Field.Root name="fullName" required>
                <Field.Label>Họ và tên</Field.Label>
                <TextInput value={p.fullName ?? ''} onChange={text('fullName')} />
              </Field.Root>
              <Field.Root name="position" required>
                <Field.Label>Chức vụ</Field.Label>
                <TextInput value={p.position ?? ''} onChange={text('position')} />
              </Field.Root>
            </>
          )}
          <Field.Root name="form" required>
            <Field.Label>Hình thức khen thưởng</Field.Label>
            <SingleSelect value={p.form} onChange={(v: string | number) => set('form')(String(v))}>
              {Object.entries(awardFormLabels).map(([k, label]) => (
                <SingleSelectOption key={k} value={k}>
                  {label}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Field.Root
            name="achievement"
            required
            hint="Ít nhất 10 ký tự; in trên quyết định và bằng khen"
          >
            <Field.Label>Thành tích</Field.Label>
            <Textarea
              value={p.achievement}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
                set('achievement')(e.target.value)
              }
            />
            <Field.Hint />
          </Field.Root>
        </Flex>
      </ConfirmDialog>
    </>
  );
}
