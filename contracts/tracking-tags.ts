import { z } from 'zod';
import { Timestamp } from './common';
import { PhoneNumber } from './phone';

export const NumberFormat = z
  .string()
  .trim()
  .min(10)
  .max(40)
  .refine(
    (format) => (format.match(/#/g) ?? []).length === 10,
    'Use exactly ten # for the digits, e.g. (###) ###-####',
  );

function balanced(selector: string): boolean {
  let depth = 0;
  for (const char of selector) {
    if (char === '[' || char === '(') depth++;
    if (char === ']' || char === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const ClickIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'Letters, digits, _ and - only');

const TagFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  poolId: z.string().min(1, 'Choose a pool'),
  defaultNumber: PhoneNumber,
  selector: z
    .string()
    .trim()
    .max(200)
    // Not a full CSS parser: refuses what can never be a selector, so a typo fails here, not silently on the page.
    .refine(
      (value) => !/[<{};]/.test(value) && balanced(value),
      'Not a CSS selector; use something like #phone or .call-us',
    )
    .nullish()
    .transform((value) => value || null),
  numberFormat: NumberFormat.optional(),
  clickIdParams: z.array(ClickIdParam).max(20).optional(),
});

export const CreateTrackingTagInput = TagFields;
export type CreateTrackingTagInput = z.input<typeof CreateTrackingTagInput>;
export const UpdateTrackingTagInput = TagFields.partial();

export const TrackingTag = z.object({
  id: z.string(),
  code: z.string().describe('Public code used in the snippet URL'),
  name: z.string(),
  poolId: z.string(),
  defaultNumber: z.string(),
  selector: z.string().nullable(),
  numberFormat: z.string(),
  clickIdParams: z.array(z.string()),
  snippet: z.string().describe('The <script> line to paste into the website'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type TrackingTag = z.infer<typeof TrackingTag>;
