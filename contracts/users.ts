import { z } from 'zod';
import { Email, Password, Role } from './common';

/** The agent a user with the `agent` role is; they see only that agent's view. */
const AgentLink = z.string().min(1).max(64).nullish();

export const CreateUserInput = z
  .object({
    email: Email,
    name: z.string().trim().max(120).optional(),
    password: Password,
    role: Role,
    agentId: AgentLink,
  })
  .refine((user) => user.role !== 'agent' || !!user.agentId, {
    message: 'Choose the agent this user is',
    path: ['agentId'],
  });
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  name: z.string().trim().max(120).optional(),
  role: Role.optional(),
  agentId: AgentLink,
  /** An owner resetting someone's password; their sessions end. */
  password: Password.optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;
