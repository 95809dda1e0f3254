import type { TrackingNumber } from '@contracts/numbers';
import { Badge } from '@web/components/ui/badge';

/** The provider a bought number is released at, as a sentence names it. */
export function providerLabel(provider: string): string {
  switch (provider) {
    case 'twilio':
      return 'Twilio';
    case 'sandbox':
      return 'the sandbox';
    default:
      return provider;
  }
}

/** Bought here (through a provider, released on delete) or brought along (imported or typed in). */
export function SourceBadge({ number }: { number: TrackingNumber }) {
  if (!number.provider) return <Badge>Imported</Badge>;
  return (
    <span className="inline-flex items-center gap-1.5">
      <Badge variant="primary">Bought</Badge>
      {number.provider === 'sandbox' && <span className="text-xs text-slate-500">Sandbox</span>}
    </span>
  );
}
