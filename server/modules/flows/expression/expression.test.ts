import { describe, expect, it } from 'vitest';
import { evaluate, testCondition } from './evaluate';
import { ExpressionError } from './limits';
import { parseExpression } from './parse';

const vars = { state: 'CA', zip: '90210', digits: '1', name: '  Ada ', score: '7.5', empty: '' };
const check = (source: string) => testCondition(source, vars);
const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('expression language', () => {
  it('compares text and numbers the way a person reads them', () => {
    expect(check('state == "CA"')).toBe(true);
    expect(check("state != 'NY'")).toBe(true);
    expect(check('zip == 90210')).toBe(true);
    expect(check('digits == "1" and digits == 1')).toBe(true);
    expect(check('score > 7 && score <= 7.5')).toBe(true);
    expect(check('score >= 8 || zip < 90300')).toBe(true);
    expect(check('missing == ""')).toBe(true);
  });

  it('has and/or/not with precedence, in / not in, and parentheses', () => {
    expect(check('state in ["CA", "NY"] and not (zip in ["10001"])')).toBe(true);
    expect(check('state not in ["TX"]')).toBe(true);
    expect(check('!empty')).toBe(true);
    expect(check('true or false and false')).toBe(true);
    expect(check('(true or false) and false')).toBe(false);
    expect(check('"90" in zip')).toBe(true);
  });

  it('has a few string and number functions', () => {
    expect(check('len(zip) == 5 and len(trim(name)) == 3')).toBe(true);
    expect(check('lower(state) == "ca" and upper("x") == "X"')).toBe(true);
    expect(check('startsWith(zip, "902") and endsWith(zip, "10") and contains(name, "Ad")')).toBe(true);
    expect(check('round(score) == 8 and abs(-2) == 2 and min(3, 1, 2) == 1 and max(1, score) == 7.5')).toBe(
      true,
    );
    expect(check('number(zip) + 1 == 90211 and zip + "x" == "90210x" and 6 / 3 * 2 - 1 == 3')).toBe(true);
  });

  it('never runs user text as code', () => {
    expect(check('constructor == ""')).toBe(true);
    expect(check('__proto__ == ""')).toBe(true);
    expect(() => check('process.exit(1)')).toThrow(/Unknown function "process.exit"/);
    expect(() => check('state; 1')).toThrow(/Unexpected character ";"/);
  });

  it('explains syntax errors with their position', () => {
    expect(() => parseExpression('state ==')).toThrow('Expected a value, found the end (at character 9)');
    expect(() => parseExpression('(state == "CA"')).toThrow(/Expected a closing \)/);
    expect(() => parseExpression('"open')).toThrow(/missing its closing quote/);
    expect(() => parseExpression('len(a, b)')).toThrow(/len\(\) takes 1 argument/);
    expect(() => parseExpression('state == "CA" "NY"')).toThrow(/Expected the end/);
    expect(() => evaluate(parseExpression('1 / 0'), {})).toThrow(/Division by zero/);
    expect(() => evaluate(parseExpression('round(state)'), vars)).toThrow(/round\(\) needs a number/);
  });

  describe('hostile input is refused quickly with a clear error', () => {
    const fast = (run: () => unknown) => {
      const started = performance.now();
      const error = errorOf(run);
      // Generous for a loaded CI machine; unbounded work on these inputs would take far longer.
      expect(performance.now() - started).toBeLessThan(1000);
      expect(error).toBeInstanceOf(ExpressionError);
      return (error as Error).message;
    };

    it('deep nesting', () => {
      expect(fast(() => parseExpression(`${'('.repeat(100)}1${')'.repeat(100)}`))).toMatch(
        /Nested deeper than 32/,
      );
      expect(fast(() => parseExpression(`${'not '.repeat(200)}true`))).toMatch(/Nested deeper/);
      expect(fast(() => parseExpression(`${'-'.repeat(300)}1`))).toMatch(/Nested deeper/);
      expect(fast(() => parseExpression(`${'len('.repeat(100)}1${')'.repeat(100)}`))).toMatch(
        /Nested deeper/,
      );
      expect(fast(() => parseExpression(`${'['.repeat(100)}1${']'.repeat(100)}`))).toMatch(/Nested deeper/);
    });

    it('huge input and huge values', () => {
      expect(fast(() => parseExpression(`"${'a'.repeat(100_000)}"`))).toMatch(/longer than 1000 characters/);
      expect(fast(() => parseExpression(Array(300).fill('1').join('+')))).toMatch(/more than 400 parts/);
      const big = { text: 'x'.repeat(1500) };
      expect(fast(() => testCondition('text + text == ""', big))).toMatch(/longer than 2000/);
      expect(fast(() => testCondition('text == ""', { text: 'x'.repeat(5000) }))).toMatch(/longer than 2000/);
    });

    it('unknown functions and stray characters', () => {
      expect(fast(() => parseExpression('eval("1")'))).toMatch(/Unknown function "eval"; use one of len/);
      expect(fast(() => parseExpression('a = 1'))).toMatch(/Unexpected character "="/);
      expect(fast(() => parseExpression('`x`'))).toMatch(/Unexpected character "`"/);
    });
  });
});
