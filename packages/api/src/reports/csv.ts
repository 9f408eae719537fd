/**
 * CSV as RFC 4180 has it: comma-separated, CRLF line ends, a cell quoted when it holds a quote,
 * comma, CR or LF, quotes inside doubled.
 */

/** Cells a spreadsheet would run as a formula (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes `'` so a spreadsheet shows the text instead of evaluating it: customer-supplied text
 * such as `=HYPERLINK(...)` must not run on an analyst's machine.
 */
export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

export const quoteCell = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/** One record, CRLF-terminated. */
export const csvLine = (cells: readonly string[]): string => `${cells.map(quoteCell).join(',')}\r\n`;

/**
 * A value as a cell: null is empty. Only text is guarded: numbers, instants and booleans come
 * from typed columns and cannot hold a formula, and a `'` before `-3` would spoil the number.
 */
export function csvCell(value: unknown, isText: boolean): string {
  if (value === null || value === undefined) return '';
  const text = textOf(value);
  return isText ? guardFormula(text) : text;
}

const textOf = (value: unknown): string => {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return value.toString();
    default:
      return JSON.stringify(value) ?? '';
  }
};
