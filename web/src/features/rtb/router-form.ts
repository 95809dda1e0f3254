import { CreateRtbRouterInput, RouterTargetEntry, type RtbRouter } from '@contracts/rtb';
import { centsToDollars, dollarsToCents } from '@web/lib/format';
import { z } from 'zod';

const MAX_CENTS = 100_000_000;

/** The router form: inputs' text in, the contract's input out. */
export const RouterFormSchema = z
  .object({
    name: CreateRtbRouterInput.shape.name,
    reserve: z.string().transform((text, ctx) => {
      if (text.trim() === '') return 0;
      const cents = dollarsToCents(text);
      if (cents === undefined || cents > MAX_CENTS) {
        ctx.addIssue({ code: 'custom', message: 'Enter an amount in dollars, like 5.00' });
        return z.NEVER;
      }
      return cents;
    }),
    auctionTimeoutMs: z.string().transform((text, ctx) => {
      const value = Number(text.trim());
      if (!/^\d+$/.test(text.trim()) || value < 50 || value > 5000) {
        ctx.addIssue({ code: 'custom', message: 'Between 50 and 5000 milliseconds' });
        return z.NEVER;
      }
      return value;
    }),
    requireCallerId: z.boolean(),
    targets: z.array(RouterTargetEntry),
  })
  .transform(({ reserve, ...values }): CreateRtbRouterInput => ({ ...values, reserveCents: reserve }));

export type RouterFormValues = z.input<typeof RouterFormSchema>;
export type RouterPayload = z.output<typeof RouterFormSchema>;

export function routerToValues(router: RtbRouter | undefined): RouterFormValues {
  return {
    name: router?.name ?? '',
    reserve: router?.reserveCents ? centsToDollars(router.reserveCents) : '',
    auctionTimeoutMs: String(router?.auctionTimeoutMs ?? 1500),
    requireCallerId: router?.requireCallerId ?? false,
    targets: router?.targets.map((entry) => ({ ...entry })) ?? [],
  };
}
