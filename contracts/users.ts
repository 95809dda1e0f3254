import { z } from 'zod';
import { Email, Password, Role } from './common';

const PublisherId = z.string().trim().max(64).nullish();
/** The agent a user with the `agent` role is; they see only that agent's view. */
const AgentLink = z.string().min(1).max(64).nullish();

export const CreateUserInput = z
  .object({
    email: Email,
    name: z.string().trim().max(120).optional(),
    password: Password,
    role: Role,
    /** Required for role `publisher`: the one publisher whose calls the user sees. */
    publisherId: PublisherId,
    agentId: AgentLink,
  })
  .refine((input) => input.role !== 'publisher' || !!input.publisherId, {
    message: 'Choose the publisher this user works for',
    path: ['publisherId'],
  })
  .refine((user) => user.role !== 'agent' || !!user.agentId, {
    message: 'Choose the agent this user is',
    path: ['agentId'],
  });
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  name: z.string().trim().max(120).optional(),
  role: Role.optional(),
  publisherId: PublisherId,
  agentId: AgentLink,
  /** An owner resetting someone's password; their sessions end. */
  password: Password.optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;
