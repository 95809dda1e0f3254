import type { User } from '@contracts/auth';
import { Alert } from '@web/components/ui/alert';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '@web/components/ui/dropdown-menu';
import { EmptyState } from '@web/components/ui/empty-state';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canManageAccount, roleLabels } from '@web/features/auth/permissions';
import { describeError } from '@web/lib/api-client';
import { formatDate } from '@web/lib/format';
import { Ellipsis, Pencil, UserMinus, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { useDeleteUser, useUsers } from './api';
import { CreateUserDialog } from './create-user-dialog';
import { EditUserDialog } from './edit-user-dialog';

const roleBadge = { owner: 'primary', manager: 'success', viewer: 'default' } as const;

function UserActions({
  user,
  isSelf,
  onEdit,
  onRemove,
}: {
  user: User;
  isSelf: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="size-7" aria-label={`Actions for ${user.email}`}>
          <Ellipsis aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem onSelect={onEdit}>
          <Pencil aria-hidden="true" />
          Edit
        </DropdownMenuItem>
        {!isSelf && (
          <DropdownMenuItem variant="destructive" onSelect={onRemove}>
            <UserMinus aria-hidden="true" />
            Remove
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

export function UsersTab() {
  const { user: me } = useCurrentSession();
  const users = useUsers();
  const deleteUser = useDeleteUser();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [removing, setRemoving] = useState<User | null>(null);
  const isOwner = canManageAccount(me.role);

  const closeRemove = () => {
    setRemoving(null);
    deleteUser.reset();
  };

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

      {users.isPending && <Spinner />}
      {users.isError && (
        <div className="p-4">
          <Alert variant="error">{describeError(users.error)}</Alert>
        </div>
      )}
      {users.data?.length === 0 && <EmptyState icon={Users} title="No users yet" />}
      {users.data && users.data.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Added</TableHead>
              {isOwner && (
                <TableHead className="w-12">
                  <span className="sr-only">Actions</span>
                </TableHead>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.data.map((user) => {
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
                    <TableCell className="text-right">
                      <UserActions
                        user={user}
                        isSelf={isSelf}
                        onEdit={() => setEditing(user)}
                        onRemove={() => setRemoving(user)}
                      />
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}

      {isOwner && <CreateUserDialog open={adding} onOpenChange={setAdding} />}
      {editing && (
        <EditUserDialog
          key={editing.id}
          user={editing}
          isSelf={editing.id === me.id}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && closeRemove()}
        title="Remove user?"
        description={`${removing?.email ?? 'This user'} will lose access to this account immediately.`}
        confirmLabel="Remove"
        pending={deleteUser.isPending}
        error={deleteUser.isError ? describeError(deleteUser.error) : undefined}
        onConfirm={() => removing && deleteUser.mutate(removing.id, { onSuccess: closeRemove })}
      />
    </Card>
  );
}
