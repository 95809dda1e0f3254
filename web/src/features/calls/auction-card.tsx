import type { BidRequest } from '@contracts/rtb';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { BidRequestsTable } from '@web/features/rtb/bid-requests-table';
import { formatCents } from '@web/lib/format';

function summarize(auction: BidRequest[]): string {
  const valid = auction.filter((ping) => ping.valid).length;
  const best = auction.find((ping) => ping.rank === 1);
  return [
    `${auction.length} ${auction.length === 1 ? 'ping' : 'pings'}`,
    `${valid} valid ${valid === 1 ? 'bid' : 'bids'}`,
    best && `best ${formatCents(best.amountCents)} from ${best.targetName ?? 'a deleted bidder'}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Every RTB ping made for the call: what each bidder offered, how fast, and which bid was dialed. */
export function AuctionCard({ auction }: { auction: BidRequest[] }) {
  const ordered = [...auction].sort(
    (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY),
  );
  return (
    <Card>
      <CardHeader className="py-2.5">
        <div>
          <CardTitle>Auction</CardTitle>
          <CardDescription>{summarize(auction)}</CardDescription>
        </div>
      </CardHeader>
      <BidRequestsTable requests={ordered} />
    </Card>
  );
}
