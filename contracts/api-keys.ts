import { z } from 'zod';
import { Timestamp } from './common';

export const CreateApiKeyInput = z.object({ name: z.string().trim().min(1, 'Name is required').max(100) });
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInput>;

export const ApiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the key, to recognise it'),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** Returned once, on creation: the only time the full key is visible. */
export const CreatedApiKey = ApiKey.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;
