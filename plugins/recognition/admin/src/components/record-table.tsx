// One table for the admin's lists of records: a heading per column and a cell drawn from each
// row, so a page says what it shows and not how a design-system table is assembled.
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

export type Column<R> = {
  label: string;
  /** What the cell shows; plain text is set as body text. */
  cell: (row: R) => ReactNode;
};

type Props<R> = { rows: readonly R[]; columns: Column<R>[]; rowKey: (row: R, i: number) => string };

export function RecordTable<R>({ rows, columns, rowKey }: Props<R>) {
  return (
    <Table colCount={columns.length} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {columns.map((c) => (
            <Th key={c.label}>
              <Typography variant="sigma">{c.label}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row, i) => (
          <Tr key={rowKey(row, i)}>
            {columns.map((c) => {
              const content = c.cell(row);
              return (
                <Td key={c.label}>
                  {typeof content === 'string' || typeof content === 'number' ? (
                    <Typography>{content}</Typography>
                  ) : (
                    content
                  )}
                </Td>
              );
            })}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
