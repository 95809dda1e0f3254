import type { Campaign } from '@contracts/campaigns';
import { PageHeader } from '@web/components/layout/page-header';
import { ListPanel } from '@web/components/list-panel';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
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
import { useNumbers } from '@web/features/numbers/api';
import { formatCents } from '@web/lib/format';
import { Megaphone, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useCampaigns } from './api';
import { CampaignStatusBadge, strategyLabels } from './campaign-labels';
import { NewCampaignDialog } from './new-campaign-dialog';

function CampaignRow({ campaign, numberCount }: { campaign: Campaign; numberCount: number | undefined }) {
  const [, navigate] = useLocation();
  return (
    <TableRow
      className="cursor-pointer"
      onClick={(event) => openUnlessLink(event, () => navigate(`/${campaign.id}`))}
    >
      <TableCell className="max-w-80 truncate font-medium text-slate-900">
        <Link href={`/${campaign.id}`} className="hover:text-indigo-700 hover:underline">
          {campaign.name}
        </Link>
        {campaign.vertical && <span className="ml-2 text-xs text-slate-500">{campaign.vertical}</span>}
      </TableCell>
      <TableCell>
        <CampaignStatusBadge status={campaign.status} />
      </TableCell>
      <TableCell>{strategyLabels[campaign.routingStrategy]}</TableCell>
      <TableCell className="text-right tabular-nums">{campaign.routing.length}</TableCell>
      <TableCell className="text-right tabular-nums">{numberCount ?? '—'}</TableCell>
      <TableCell className="text-right tabular-nums">{formatCents(campaign.payoutCents)}</TableCell>
    </TableRow>
  );
}

export function CampaignList() {
  const { user } = useCurrentSession();
  const campaigns = useCampaigns();
  const numbers = useNumbers();
  const [creating, setCreating] = useState(false);
  const editable = canEdit(user.role);

  const numbersPerCampaign = useMemo(() => {
    const counts = new Map<string, number>();
    for (const number of numbers.data ?? []) {
      if (number.campaignId) counts.set(number.campaignId, (counts.get(number.campaignId) ?? 0) + 1);
    }
    return counts;
  }, [numbers.data]);

  const newButton = editable && (
    <Button size="sm" onClick={() => setCreating(true)}>
      <Plus aria-hidden="true" />
      New campaign
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Each campaign rings its tracking numbers through a routing plan of buyer targets."
        actions={campaigns.data && campaigns.data.length > 0 && newButton}
      />
      <Card>
        <ListPanel
          query={campaigns}
          empty={{
            icon: Megaphone,
            title: 'No campaigns yet',
            description: editable
              ? 'Create a campaign, give it a routing plan and a tracking number, and activate it.'
              : 'Owners and managers can create campaigns.',
            action: newButton,
          }}
        >
          {(rows) => (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Strategy</TableHead>
                  <TableHead className="text-right" title="Targets and RTB routers in the routing plan">
                    Routing
                  </TableHead>
                  <TableHead className="text-right">Numbers</TableHead>
                  <TableHead className="text-right">Payout</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((campaign) => (
                  <CampaignRow
                    key={campaign.id}
                    campaign={campaign}
                    numberCount={numbers.data ? (numbersPerCampaign.get(campaign.id) ?? 0) : undefined}
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </ListPanel>
      </Card>
      {editable && <NewCampaignDialog open={creating} onOpenChange={setCreating} />}
    </>
  );
}
