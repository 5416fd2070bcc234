// Jurisdiction and year pickers shared by the dashboard and the approval queue.
import { Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import { schemas, useApi } from '../api/client';

export type Scope = { jurisdiction: string; year: number };

export const JurisdictionYear = ({
  value,
  onChange,
}: {
  value: Scope;
  onChange: (s: Scope) => void;
}) => {
  const api = useApi();
  const [list, setList] = useState<{ name: string; slug: string }[]>([]);
  useEffect(() => {
    api.get('/recognition/jurisdictions', schemas.jurisdictionList).then((found) => {
      setList(found);
      if (!value.jurisdiction && found[0]) onChange({ ...value, jurisdiction: found[0].slug });
    });
  }, [api]);
  return (
    <Flex gap={4} alignItems="flex-end">
      <Field.Root
        name="jurisdiction"
        hint="Chỉ có các tỉnh / thành phố được giao cho tài khoản này."
      >
        <Field.Label>Tỉnh / thành phố</Field.Label>
        <SingleSelect
          value={value.jurisdiction}
          onChange={(v: string | number) => onChange({ ...value, jurisdiction: String(v) })}
        >
          {list.map((j) => (
            <SingleSelectOption key={j.slug} value={j.slug}>
              {j.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
      </Field.Root>
      <Field.Root name="year">
        <Field.Label>Năm</Field.Label>
        <SingleSelect
          value={String(value.year)}
          onChange={(v: string | number) => onChange({ ...value, year: Number(v) })}
        >
          {years().map((y) => (
            <SingleSelectOption key={y} value={String(y)}>
              {String(y)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Flex>
  );
};

export const currentYear = () => new Date().getFullYear();

/** The scope to start from: ?jurisdiction=&year= in the page's address, else this year. */
export const initialScope = (params: URLSearchParams): Scope => ({
  jurisdiction: params.get('jurisdiction') ?? '',
  year: Number(params.get('year')) || currentYear(),
});

const years = () => Array.from({ length: 6 }, (_, i) => currentYear() + 1 - i);
