import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvStream } from './csv';

describe('CSV cells', () => {
  it('quotes commas, quotes, line breaks and edge spaces, and leaves plain text bare', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(-1250)).toBe('-1250');
  });

  it('defuses text a spreadsheet would run as a formula, but keeps plain numbers and phone numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+cmd|x')).toBe("'+cmd|x");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tTAB')).toBe("'\tTAB");
    expect(csvCell('+14155550100')).toBe('+14155550100');
    expect(csvCell('-12.50')).toBe('-12.50');
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});

describe('CSV streams', () => {
  it('asks for the next batch only after the previous one is written, and stops at an empty one', async () => {
    const batches = [[1, 2], [3], []];
    const asked: number[] = [];
    const stream = csvStream([{ header: 'n', value: (n: number) => n }], async () => {
      asked.push(batches.length);
      return batches.shift() ?? [];
    });
    const chunks: string[] = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
      expect(asked.length).toBe(chunks.length - 1);
    }
    expect(chunks).toEqual(['n\r\n', '1\r\n2\r\n', '3\r\n']);
  });
});
