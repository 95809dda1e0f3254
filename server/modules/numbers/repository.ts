import { inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { trackingNumbers } from '../../db/schema';

/** Which of these numbers are registered in any account (a number can ring only one place). */
export async function findRegisteredNumbers(db: Database, phoneNumbers: string[]) {
  if (!phoneNumbers.length) return [];
  return db
    .select({ phoneNumber: trackingNumbers.phoneNumber })
    .from(trackingNumbers)
    .where(inArray(trackingNumbers.phoneNumber, phoneNumbers));
}
