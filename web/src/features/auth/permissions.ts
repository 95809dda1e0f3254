import type { Role } from '@contracts/common';

/** Viewers only read; owners and managers change configuration. The server enforces the same rules. */
export function canEdit(role: Role): boolean {
  return role === 'owner' || role === 'manager';
}

/** Only owners manage users and the account itself. */
export function canManageAccount(role: Role): boolean {
  return role === 'owner';
}

export const roleLabels: Record<Role, string> = {
  owner: 'Owner',
  manager: 'Manager',
  viewer: 'Viewer',
  publisher: 'Publisher',
  agent: 'Agent',
};

export const roleDescriptions: Record<Role, string> = {
  owner: 'Full access, including users and account settings',
  manager: 'Can change campaigns, routing and API keys',
  viewer: 'Read-only access',
  publisher: 'Sees only their own calls, numbers and payouts',
  agent: 'Takes calls: sees only their own agent view',
};
