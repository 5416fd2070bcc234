// Cells leaving in a CSV or XLSX that a spreadsheet could take for a formula (a text beginning
// with =, +, -, @, a tab or a carriage return: OWASP's "CSV injection") are written as text with
// a leading apostrophe. Numbers, dates and booleans stay what they are. Every export writes its
// rows through these.
const formulaStart = /^[=+\-@\t\r]/;

export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value;
}

export function safeRow<T extends unknown[] | Record<string, unknown>>(row: T): T {
  if (Array.isArray(row)) return row.map(safeCell) as T;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)])) as T;
}
