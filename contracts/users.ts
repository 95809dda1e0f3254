import { z } from 'zod';
import { Email, Password, Role } from './common';

export const CreateUserInput = z.object({
  email: Email,
  name: z.string().trim().max(120).optional(),
  password: Password,
  role: Role,
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  name: z.string().trim().max(120).optional(),
  role: Role.optional(),
  /** An owner resetting someone's password; their sessions end. */
  password: Password.optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;
