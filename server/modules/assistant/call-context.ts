import type { CallDetail } from '../../../contracts/calls';
import { maskPhone } from '../../../contracts/phone';
import { formatCents } from '../rtb/money';

const dollars = (cents: number | null) => (cents == null ? 'none' : `$${formatCents(cents)}`);

/**
 * A call as the assistant reads it: what happened and why, in plain lines. Caller numbers are
 * masked (the text may leave for the model provider); ids stay so answers can name them.
 */
export function describeCall(call: CallDetail): string {
  const lines = [
    `Call ${call.id} from ${maskPhone(call.fromNumber) || 'an unknown caller'}${call.fromState ? ` (${[call.fromCity, call.fromState, call.fromZip].filter(Boolean).join(', ')})` : ''} to tracking number ${maskPhone(call.toNumber)}, started ${call.startedAt}.`,
    `Campaign: ${call.campaignName ?? 'none'}. Status: ${call.status}. Outcome: ${call.outcome ?? 'not decided'}.${call.isDuplicate ? ' Repeat caller.' : ''}`,
    `Went to target: ${call.targetName ?? 'none'} (buyer ${call.buyerName ?? 'none'}). Connected seconds: ${call.connectedSeconds ?? 0}. Converted: ${call.converted ? 'yes' : 'no'}. Revenue ${dollars(call.revenueCents)}, payout ${dollars(call.payoutCents)}, profit ${dollars(call.profitCents)}.`,
    'Routing decisions (in order):',
    ...call.trace.map(
      (t) =>
        `- step ${t.step}: ${t.targetName ?? '(no target)'}${t.priority != null ? ` priority ${t.priority}` : ''}${t.weight != null ? ` weight ${t.weight}` : ''} → ${t.outcome}, reason ${t.reason}: ${t.detail}`,
    ),
  ];
  if (call.attempts.length) {
    lines.push('Dial attempts:');
    for (const a of call.attempts) {
      lines.push(
        `- attempt ${a.attempt}: ${a.targetName ?? 'deleted target'}${a.rtbTargetId ? ' (RTB bid)' : ''}, status ${a.status}, connected ${a.connectedSeconds ?? 0} s, worth ${dollars(a.revenueCents)}`,
      );
    }
  }
  if (call.auction.length) {
    lines.push('RTB auction pings:');
    for (const bid of call.auction) {
      lines.push(
        `- ${bid.targetName ?? 'deleted bidder'}: ${bid.valid ? 'valid' : 'rejected'}${bid.reason ? ` (${bid.reason})` : ''}, bid ${dollars(bid.amountCents)}, ${bid.latencyMs ?? '?'} ms${bid.rank != null ? `, rank ${bid.rank}` : ''}${bid.dialed ? ', dialed' : ''}${bid.message ? ` — ${bid.message}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

/** Words from a call worth searching the help pages for: the reasons its routing gave. */
export function callSearchTerms(call: CallDetail): string {
  const reasons = [...call.trace.map((t) => t.reason), ...call.auction.map((b) => b.reason ?? '')];
  return [...new Set(reasons.filter(Boolean))].join(' ').replace(/_/g, ' ');
}
