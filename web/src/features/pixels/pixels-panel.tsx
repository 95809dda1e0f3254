import type { Pixel, PixelDelivery } from '@contracts/pixels';
import { ListPanel } from '@web/components/list-panel';
import { Alert } from '@web/components/ui/alert';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActions } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCampaigns } from '@web/features/campaigns/api';
import { describeError } from '@web/lib/api-client';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Radio, Send } from 'lucide-react';
import { useState } from 'react';
import { useDeletePixel, usePixels, useTestPixel } from './api';
import { eventLabel } from './delivery-status';
import { PixelFormSheet } from './pixel-form-sheet';
import { TestResultDialog } from './test-result-dialog';

/** The pixels table: what fires each one and where it goes, with Send test, edit and delete. */
export function PixelsPanel({ editable }: { editable: boolean }) {
  const pixels = usePixels();
  const campaigns = useCampaigns();
  const testPixel = useTestPixel();
  const [editing, setEditing] = useState<Pixel | null>(null);
  const [tested, setTested] = useState<PixelDelivery | null>(null);
  const confirmDelete = useConfirmDelete<Pixel>(useDeletePixel());
  const campaignNames = new Map(campaigns.data?.map((campaign) => [campaign.id, campaign.name]));
  const sendTest = (pixel: Pixel) => testPixel.mutate(pixel.id, { onSuccess: setTested });

  return (
    <>
      {testPixel.isError && (
        <div className="p-3">
          <Alert variant="error">{describeError(testPixel.error)}</Alert>
        </div>
      )}
      <ListPanel
        query={pixels}
        empty={{
          icon: Radio,
          title: 'No pixels yet',
          description:
            'A pixel tells an outside tracker (RedTrack, Voluum, a CRM…) when a call comes in, converts or pays out.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Fires on</TableHead>
                <TableHead>Campaign</TableHead>
                <TableHead>Request</TableHead>
                <TableHead>Status</TableHead>
                {editable && <ActionsHead className="w-36" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((pixel) => (
                <TableRow key={pixel.id}>
                  <TableCell className="font-medium text-slate-900">{pixel.name}</TableCell>
                  <TableCell>
                    <div className="flex max-w-64 flex-wrap gap-1">
                      {pixel.events.map((event) => (
                        <Badge key={event}>{eventLabel(event)}</Badge>
                      ))}
                    </div>
                  </TableCell>
                  <TableCell>
                    {pixel.campaignId ? (campaignNames.get(pixel.campaignId) ?? 'Campaign') : 'All campaigns'}
                    {pixel.tagFilters.length > 0 && (
                      <span className="ml-1.5 text-xs text-slate-500">
                        + {pixel.tagFilters.length} filter{pixel.tagFilters.length > 1 ? 's' : ''}
                      </span>
                    )}
                  </TableCell>
                  <TableCell className="max-w-80 truncate font-mono text-xs" title={pixel.url}>
                    {pixel.method} {pixel.url}
                  </TableCell>
                  <TableCell>
                    {pixel.enabled ? <Badge variant="success">Enabled</Badge> : <Badge>Paused</Badge>}
                  </TableCell>
                  {editable && (
                    <TableCell className="text-right">
                      <div className="flex items-center justify-end gap-1">
                        <Button
                          variant="outline"
                          size="xs"
                          loading={testPixel.isPending && testPixel.variables === pixel.id}
                          onClick={() => sendTest(pixel)}
                        >
                          <Send aria-hidden="true" />
                          Send test
                        </Button>
                        <RowActions
                          label={pixel.name}
                          onEdit={() => setEditing(pixel)}
                          onDelete={() => confirmDelete.ask(pixel)}
                        />
                      </div>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>

      {editing && <PixelFormSheet key={editing.id} pixel={editing} onClose={() => setEditing(null)} />}
      {tested && <TestResultDialog delivery={tested} onClose={() => setTested(null)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete pixel?"
        description={`“${confirmDelete.item?.name ?? ''}” stops firing, and its delivery log is deleted with it.`}
        confirmLabel="Delete"
      />
    </>
  );
}
