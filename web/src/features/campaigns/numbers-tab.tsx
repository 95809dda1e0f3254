import type { Campaign } from '@contracts/campaigns';
import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { EmptyState } from '@web/components/ui/empty-state';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeError } from '@web/lib/api-client';
import { Hash, Link2 } from 'lucide-react';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useAssignNumber, useNumbers } from './api';

function AssignNumber({ campaignId, unassigned }: { campaignId: string; unassigned: TrackingNumber[] }) {
  const id = useId();
  const assign = useAssignNumber();
  const [selected, setSelected] = useState<string | undefined>(undefined);

  if (unassigned.length === 0) {
    return (
      <p className="px-4 pt-3 text-[13px] text-slate-500">
        Every tracking number is in use.{' '}
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
  const release = useAssignNumber();

  if (numbers.isPending) return <Spinner />;
  if (numbers.isError) return <Alert variant="error">{describeError(numbers.error)}</Alert>;

  const assigned = numbers.data.filter((number) => number.campaignId === campaign.id);
  const unassigned = numbers.data.filter((number) => !number.campaignId);

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Tracking numbers</CardTitle>
          <CardDescription>Calls to these numbers are routed by this campaign's plan.</CardDescription>
        </div>
      </CardHeader>
      {editable && <AssignNumber campaignId={campaign.id} unassigned={unassigned} />}
      {release.isError && (
        <div className="px-4 pt-3">
          <Alert variant="error">{describeError(release.error)}</Alert>
        </div>
      )}
      {assigned.length === 0 ? (
        <EmptyState
          icon={Hash}
          title="No numbers assigned"
          description="A campaign needs at least one tracking number before it can take calls."
        />
      ) : (
        <div className="mt-3 border-t border-slate-200">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Number</TableHead>
                <TableHead>Name</TableHead>
                {editable && (
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                )}
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
