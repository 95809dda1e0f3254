import type { FlowSummary } from '@contracts/flows';
import { PageHeader } from '@web/components/layout/page-header';
import { ListPanel } from '@web/components/list-panel';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import {
  openUnlessLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Copy, Plus, Workflow } from 'lucide-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useDeleteFlow, useDuplicateFlow, useFlows } from './api';
import { FlowSettingsDialog } from './flow-settings-dialog';
import { FlowStatusBadge } from './flow-status-badge';

export function FlowList() {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const flows = useFlows();
  const duplicate = useDuplicateFlow();
  const confirmDelete = useConfirmDelete<FlowSummary>(useDeleteFlow());
  const [creating, setCreating] = useState(false);
  const [, navigate] = useLocation();

  const newButton = editable && (
    <Button size="sm" onClick={() => setCreating(true)}>
      <Plus aria-hidden="true" />
      New flow
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Call Flows"
        description="A flow decides what happens on a call step by step: menus, business hours, splits and pixels, ending in a route to buyers. A published flow runs in place of its campaign's plain routing plan."
        actions={flows.data && flows.data.length > 0 && newButton}
      />
      {duplicate.isError && (
        <Alert variant="error" className="mb-3">
          {describeError(duplicate.error)}
        </Alert>
      )}
      <Card>
        <ListPanel
          query={flows}
          empty={{
            icon: Workflow,
            title: 'No call flows yet',
            description: editable
              ? 'Create a flow for a campaign, build it on the canvas and publish it.'
              : 'Owners and managers can create call flows.',
            action: newButton,
          }}
        >
          {(rows) => (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Campaign</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead className="text-right">Nodes</TableHead>
                  <TableHead>Updated</TableHead>
                  {editable && <ActionsHead className="w-12" />}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((flow) => (
                  <TableRow
                    key={flow.id}
                    className="cursor-pointer"
                    onClick={(event) => {
                      // Clicks in the row's ⋯ menu bubble here through its portal but belong to the menu.
                      if (!event.currentTarget.contains(event.target as Node)) return;
                      openUnlessLink(event, () => navigate(`/${flow.id}`));
                    }}
                  >
                    <TableCell className="max-w-80 truncate font-medium text-slate-900">
                      <Link href={`/${flow.id}`} className="hover:text-indigo-700 hover:underline">
                        {flow.name}
                      </Link>
                    </TableCell>
                    <TableCell>{flow.campaignName ?? <span className="text-slate-400">None</span>}</TableCell>
                    <TableCell>
                      <span className="inline-flex items-center gap-1">
                        <FlowStatusBadge flow={flow} />
                        {!flow.valid && <span className="text-xs text-red-600">Has errors</span>}
                      </span>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{flow.nodeCount}</TableCell>
                    <TableCell className="text-slate-500">{formatDateTime(flow.updatedAt)}</TableCell>
                    {editable && (
                      <RowActionsCell
                        label={flow.name}
                        onEdit={() => navigate(`/${flow.id}`)}
                        more={[
                          {
                            label: 'Duplicate',
                            icon: Copy,
                            onSelect: () =>
                              duplicate.mutate(flow.id, { onSuccess: (copy) => navigate(`/${copy.id}`) }),
                          },
                        ]}
                        onDelete={() => confirmDelete.ask(flow)}
                      />
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </ListPanel>
      </Card>
      {creating && <FlowSettingsDialog onClose={() => setCreating(false)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete call flow?"
        description={`“${confirmDelete.item?.name ?? ''}” and its versions are deleted. Its campaign goes back to its plain routing plan.`}
        confirmLabel="Delete"
      />
    </>
  );
}
