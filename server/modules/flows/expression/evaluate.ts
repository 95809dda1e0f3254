import { ExpressionError, LIMITS } from './limits';
import { type Node, parseExpression } from './parse';

export type Value = string | number | boolean | Value[];
export type Variables = Readonly<Record<string, string>>;

/** A number, or a text that reads as one ("42", " 3.5 "); otherwise undefined. */
function asNumber(value: Value): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

const asText = (value: Value): string => (Array.isArray(value) ? value.map(asText).join(',') : String(value));

const truthy = (value: Value) =>
  Array.isArray(value) ? value.length > 0 : value !== false && value !== '' && value !== 0;

function equal(left: Value, right: Value): boolean {
  const [a, b] = [asNumber(left), asNumber(right)];
  // Variables are text: `zip == 90210` and `digits == "1"` both mean what they say.
  if ((typeof left === 'number' || typeof right === 'number') && a !== undefined && b !== undefined)
    return a === b;
  if (typeof left === 'boolean' || typeof right === 'boolean') return left === right;
  return asText(left) === asText(right);
}

function order(left: Value, right: Value): number {
  const [a, b] = [asNumber(left), asNumber(right)];
  if (a !== undefined && b !== undefined) return a - b;
  const [x, y] = [asText(left), asText(right)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function bounded(text: string): string {
  if (text.length > LIMITS.stringLength)
    throw new ExpressionError(`Text grew longer than ${LIMITS.stringLength} characters`);
  return text;
}

function numberArg(name: string, value: Value): number {
  const number = asNumber(value);
  if (number === undefined)
    throw new ExpressionError(`${name}() needs a number, got "${asText(value).slice(0, 40)}"`);
  return number;
}

const FUNCTION_BODIES: Record<string, (args: Value[]) => Value> = {
  len: ([value]) => (Array.isArray(value) ? value.length : asText(value).length),
  lower: ([value]) => asText(value).toLowerCase(),
  upper: ([value]) => asText(value).toUpperCase(),
  trim: ([value]) => asText(value).trim(),
  number: ([value]) => asNumber(value) ?? 0,
  round: ([value]) => Math.round(numberArg('round', value)),
  abs: ([value]) => Math.abs(numberArg('abs', value)),
  min: (values) => Math.min(...values.map((value) => numberArg('min', value))),
  max: (values) => Math.max(...values.map((value) => numberArg('max', value))),
  contains: ([text, part]) =>
    Array.isArray(text) ? text.some((item) => equal(item, part)) : asText(text).includes(asText(part)),
  startsWith: ([text, part]) => asText(text).startsWith(asText(part)),
  endsWith: ([text, part]) => asText(text).endsWith(asText(part)),
};

/**
 * Evaluates a parsed expression over the call's variables (text; a missing one is ""). Walks the
 * tree with a step budget; no user text is ever run as code.
 */
export function evaluate(tree: Node, variables: Variables): Value {
  let steps = 0;
  const visit = (node: Node): Value => {
    if (++steps > LIMITS.steps) throw new ExpressionError(`Took more than ${LIMITS.steps} steps`);
    switch (node.kind) {
      case 'literal':
        return node.value;
      case 'variable':
        return bounded(Object.hasOwn(variables, node.name) ? variables[node.name] : '');
      case 'list':
        return node.items.map(visit);
      case 'not':
        return !truthy(visit(node.operand));
      case 'negate':
        return -numberArg('-', visit(node.operand));
      case 'logical': {
        const left = truthy(visit(node.left));
        if (node.op === 'and') return left && truthy(visit(node.right));
        return left || truthy(visit(node.right));
      }
      case 'call':
        return FUNCTION_BODIES[node.name](node.args.map(visit));
      case 'binary':
        return binary(node.op, visit(node.left), visit(node.right));
    }
  };
  return visit(tree);
}

function binary(op: string, left: Value, right: Value): Value {
  switch (op) {
    case '==':
      return equal(left, right);
    case '!=':
      return !equal(left, right);
    case '<':
      return order(left, right) < 0;
    case '<=':
      return order(left, right) <= 0;
    case '>':
      return order(left, right) > 0;
    case '>=':
      return order(left, right) >= 0;
    case 'in':
    case 'not in': {
      const found = Array.isArray(right)
        ? right.some((item) => equal(left, item))
        : asText(right).includes(asText(left));
      return op === 'in' ? found : !found;
    }
    case '+': {
      const [a, b] = [asNumber(left), asNumber(right)];
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      if ((typeof left === 'number' || typeof right === 'number') && a !== undefined && b !== undefined)
        return a + b;
      return bounded(asText(left) + asText(right));
    }
    case '-':
      return numberArg('-', left) - numberArg('-', right);
    case '*':
      return numberArg('*', left) * numberArg('*', right);
    default: {
      const divisor = numberArg('/', right);
      if (divisor === 0) throw new ExpressionError('Division by zero');
      return numberArg('/', left) / divisor;
    }
  }
}

// Parsed trees by source: a flow's rules are parsed once, not on every call.
const parsedCache = new Map<string, Node>();
const CACHE_SIZE = 500;

/** Parses (cached) and evaluates a condition to true or false; throws ExpressionError. */
export function testCondition(source: string, variables: Variables): boolean {
  let tree = parsedCache.get(source);
  if (!tree) {
    tree = parseExpression(source);
    if (parsedCache.size >= CACHE_SIZE) parsedCache.delete(parsedCache.keys().next().value as string);
    parsedCache.set(source, tree);
  }
  return truthy(evaluate(tree, variables));
}
