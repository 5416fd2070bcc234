// Starting a review over several years (sơ kết, tổng kết): the kind and the span; the server
// counts each year and drafts the report, which opens in the editor like any report of the province.
import {
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { useState } from 'react';
import { reviewLabels, reviewKinds, type ReviewKind } from '../../../shared/domain/reports';

export function ReviewForm(props: {
  year: number;
  busy: boolean;
  onCompile: (span: { kind: ReviewKind; fromYear: number; toYear: number }) => void;
}) {
  const [kind, setKind] = useState<ReviewKind>('so_ket');
  const [from, setFrom] = useState(String(props.year - 2));
  const to = props.year;
  return (
    <Flex gap={2} alignItems="flex-end" wrap="wrap">
      <Field.Root name="review-kind">
        <Field.Label>Loại báo cáo</Field.Label>
        <SingleSelect value={kind} onChange={(v: string | number) => setKind(v as ReviewKind)}>
          {reviewKinds.map((k) => (
            <SingleSelectOption key={k} value={k}>
              {reviewLabels[k]}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="review-from" hint={`đến năm ${to}`}>
        <Field.Label>Từ năm</Field.Label>
        <TextInput
          value={from}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFrom(e.target.value)}
        />
      </Field.Root>
      <Button
        loading={props.busy}
        disabled={!/^\d{4}$/.test(from)}
        onClick={() => props.onCompile({ kind, fromYear: Number(from), toYear: to })}
      >
        Tổng hợp báo cáo {reviewLabels[kind].replace('Báo cáo ', '')}
      </Button>
    </Flex>
  );
}
