/** The ways a US number is commonly written on a page; the snippet writes pool numbers the same way. */
export const numberFormatPresets = ['(###) ###-####', '###-###-####', '+1 ### ### ####'] as const;

export const DEFAULT_NUMBER_FORMAT = numberFormatPresets[0];

/** Fills a format's ten `#` with a number's last ten digits: "(###) ###-####" → "(415) 555-0100". */
export function applyNumberFormat(format: string, phoneNumber = '+14155550100'): string {
  const digits = phoneNumber.replace(/\D/g, '').slice(-10);
  let next = 0;
  return format.replace(/#/g, () => digits.charAt(next++));
}

export function numberFormatOptions(current?: string) {
  const formats: string[] = [...numberFormatPresets];
  // A format set through the API may be none of the presets; keep it choosable.
  if (current && !formats.includes(current)) formats.push(current);
  return formats.map((format) => ({ value: format, label: applyNumberFormat(format), description: format }));
}
