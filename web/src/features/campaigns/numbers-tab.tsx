import type { Campaign } from '@contracts/campaigns';
import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import type { Pool } from '@contracts/pools';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { EmptyState } from '@web/components/ui/empty-state';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { ActionsHead } from '@web/components/ui/row-actions';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useNumbers } from '@web/features/numbers/api';
import { usePools } from '@web/features/numbers/pool-api';
import { describeError } from '@web/lib/api-client';
import { Hash, Link2 } from 'lucide-react';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useAssignNumber } from './api';

/** Pools lend their numbers to website visitors; calls to them are routed by the pool's campaign. */
function CampaignPools({ pools }: { pools: Pool[] }) {
  if (pools.length === 0) return null;
  return (
    <p className="px-4 py-3 text-[13px] text-slate-600" data-testid="campaign-pools">
      Also takes calls to the numbers of{' '}
      {pools.map((pool, index) => (
        <span key={pool.id}>
          {index > 0 && ', '}
          <Link href={`~/numbers/pools/${pool.id}`} className="text-indigo-600 hover:underline">
            {pool.name}
          </Link>{' '}
          ({pool.numbers.length})
        </span>
      ))}
      .
    </p>
  );
}

function AssignNumber({ campaignId, unassigned }: { campaignId: string; unassigned: TrackingNumber[] }) {
  const id = useId();
  const assign = useAssignNumber();
  const [selected, setSelected] = useState<string | undefined>(undefined);

  if (unassigned.length === 0) {
    return (
      <p className="px-4 pt-3 text-[13px] text-slate-500">
        Every tracking number is in use by a campaign or a pool.{' '}
        <Link href="~/numbers" className="text-indigo-600 hover:underline">
          Add a number
        </Link>{' '}
        to assign it here.
      </p>
    );
  }

  return (
    <div className="grid gap-2 px-4 pt-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="grid w-full max-w-xs gap-1.5">
          <Label htmlFor={id}>Unassigned number</Label>
          <OptionSelect
            id={id}
            value={selected ?? ''}
            onChange={setSelected}
            placeholder="Choose a number"
            options={unassigned.map((number) => ({
              value: number.id,
              label: formatPhone(number.phoneNumber),
              description: number.name ?? undefined,
            }))}
          />
        </div>
        <Button
          variant="outline"
          disabled={!selected}
          loading={assign.isPending}
          onClick={() =>
            selected &&
            assign.mutate({ numberId: selected, campaignId }, { onSuccess: () => setSelected(undefined) })
          }
        >
          <Link2 aria-hidden="true" />
          Assign number
        </Button>
      </div>
      {assign.isError && <Alert variant="error">{describeError(assign.error)}</Alert>}
    </div>
  );
}

export function NumbersTab({ campaign, editable }: { campaign: Campaign; editable: boolean }) {
  const numbers = useNumbers();
  const pools = usePools();
  const release = useAssignNumber();
  const campaignPools = (pools.data ?? []).filter((pool) => pool.campaignId === campaign.id);

  if (numbers.isPending) return <Spinner />;
  if (numbers.isError) return <Alert variant="error">{describeError(numbers.error)}</Alert>;

  const assigned = numbers.data.filter((number) => number.campaignId === campaign.id);
  // A pooled number is routed by its pool's campaign, so it cannot also be assigned directly.
  const unassigned = numbers.data.filter((number) => !number.campaignId && !number.poolId);

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Tracking numbers</CardTitle>
          <CardDescription>Calls to these numbers are routed by this campaign's plan.</CardDescription>
        </div>
      </CardHeader>
      {editable && <AssignNumber campaignId={campaign.id} unassigned={unassigned} />}
      <CampaignPools pools={campaignPools} />
      {release.isError && (
        <div className="px-4 pt-3">
          <Alert variant="error">{describeError(release.error)}</Alert>
        </div>
      )}
      {assigned.length === 0 ? (
        // Pool numbers count towards activation too, so "no numbers" would be wrong then.
        campaignPools.length === 0 && (
          <EmptyState
            icon={Hash}
            title="No numbers assigned"
            description="A campaign needs at least one tracking number before it can take calls."
          />
        )
      ) : (
        <div className="mt-3 border-t border-slate-200">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Number</TableHead>
                <TableHead>Name</TableHead>
                {editable && <ActionsHead />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {assigned.map((number) => (
                <TableRow key={number.id}>
                  <TableCell className="font-medium text-slate-900 tabular-nums">
                    {formatPhone(number.phoneNumber)}
                  </TableCell>
                  <TableCell>{number.name ?? <span className="text-slate-400">—</span>}</TableCell>
                  {editable && (
                    <TableCell className="text-right">
                      <Button
                        variant="ghost"
                        size="xs"
                        loading={release.isPending && release.variables?.numberId === number.id}
                        onClick={() => release.mutate({ numberId: number.id, campaignId: null })}
                      >
                        Unassign
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Card>
  );
}
