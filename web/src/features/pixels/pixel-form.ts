import type { FieldError } from '@contracts/common';
import { CallEvent, CreatePixelInput, type Pixel, PixelTagFilter } from '@contracts/pixels';
import { HeaderRows, toRows } from '@web/features/rtb/bidder-form';
import { z } from 'zod';

export const ALL_CAMPAIGNS = 'all';

export const EVENT_LABELS: Record<CallEvent, { label: string; description: string }> = {
  incoming: { label: 'Incoming', description: 'The call arrived' },
  routed: { label: 'Routed', description: 'The call was sent to a target or bid' },
  connected: { label: 'Connected', description: 'A target answered' },
  converted: { label: 'Converted', description: 'Long enough to convert, or a postback confirmed a sale' },
  completed: { label: 'Completed', description: 'The call ended' },
  no_answer: { label: 'No answer', description: 'The call ended with no target answering' },
  rtb_won: { label: 'RTB won', description: 'An RTB bid won the call and was dialed' },
  payout: { label: 'Payout', description: 'The call earned the publisher a payout' },
};

const fields = CreatePixelInput.shape;

/** Tag filter rows: the values as one comma-separated line. */
const FilterRows = z.array(
  z.object({
    token: z.string().trim().min(1, 'A token such as [tag:InboundNumber:State]'),
    operator: PixelTagFilter.shape.operator.unwrap(),
    values: z.string().transform((text, ctx) => {
      const values = text
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean);
      if (!values.length) ctx.addIssue({ code: 'custom', message: 'At least one value' });
      return values;
    }),
  }),
);

/** The pixel form: inputs' text in, the contract's input out. */
export const PixelFormSchema = z
  .object({
    name: fields.name,
    events: z.array(CallEvent).min(1, 'Choose at least one event'),
    campaignId: z.string(),
    method: z.enum(['GET', 'POST']),
    url: fields.url,
    contentType: z.string().trim().min(1, 'A content type such as application/json').max(100),
    headers: HeaderRows({
      name: /^[A-Za-z0-9-]{1,60}$/,
      message: 'Letters, digits and - only',
      maxValue: 1000,
    }),
    body: z.string().max(20_000),
    tagFilters: FilterRows,
    enabled: z.boolean(),
  })
  .transform(
    ({ campaignId, ...values }): CreatePixelInput => ({
      ...values,
      campaignId: campaignId === ALL_CAMPAIGNS ? null : campaignId,
    }),
  );

export type PixelFormValues = z.input<typeof PixelFormSchema>;
export type PixelPayload = z.output<typeof PixelFormSchema>;

export function pixelToValues(pixel: Pixel | undefined): PixelFormValues {
  return {
    name: pixel?.name ?? '',
    events: pixel?.events ?? ['converted'],
    campaignId: pixel?.campaignId ?? ALL_CAMPAIGNS,
    method: pixel?.method ?? 'GET',
    url: pixel?.url ?? '',
    contentType: pixel?.contentType ?? 'application/json',
    headers: toRows(pixel?.headers ?? {}),
    body: pixel?.body ?? '',
    tagFilters: (pixel?.tagFilters ?? []).map((filter) => ({ ...filter, values: filter.values.join(', ') })),
    enabled: pixel?.enabled ?? true,
  };
}

/** A server field error ("headers.X-Key", "tagFilters.0.token") renamed to the input that shows it. */
export function toPixelFieldError({ field, message }: FieldError, values: PixelFormValues): FieldError {
  const header = field.match(/^headers\.(.+)$/);
  if (header && !/^\d+(\.|$)/.test(header[1])) {
    const index = values.headers.findIndex((row) => row.name.trim() === header[1]);
    return { field: index >= 0 ? `headers.${index}.value` : 'headers', message };
  }
  return { field, message };
}
