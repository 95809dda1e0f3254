import type { ApiKey } from '@contracts/api-keys';
import { ListPanel } from '@web/components/list-panel';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { formatDateTime } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import { useApiKeys, useRevokeApiKey } from './api';
import { CreateApiKeyDialog } from './create-api-key-dialog';

export function ApiKeysTab() {
  const { user } = useCurrentSession();
  const keys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const confirmRevoke = useConfirmDelete<ApiKey>(useRevokeApiKey());
  const editable = canEdit(user.role);

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

      <ListPanel
        query={keys}
        empty={{
          icon: KeyRound,
          title: 'No API keys yet',
          description: editable
            ? 'Create a key for each system that talks to the API, so you can revoke one without affecting the others.'
            : 'Owners and managers can create API keys.',
          action: createButton,
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Key</TableHead>
                <TableHead>Created</TableHead>
                <TableHead>Last used</TableHead>
                {editable && <ActionsHead className="w-20" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((key) => (
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
                        onClick={() => confirmRevoke.ask(key)}
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
      </ListPanel>

      {editable && <CreateApiKeyDialog open={creating} onOpenChange={setCreating} />}
      <ConfirmDialog
        {...confirmRevoke.dialogProps}
        title="Revoke API key?"
        description={`“${confirmRevoke.item?.name ?? ''}” (${confirmRevoke.item?.prefix ?? ''}…) stops working immediately. Anything still using it will be refused.`}
        confirmLabel="Revoke"
      />
    </Card>
  );
}
