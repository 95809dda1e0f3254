import type { Campaign } from '@contracts/campaigns';
import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import type { Pool } from '@contracts/pools';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatDate } from '@web/lib/format';
import { Link } from 'wouter';
import { SourceBadge } from './source';

type NumbersTableProps = {
  numbers: TrackingNumber[];
  /** Undefined while loading: campaign and pool cells wait rather than say "No campaign". */
  campaigns: Campaign[] | undefined;
  pools: Pool[] | undefined;
  editable: boolean;
  onEdit: (number: TrackingNumber) => void;
  onDelete: (number: TrackingNumber) => void;
};

const muted = (text: string) => <span className="text-slate-400">{text}</span>;

function CampaignLink({ campaignId, campaigns }: { campaignId: string; campaigns: Campaign[] | undefined }) {
  if (!campaigns) return muted('…');
  const campaign = campaigns.find((candidate) => candidate.id === campaignId);
  if (!campaign) return muted('Unknown campaign');
  return (
    <Link href={`~/campaigns/${campaign.id}`} className="text-indigo-600 hover:underline">
      {campaign.name}
    </Link>
  );
}

/** A pooled number is routed by its pool's campaign, so that is the one shown. */
function CampaignCell({
  number,
  pool,
  campaigns,
}: {
  number: TrackingNumber;
  pool: Pool | undefined;
  campaigns: Campaign[] | undefined;
}) {
  if (number.campaignId) return <CampaignLink campaignId={number.campaignId} campaigns={campaigns} />;
  if (!number.poolId) return muted('No campaign');
  if (!pool) return muted('…');
  if (!pool.campaignId) return muted('No campaign');
  return (
    <span className="inline-flex items-center gap-1.5">
      <CampaignLink campaignId={pool.campaignId} campaigns={campaigns} />
      <span className="text-xs text-slate-500">via pool</span>
    </span>
  );
}

function PoolCell({ poolId, pools }: { poolId: string | null; pools: Pool[] | undefined }) {
  if (!poolId) return muted('—');
  if (!pools) return muted('…');
  const pool = pools.find((candidate) => candidate.id === poolId);
  if (!pool) return muted('Unknown pool');
  return (
    <Link href={`/pools/${pool.id}`} className="text-indigo-600 hover:underline">
      {pool.name}
    </Link>
  );
}

export function NumbersTable({ numbers, campaigns, pools, editable, onEdit, onDelete }: NumbersTableProps) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Campaign</TableHead>
          <TableHead>Pool</TableHead>
          <TableHead>Source</TableHead>
          <TableHead>Added</TableHead>
          {editable && <ActionsHead className="w-12" />}
        </TableRow>
      </TableHeader>
      <TableBody>
        {numbers.map((number) => {
          const formatted = formatPhone(number.phoneNumber);
          const pool = pools?.find((candidate) => candidate.id === number.poolId);
          return (
            <TableRow key={number.id}>
              <TableCell className="font-medium text-slate-900 tabular-nums">{formatted}</TableCell>
              <TableCell>{number.name ?? muted('—')}</TableCell>
              <TableCell>
                <CampaignCell number={number} pool={pool} campaigns={campaigns} />
              </TableCell>
              <TableCell>
                <PoolCell poolId={number.poolId} pools={pools} />
              </TableCell>
              <TableCell>
                <SourceBadge number={number} />
              </TableCell>
              <TableCell>{formatDate(number.createdAt)}</TableCell>
              {editable && (
                <RowActionsCell
                  label={formatted}
                  onEdit={() => onEdit(number)}
                  onDelete={() => onDelete(number)}
                  deleteLabel={number.provider ? 'Release' : 'Delete'}
                />
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
