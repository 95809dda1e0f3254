import { describe, expect, it } from 'vitest';
import { formatCents, parseCents } from './money';

describe('parseCents', () => {
  it.each([
    [10, 1000],
    ['10', 1000],
    ['12.345', 1235],
    ['12.344', 1234],
    [12.5, 1250],
    // Math.round(1.005 * 100) is 100: the float is 1.00499999…; the text "1.005" rounds up.
    [1.005, 101],
    [0.1 + 0.2, 30],
    ['0.005', 1],
    ['.5', 50],
    ['5.', 500],
    ['1.5e1', 1500],
    [1e-7, 0],
    [' 7.25 ', 725],
    ['-2.50', -250],
    ['0', 0],
  ])('%j → %i cents', (input, cents) => {
    expect(parseCents(input)).toBe(cents);
  });

  it.each([
    ['abc'],
    [''],
    ['.'],
    ['12,50'],
    ['$12'],
    ['1e30'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [null],
    [true],
    [{}],
  ])('refuses %j', (input) => {
    expect(parseCents(input)).toBeUndefined();
  });
});

describe('formatCents', () => {
  it('writes major units with two decimals', () => {
    expect(formatCents(1235)).toBe('12.35');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(-250)).toBe('-2.50');
  });
});
