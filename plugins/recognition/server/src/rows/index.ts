// Rows from the database as the code reads them: Strapi's query engine answers untyped objects,
// so a repository names the fields it uses in a zod schema and parses what came back. A field
// renamed in a content type then fails where it is read, not three calls later as `undefined`.
import { z } from 'zod';

export * from './records';

export function parseRows<T extends z.ZodType>(schema: T, rows: unknown): z.infer<T>[] {
  return z.array(schema).parse(rows);
}

/** One row, or null where the query found none. */
export function parseRow<T extends z.ZodType>(schema: T, row: unknown): z.infer<T> | null {
  return row == null ? null : schema.parse(row);
}
