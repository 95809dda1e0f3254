import { ExpressionError, LIMITS } from './limits';

export type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'name'; value: string; at: number }
  | { kind: 'op'; value: string; at: number }
  | { kind: 'end'; at: number };

/** Longest first, so `<=` is not read as `<` then `=`. */
const OPERATORS = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '<',
  '>',
  '!',
  '(',
  ')',
  '[',
  ']',
  ',',
  '+',
  '-',
  '*',
  '/',
];
const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_.]/;
const DIGIT = /[0-9]/;

/** Splits an expression into tokens; rejects anything it does not know with the position. */
export function tokenize(source: string): Token[] {
  if (source.length > LIMITS.sourceLength)
    throw new ExpressionError(`Expression is longer than ${LIMITS.sourceLength} characters`);
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const at = i;
    if (DIGIT.test(char)) {
      while (i < source.length && DIGIT.test(source[i])) i++;
      if (source[i] === '.' && DIGIT.test(source[i + 1] ?? '')) {
        i++;
        while (i < source.length && DIGIT.test(source[i])) i++;
      }
      tokens.push({ kind: 'number', value: Number(source.slice(at, i)), at });
    } else if (char === '"' || char === "'") {
      const { value, end } = readString(source, i);
      tokens.push({ kind: 'string', value, at });
      i = end;
    } else if (NAME_START.test(char)) {
      while (i < source.length && NAME_PART.test(source[i])) i++;
      tokens.push({ kind: 'name', value: source.slice(at, i), at });
    } else {
      const op = OPERATORS.find((candidate) => source.startsWith(candidate, i));
      if (!op) throw new ExpressionError(`Unexpected character "${char}"`, at);
      tokens.push({ kind: 'op', value: op, at });
      i += op.length;
    }
    if (tokens.length > LIMITS.tokens)
      throw new ExpressionError(`Expression has more than ${LIMITS.tokens} parts`, at);
  }
  tokens.push({ kind: 'end', at: source.length });
  return tokens;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', "'": "'" };

function readString(source: string, start: number): { value: string; end: number } {
  const quote = source[start];
  let value = '';
  for (let i = start + 1; i < source.length; i++) {
    const char = source[i];
    if (char === quote) return { value, end: i + 1 };
    if (char === '\\') {
      const escaped = ESCAPES[source[i + 1] ?? ''];
      if (escaped === undefined) throw new ExpressionError('Unknown escape in text', i);
      value += escaped;
      i++;
    } else value += char;
  }
  throw new ExpressionError('Text is missing its closing quote', start);
}
