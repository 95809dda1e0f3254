/**
 * CSV per RFC 4180, safe to open in a spreadsheet: a text cell that starts with = + - @ (or a tab
 * or carriage return) would run as a formula, so it gets a leading apostrophe — except plain
 * numbers such as "+14155550100" or "-12.50", which no spreadsheet runs as code.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (values: CsvValue[]) => `${values.map(csvCell).join(',')}\r\n`;

/**
 * A CSV document as a stream of text chunks: the header, then each batch of rows as `nextBatch`
 * hands them over (an empty batch ends it), so only one batch is ever held in memory.
 */
export async function* csvStream<Row>(
  columns: { header: string; value: (row: Row) => CsvValue }[],
  nextBatch: () => Promise<Row[]>,
): AsyncGenerator<string> {
  yield csvLine(columns.map((c) => c.header));
  for (;;) {
    const rows = await nextBatch();
    if (!rows.length) return;
    yield rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join('');
  }
}
