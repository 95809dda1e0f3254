/** Why a ping gave no usable bid, as the server's closed list names it (validate-bid's REJECTION_REASONS). */
const rejectionLabels: Record<string, string> = {
  no_bid: 'No bid',
  rejected_by_bidder: 'Declined by bidder',
  below_minimum: 'Below minimum',
  above_maximum: 'Above maximum',
  below_reserve: 'Below reserve',
  currency_mismatch: 'Wrong currency',
  expired: 'Bid expired',
  invalid_destination: 'Invalid destination',
  caller_id_required: 'Caller ID required',
  timeout: 'Timed out',
  http_error: 'HTTP error',
  connection_failed: 'Connection failed',
  bad_response: 'Unreadable answer',
  too_large: 'Answer too large',
  blocked_address: 'Blocked address',
  invalid_url: 'Invalid URL',
  cancelled: 'Auction closed first',
};

/** A reason code as words; one added on the server later still reads sensibly. */
export function describeRejection(reason: string | null): string {
  if (!reason) return 'Not valid';
  const known = rejectionLabels[reason];
  if (known) return known;
  const words = reason.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "https://bids.example.com:8443/ping?x=1" → "bids.example.com:8443"; the text itself if it is not a URL. */
export function endpointHost(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}

export const latencyText = (ms: number | null | undefined) => (ms == null ? '—' : `${Math.round(ms)} ms`);
