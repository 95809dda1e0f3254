import { eq, inArray } from 'drizzle-orm';
import { accountScoped } from '../../db/account-scoped';
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

export const numberRepository = accountScoped(trackingNumbers);

export async function findNumberInAccount(db: Database, accountId: string, phoneNumber: string) {
  const [row] = await numberRepository.list(db, accountId, eq(trackingNumbers.phoneNumber, phoneNumber));
  return row;
}
