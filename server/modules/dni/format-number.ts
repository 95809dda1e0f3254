/** Fills a format's ten `#` with a North American number's digits: "(###) ###-####" → "(415) 555-0142". */
export function formatWithPattern(e164: string, pattern: string): string {
  const digits = e164.replace(/\D/g, '').slice(-10);
  let next = 0;
  return pattern.replace(/#/g, () => digits[next++] ?? '');
}
