import type { User } from '@contracts/auth';
import { ListPanel } from '@web/components/list-panel';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canManageAccount, roleLabels } from '@web/features/auth/permissions';
import { formatDate } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { KeyRound, UserMinus, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { useDeleteUser, useUsers } from './api';
import { CreateUserDialog } from './create-user-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';

const roleBadge = {
  owner: 'primary',
  manager: 'success',
  viewer: 'default',
  publisher: 'warning',
  agent: 'warning',
} as const;

export function UsersTab() {
  const { user: me } = useCurrentSession();
  const users = useUsers();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const confirmRemove = useConfirmDelete<User>(useDeleteUser());
  const isOwner = canManageAccount(me.role);

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Users</CardTitle>
          <CardDescription>
            {isOwner
              ? 'People who can sign in to this account and what they may do.'
              : 'People who can sign in to this account. Only owners can add or change users.'}
          </CardDescription>
        </div>
        {isOwner && (
          <Button size="sm" onClick={() => setAdding(true)}>
            <UserPlus aria-hidden="true" />
            Add user
          </Button>
        )}
      </CardHeader>

      <ListPanel query={users} empty={{ icon: Users, title: 'No users yet' }}>
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Added</TableHead>
                {isOwner && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((user) => {
                const isSelf = user.id === me.id;
                return (
                  <TableRow key={user.id}>
                    <TableCell className="font-medium text-slate-900">
                      {user.name ?? <span className="text-slate-400">—</span>}
                      {isSelf && (
                        <Badge className="ml-2" variant="default">
                          You
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell>{user.email}</TableCell>
                    <TableCell>
                      <Badge variant={roleBadge[user.role]}>{roleLabels[user.role]}</Badge>
                    </TableCell>
                    <TableCell>{formatDate(user.createdAt)}</TableCell>
                    {isOwner && (
                      <RowActionsCell
                        label={user.email}
                        onEdit={() => setEditing(user)}
                        onDelete={isSelf ? undefined : () => confirmRemove.ask(user)}
                        deleteLabel="Remove"
                        deleteIcon={UserMinus}
                        // Your own password is changed on the Account tab, where the current one is asked for.
                        more={
                          isSelf
                            ? []
                            : [
                                {
                                  label: 'Reset password',
                                  icon: KeyRound,
                                  onSelect: () => setResetting(user),
                                },
                              ]
                        }
                      />
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </ListPanel>

      {isOwner && <CreateUserDialog open={adding} onOpenChange={setAdding} />}
      {resetting && (
        <ResetPasswordDialog key={resetting.id} user={resetting} onClose={() => setResetting(null)} />
      )}
      {editing && (
        <EditUserDialog
          key={editing.id}
          user={editing}
          isSelf={editing.id === me.id}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        {...confirmRemove.dialogProps}
        title="Remove user?"
        description={`${confirmRemove.item?.email ?? 'This user'} will lose access to this account immediately.`}
        confirmLabel="Remove"
      />
    </Card>
  );
}
