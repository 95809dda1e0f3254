import type { z } from 'zod';
import type {
  BuyNumberInput,
  CreateNumberInput,
  ImportNumbersInput,
  NumberSearchQuery,
  TrackingNumber,
  UpdateNumberInput,
} from '../../../contracts/numbers';
import type { Database } from '../../db/client';
import type { TrackingNumberRow } from '../../db/schema';
import { AppError, conflict, notFound } from '../../lib/app-error';
import { explainingConflicts } from '../../lib/conflicts';
import { campaignRepository } from '../campaigns/repository';
import { configurationChanged } from '../configuration-changed';
import type { TelephonyProvider } from '../telephony/providers';
import { parseNumberCsv } from './parse-number-csv';
import { findRegisteredNumbers, numberRepository } from './repository';

const toNumberDto = (row: TrackingNumberRow): TrackingNumber => ({
  id: row.id,
  phoneNumber: row.phoneNumber,
  name: row.name,
  campaignId: row.campaignId,
  poolId: row.poolId,
  provider: row.provider,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const saving = <T>(write: () => Promise<T>) =>
  explainingConflicts(write, {
    unique: { message: 'This phone number is already registered', field: 'phoneNumber' },
    check: { message: 'This number is in a pool; its calls follow the pool’s campaign', field: 'campaignId' },
  });

export async function listNumbers(db: Database, accountId: string) {
  return (await numberRepository.list(db, accountId)).map(toNumberDto);
}

export async function getNumber(db: Database, accountId: string, id: string) {
  const row = await numberRepository.find(db, accountId, id);
  if (!row) throw notFound('Number');
  return toNumberDto(row);
}

export async function createNumber(
  db: Database,
  accountId: string,
  input: z.output<typeof CreateNumberInput>,
) {
  await campaignRepository.assertReference(db, accountId, input.campaignId, 'campaignId', 'campaign');
  const row = await saving(() => numberRepository.insert(db, accountId, input));
  configurationChanged(db, accountId);
  return toNumberDto(row);
}

export async function updateNumber(
  db: Database,
  accountId: string,
  id: string,
  input: z.output<typeof UpdateNumberInput>,
) {
  await campaignRepository.assertReference(db, accountId, input.campaignId, 'campaignId', 'campaign');
  const row = await saving(() => numberRepository.update(db, accountId, id, input));
  if (!row) throw notFound('Number');
  configurationChanged(db, accountId);
  return toNumberDto(row);
}

/** Deleting a number bought here also releases it at the provider, so it stops costing money. */
export async function deleteNumber(
  db: Database,
  accountId: string,
  id: string,
  provider?: TelephonyProvider,
) {
  const row = await numberRepository.find(db, accountId, id);
  if (!row) throw notFound('Number');
  if (row.providerSid && provider && row.provider === provider.name)
    await provider.releaseNumber(row.providerSid);
  await numberRepository.remove(db, accountId, id);
  configurationChanged(db, accountId);
}

export async function searchAvailableNumbers(
  db: Database,
  provider: TelephonyProvider,
  query: z.output<typeof NumberSearchQuery>,
) {
  const found = await provider.searchNumbers(query);
  const taken = new Set(
    (
      await findRegisteredNumbers(
        db,
        found.map((n) => n.phoneNumber),
      )
    ).map((n) => n.phoneNumber),
  );
  return found.filter((n) => !taken.has(n.phoneNumber)).slice(0, query.limit);
}

export async function buyNumber(
  db: Database,
  accountId: string,
  context: { provider: TelephonyProvider; publicUrl: string },
  input: z.output<typeof BuyNumberInput>,
) {
  await campaignRepository.assertReference(db, accountId, input.campaignId, 'campaignId', 'campaign');
  if ((await findRegisteredNumbers(db, [input.phoneNumber])).length) {
    throw conflict('This phone number is already registered', { field: 'phoneNumber' });
  }
  const bought = await context.provider.buyNumber(input.phoneNumber, {
    voiceUrl: `${context.publicUrl}/api/webhooks/voice`,
    statusCallbackUrl: `${context.publicUrl}/api/webhooks/status`,
  });
  // Bought but not recorded would be a number paid for and never used: release it again.
  const row = await saving(() =>
    numberRepository.insert(db, accountId, {
      phoneNumber: bought.phoneNumber,
      name: input.name,
      campaignId: input.campaignId,
      provider: context.provider.name,
      providerSid: bought.providerSid,
    }),
  ).catch(async (error) => {
    await context.provider.releaseNumber(bought.providerSid).catch(() => undefined);
    throw error;
  });
  configurationChanged(db, accountId);
  return toNumberDto(row);
}

/** Imports numbers the account already owns; bad or taken rows are reported by line, good rows kept. */
export async function importNumbers(
  db: Database,
  accountId: string,
  input: z.output<typeof ImportNumbersInput>,
) {
  await campaignRepository.assertReference(db, accountId, input.campaignId, 'campaignId', 'campaign');
  const { rows, errors } = parseNumberCsv(input.csv);
  const imported = [];
  for (const row of rows) {
    try {
      imported.push(
        await saving(() =>
          numberRepository.insert(db, accountId, {
            phoneNumber: row.phoneNumber,
            name: row.name,
            campaignId: input.campaignId,
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ line: row.line, value: row.phoneNumber, message: error.message });
    }
  }
  configurationChanged(db, accountId);
  return { imported: imported.map(toNumberDto), errors: errors.sort((a, b) => a.line - b.line) };
}
