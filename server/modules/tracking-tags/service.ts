import type { z } from 'zod';
import type {
  CreateTrackingTagInput,
  TrackingTag,
  UpdateTrackingTagInput,
} from '../../../contracts/tracking-tags';
import type { Database } from '../../db/client';
import { randomToken } from '../../db/columns';
import type { TrackingTagRow } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import { configurationChanged } from '../configuration-changed';
import { snippetTag } from '../dni/snippet';
import { poolRepository } from '../pools/repository';
import { tagRepository } from './repository';

const toTagDto = (row: TrackingTagRow, publicUrl: string): TrackingTag => ({
  id: row.id,
  code: row.code,
  name: row.name,
  poolId: row.poolId,
  defaultNumber: row.defaultNumber,
  selector: row.selector,
  numberFormat: row.numberFormat,
  clickIdParams: row.clickIdParams,
  snippet: snippetTag(publicUrl, row.code),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Tag services take the public URL too: the DTO carries the exact script line to paste. */
export function trackingTagService(publicUrl: string) {
  return {
    async list(db: Database, accountId: string) {
      return (await tagRepository.list(db, accountId)).map((row) => toTagDto(row, publicUrl));
    },
    async get(db: Database, accountId: string, id: string) {
      const row = await tagRepository.find(db, accountId, id);
      if (!row) throw notFound('Tracking tag');
      return toTagDto(row, publicUrl);
    },
    async create(db: Database, accountId: string, input: z.output<typeof CreateTrackingTagInput>) {
      await poolRepository.assertReference(db, accountId, input.poolId, 'poolId', 'pool');
      const row = await tagRepository.insert(db, accountId, { ...input, code: randomToken(12) });
      return toTagDto(row, publicUrl);
    },
    async update(
      db: Database,
      accountId: string,
      id: string,
      input: z.output<typeof UpdateTrackingTagInput>,
    ) {
      await poolRepository.assertReference(db, accountId, input.poolId, 'poolId', 'pool');
      const row = await tagRepository.update(db, accountId, id, input);
      if (!row) throw notFound('Tracking tag');
      configurationChanged(db, accountId);
      return toTagDto(row, publicUrl);
    },
    async remove(db: Database, accountId: string, id: string) {
      if (!(await tagRepository.remove(db, accountId, id))) throw notFound('Tracking tag');
      configurationChanged(db, accountId);
    },
  };
}
