import { CreateCampaignInput } from '@contracts/campaigns';
import { centsToDollars, dollarsToCents } from '@web/lib/format';
import { z } from 'zod';

const MAX_CENTS = 100_000_000;

/** A form's dollar text, turned into the contract's `payoutCents`. */
export const DollarAmount = z
  .string()
  .transform((text, ctx) => {
    const cents = dollarsToCents(text);
    if (cents === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Enter an amount in dollars, like 12.50' });
      return z.NEVER;
    }
    if (cents > MAX_CENTS) {
      ctx.addIssue({ code: 'custom', message: `At most $${centsToDollars(MAX_CENTS)}` });
      return z.NEVER;
    }
    return cents;
  })
  .pipe(CreateCampaignInput.shape.payoutCents.unwrap());
