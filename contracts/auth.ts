import { z } from 'zod';
import { Email, Password, Role, Timestamp } from './common';

export const RegisterInput = z.object({
  company: z.string().trim().min(1, 'Company is required').max(120),
  email: Email,
  password: Password,
  name: z.string().trim().max(120).optional(),
});
export type RegisterInput = z.infer<typeof RegisterInput>;

export const LoginInput = z.object({
  email: Email,
  password: z.string().min(1, 'Password is required').max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: Role,
  publisherId: z.string().nullable().describe('For role publisher: the publisher this user sees'),
  /** Set for users with the agent role. */
  agentId: z.string().nullable(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const Account = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: Timestamp,
});
export type Account = z.infer<typeof Account>;

export const SessionInfo = z.object({ user: User, account: Account });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const UpdateAccountInput = z.object({ name: z.string().trim().min(1).max(120) });
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(200),
  newPassword: Password,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
