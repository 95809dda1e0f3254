import type { Database } from '../db/client';
import { invalidateDni } from './dni/dni-state';
import { invalidateRouting } from './routing/routing-cache';

/**
 * Every write to routing configuration (buyers, targets, campaigns, numbers, pools, tags) calls
 * this, so the in-memory caches of the call path and of DNI never serve stale settings.
 */
export function configurationChanged(db: Database, accountId: string): void {
  invalidateRouting(db, accountId);
  invalidateDni(db, accountId);
}
