import type { ApiKey } from '@contracts/api-keys';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { EmptyState } from '@web/components/ui/empty-state';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import { useApiKeys, useRevokeApiKey } from './api';
import { CreateApiKeyDialog } from './create-api-key-dialog';

export function ApiKeysTab() {
  const { user } = useCurrentSession();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const editable = canEdit(user.role);

  const closeRevoke = () => {
    setRevoking(null);
    revoke.reset();
  };

  const createButton = editable && (
    <Button size="sm" onClick={() => setCreating(true)}>
      <Plus aria-hidden="true" />
      Create API key
    </Button>
  );

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>API keys</CardTitle>
          <CardDescription>
            Keys let your own systems use the CallCenter Pro API on behalf of this account. Treat them like
            passwords.
          </CardDescription>
        </div>
        {keys.data && keys.data.length > 0 && createButton}
      </CardHeader>

      {keys.isPending && <Spinner />}
      {keys.isError && (
        <div className="p-4">
          <Alert variant="error">{describeError(keys.error)}</Alert>
        </div>
      )}
      {keys.data?.length === 0 && (
        <EmptyState
          icon={KeyRound}
          title="No API keys yet"
          description={
            editable
              ? 'Create a key for each system that talks to the API, so you can revoke one without affecting the others.'
              : 'Owners and managers can create API keys.'
          }
          action={createButton}
        />
      )}
      {keys.data && keys.data.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Key</TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Last used</TableHead>
              {editable && (
                <TableHead className="w-20">
                  <span className="sr-only">Actions</span>
                </TableHead>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {keys.data.map((key) => (
              <TableRow key={key.id}>
                <TableCell className="font-medium text-slate-900">{key.name}</TableCell>
                <TableCell>
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                    {key.prefix}…
                  </code>
                </TableCell>
                <TableCell>{formatDateTime(key.createdAt)}</TableCell>
                <TableCell className={key.lastUsedAt ? undefined : 'text-slate-400'}>
                  {formatDateTime(key.lastUsedAt, 'Never')}
                </TableCell>
                {editable && (
                  <TableCell className="text-right">
                    <Button
                      variant="ghost"
                      size="xs"
                      className="text-red-600 hover:bg-red-50 hover:text-red-700"
                      onClick={() => setRevoking(key)}
                    >
                      Revoke
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {editable && <CreateApiKeyDialog open={creating} onOpenChange={setCreating} />}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && closeRevoke()}
        title="Revoke API key?"
        description={`“${revoking?.name ?? ''}” (${revoking?.prefix ?? ''}…) stops working immediately. Anything still using it will be refused.`}
        confirmLabel="Revoke"
        pending={revoke.isPending}
        error={revoke.isError ? describeError(revoke.error) : undefined}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: closeRevoke })}
      />
    </Card>
  );
}
