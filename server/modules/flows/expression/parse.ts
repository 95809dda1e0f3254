import { ExpressionError, LIMITS } from './limits';
import { tokenize } from './tokenize';

export type Node =
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'variable'; name: string }
  | { kind: 'list'; items: Node[] }
  | { kind: 'not'; operand: Node }
  | { kind: 'negate'; operand: Node }
  | { kind: 'logical'; op: 'and' | 'or'; left: Node; right: Node }
  | { kind: 'binary'; op: BinaryOp; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[]; at: number };

export type BinaryOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | '+' | '-' | '*' | '/';

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false']);

/** Function names and how many arguments each takes; checked while parsing. */
export const FUNCTIONS: Record<string, { min: number; max: number }> = {
  len: { min: 1, max: 1 },
  lower: { min: 1, max: 1 },
  upper: { min: 1, max: 1 },
  trim: { min: 1, max: 1 },
  number: { min: 1, max: 1 },
  round: { min: 1, max: 1 },
  abs: { min: 1, max: 1 },
  min: { min: 2, max: 10 },
  max: { min: 2, max: 10 },
  contains: { min: 2, max: 2 },
  startsWith: { min: 2, max: 2 },
  endsWith: { min: 2, max: 2 },
};

/**
 * Recursive descent over:
 *   or     := and (("or" | "||") and)*
 *   and    := not (("and" | "&&") not)*
 *   not    := ("not" | "!") not | compare
 *   compare:= sum ((== != < <= > >= in | not in) sum)?
 *   sum    := product ((+ | -) product)*
 *   product:= unary ((* | /) unary)*
 *   unary  := - unary | primary
 *   primary:= number | text | true | false | name | name(args) | (or) | [items]
 * Depth is bounded, so hostile nesting fails fast with a clear message instead of overflowing.
 */
export function parseExpression(source: string): Node {
  const tokens = tokenize(source);
  let position = 0;
  let depth = 0;
  const peek = () => tokens[position];
  const isOp = (value: string) => {
    const token = peek();
    return token.kind === 'op' && token.value === value;
  };
  const isWord = (value: string) => {
    const token = peek();
    return token.kind === 'name' && token.value === value;
  };
  const expect = (value: string, what: string) => {
    if (!isOp(value)) fail(`Expected ${what}`);
    position++;
  };
  const fail = (message: string): never => {
    const token = peek();
    const found = token.kind === 'end' ? 'the end' : `"${'value' in token ? token.value : ''}"`;
    throw new ExpressionError(`${message}, found ${found}`, token.at);
  };
  const nested = <T>(read: () => T): T => {
    if (++depth > LIMITS.depth)
      throw new ExpressionError(`Nested deeper than ${LIMITS.depth} levels`, peek().at);
    try {
      return read();
    } finally {
      depth--;
    }
  };

  const or = (): Node =>
    nested(() => {
      let left = and();
      while (isWord('or') || isOp('||')) {
        position++;
        left = { kind: 'logical', op: 'or', left, right: and() };
      }
      return left;
    });
  const and = (): Node => {
    let left = not();
    while (isWord('and') || isOp('&&')) {
      position++;
      left = { kind: 'logical', op: 'and', left, right: not() };
    }
    return left;
  };
  const not = (): Node => {
    if (isWord('not') || isOp('!')) {
      position++;
      return nested(() => ({ kind: 'not', operand: not() }));
    }
    return compare();
  };
  const compare = (): Node => {
    const left = sum();
    const token = peek();
    if (token.kind === 'op' && COMPARISONS.has(token.value)) {
      position++;
      return { kind: 'binary', op: token.value as BinaryOp, left, right: sum() };
    }
    if (isWord('in')) {
      position++;
      return { kind: 'binary', op: 'in', left, right: sum() };
    }
    const after = tokens[position + 1];
    if (isWord('not') && after?.kind === 'name' && after.value === 'in') {
      position += 2;
      return { kind: 'binary', op: 'not in', left, right: sum() };
    }
    return left;
  };
  const sum = (): Node => {
    let left = product();
    while (isOp('+') || isOp('-')) {
      const op = (peek() as { value: BinaryOp }).value;
      position++;
      left = { kind: 'binary', op, left, right: product() };
    }
    return left;
  };
  const product = (): Node => {
    let left = unary();
    while (isOp('*') || isOp('/')) {
      const op = (peek() as { value: BinaryOp }).value;
      position++;
      left = { kind: 'binary', op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Node => {
    if (isOp('-')) {
      position++;
      return nested(() => ({ kind: 'negate', operand: unary() }));
    }
    return primary();
  };
  const primary = (): Node => {
    const token = peek();
    if (token.kind === 'number' || token.kind === 'string') {
      position++;
      return { kind: 'literal', value: token.value };
    }
    if (isOp('(')) {
      position++;
      const inner = or();
      expect(')', 'a closing )');
      return inner;
    }
    if (isOp('[')) {
      position++;
      const items = nested(() => argumentsUntil(']'));
      if (items.length > LIMITS.listItems)
        throw new ExpressionError(`A list holds at most ${LIMITS.listItems} items`, token.at);
      return { kind: 'list', items };
    }
    if (token.kind === 'name') {
      position++;
      if (token.value === 'true' || token.value === 'false')
        return { kind: 'literal', value: token.value === 'true' };
      if (KEYWORDS.has(token.value))
        throw new ExpressionError(`"${token.value}" cannot start a value`, token.at);
      if (!isOp('(')) return { kind: 'variable', name: token.value };
      const spec = FUNCTIONS[token.value];
      if (!spec)
        throw new ExpressionError(
          `Unknown function "${token.value}"; use one of ${Object.keys(FUNCTIONS).join(', ')}`,
          token.at,
        );
      position++;
      const args = nested(() => argumentsUntil(')'));
      if (args.length < spec.min || args.length > spec.max) {
        const count = spec.min === spec.max ? `${spec.min}` : `${spec.min} to ${spec.max}`;
        throw new ExpressionError(
          `${token.value}() takes ${count} argument(s), got ${args.length}`,
          token.at,
        );
      }
      return { kind: 'call', name: token.value, args, at: token.at };
    }
    return fail('Expected a value');
  };
  const argumentsUntil = (close: string): Node[] => {
    const items: Node[] = [];
    if (isOp(close)) {
      position++;
      return items;
    }
    for (;;) {
      items.push(or());
      if (isOp(',')) {
        position++;
        continue;
      }
      expect(close, `, or ${close}`);
      return items;
    }
  };

  const tree = or();
  if (peek().kind !== 'end') fail('Expected the end of the expression');
  return tree;
}
