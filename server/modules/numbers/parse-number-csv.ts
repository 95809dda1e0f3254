import { toE164 } from '../../../contracts/phone';

export type CsvRow = { line: number; phoneNumber: string; name: string | null };
export type CsvError = { line: number; value: string; message: string };

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/**
 * Numbers pasted as CSV (`phoneNumber[,name]`, optional header): good rows and, separately, each
 * bad row with its line number, so one typo does not reject the whole paste.
 */
export function parseNumberCsv(csv: string): { rows: CsvRow[]; errors: CsvError[] } {
  const rows: CsvRow[] = [];
  const errors: CsvError[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of csv.split(/\r?\n/).entries()) {
    const line = index + 1;
    if (!raw.trim()) continue;
    const [value = '', name = ''] = splitCsvLine(raw);
    if (index === 0 && /[a-z]/i.test(value) && !toE164(value)) continue; // a header line
    const phoneNumber = toE164(value);
    if (!phoneNumber) errors.push({ line, value, message: 'Not a valid phone number' });
    else if (seen.has(phoneNumber)) errors.push({ line, value, message: 'Repeated in this paste' });
    else {
      seen.add(phoneNumber);
      rows.push({ line, phoneNumber, name: name || null });
    }
  }
  return { rows, errors };
}
