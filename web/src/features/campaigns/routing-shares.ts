import type { RoutingEntry } from '@contracts/campaigns';

/**
 * Each entry's chance of being tried first within its priority, as the router decides it: by weight
 * (weighted) or evenly (round robin), among the entries that can take calls. Undefined for the others.
 * An entry is a target or an RTB router; `canTakeCalls` judges either.
 */
export function routingShares(
  entries: readonly Partial<RoutingEntry>[],
  strategy: 'weighted' | 'round_robin',
  canTakeCalls: (entry: Partial<RoutingEntry>) => boolean,
): (number | undefined)[] {
  const eligible = entries.map(
    (entry) =>
      canTakeCalls(entry) &&
      Number.isInteger(entry.priority) &&
      Number.isInteger(entry.weight) &&
      (entry.weight ?? 0) > 0,
  );
  return entries.map((entry, index) => {
    if (!eligible[index]) return undefined;
    const peers = entries.filter((other, j) => eligible[j] && other.priority === entry.priority);
    if (strategy === 'round_robin') return 1 / peers.length;
    const total = peers.reduce((sum, other) => sum + (other.weight ?? 0), 0);
    return (entry.weight ?? 0) / total;
  });
}
