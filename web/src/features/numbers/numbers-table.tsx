import type { Campaign } from '@contracts/campaigns';
import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import { RowActions } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatDate } from '@web/lib/format';
import { Link } from 'wouter';

type NumbersTableProps = {
  numbers: TrackingNumber[];
  /** Undefined while loading: campaign cells wait rather than say "No campaign". */
  campaigns: Campaign[] | undefined;
  editable: boolean;
  onEdit: (number: TrackingNumber) => void;
  onDelete: (number: TrackingNumber) => void;
};

function CampaignCell({
  campaignId,
  campaigns,
}: {
  campaignId: string | null;
  campaigns: Campaign[] | undefined;
}) {
  if (!campaignId) return <span className="text-slate-400">No campaign</span>;
  if (!campaigns) return <span className="text-slate-400">…</span>;
  const campaign = campaigns.find((candidate) => candidate.id === campaignId);
  if (!campaign) return <span className="text-slate-400">Unknown campaign</span>;
  return (
    <Link href={`~/campaigns/${campaign.id}`} className="text-indigo-600 hover:underline">
      {campaign.name}
    </Link>
  );
}

export function NumbersTable({ numbers, campaigns, editable, onEdit, onDelete }: NumbersTableProps) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Campaign</TableHead>
          <TableHead>Added</TableHead>
          {editable && (
            <TableHead className="w-12">
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {numbers.map((number) => {
          const formatted = formatPhone(number.phoneNumber);
          return (
            <TableRow key={number.id}>
              <TableCell className="font-medium text-slate-900 tabular-nums">{formatted}</TableCell>
              <TableCell>{number.name ?? <span className="text-slate-400">—</span>}</TableCell>
              <TableCell>
                <CampaignCell campaignId={number.campaignId} campaigns={campaigns} />
              </TableCell>
              <TableCell>{formatDate(number.createdAt)}</TableCell>
              {editable && (
                <TableCell className="text-right">
                  <RowActions
                    label={formatted}
                    onEdit={() => onEdit(number)}
                    onDelete={() => onDelete(number)}
                  />
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
