import { type Campaign, UpdateRoutingInput } from '@contracts/campaigns';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardFooter, CardHeader, CardTitle } from '@web/components/ui/card';
import { EmptyState } from '@web/components/ui/empty-state';
import { FormError } from '@web/components/ui/form-field';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeError } from '@web/lib/api-client';
import { handleApiSubmit } from '@web/lib/form-errors';
import { Route } from 'lucide-react';
import { useMemo } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { Link } from 'wouter';
import { AddTargetControl } from './add-target-control';
import { useBuyers, useTargets, useUpdateCampaign } from './api';
import { RoutingPlanRow } from './routing-plan-row';
import { routingShares } from './routing-shares';

export function RoutingPlanEditor({ campaign, editable }: { campaign: Campaign; editable: boolean }) {
  const targets = useTargets();
  const buyers = useBuyers();
  const update = useUpdateCampaign(campaign.id);
  const values = useMemo(() => ({ routing: campaign.routing }), [campaign.routing]);
  const form = useForm({ resolver: zodResolver(UpdateRoutingInput), values });
  const plan = useFieldArray({ control: form.control, name: 'routing', keyName: 'key' });
  const entries = useWatch({ control: form.control, name: 'routing' });
  const { errors, isDirty, isSubmitting } = form.formState;

  const targetsById = useMemo(() => new Map(targets.data?.map((t) => [t.id, t])), [targets.data]);
  const buyersById = useMemo(() => new Map(buyers.data?.map((b) => [b.id, b])), [buyers.data]);
  const shares = routingShares(entries ?? [], campaign.routingStrategy, (targetId) => {
    const target = targetsById.get(targetId);
    return target?.status === 'active' && buyersById.get(target.buyerId)?.status !== 'paused';
  });

  const onSubmit = handleApiSubmit(form, (input) => update.mutateAsync(input));

  if (targets.isPending || buyers.isPending) return <Spinner />;
  if (targets.isError || buyers.isError) {
    return <Alert variant="error">{describeError(targets.error ?? buyers.error)}</Alert>;
  }

  const inPlan = new Set((entries ?? []).map((entry) => entry.targetId));
  const available = targets.data.filter((target) => !inPlan.has(target.id));
  const planError = errors.routing?.message ?? errors.routing?.root?.message;

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Routing plan</CardTitle>
          <CardDescription>
            Priority 1 is tried first; among targets of equal priority the campaign's strategy decides (
            {campaign.routingStrategy === 'weighted' ? 'by weight' : 'in turn'}). Paused targets are skipped.
          </CardDescription>
        </div>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        {editable && (
          <AddTargetControl
            targets={available}
            buyersById={buyersById}
            noTargetsAtAll={targets.data.length === 0}
            onAdd={(targetId) => {
              const last = entries?.at(-1);
              plan.append({ targetId, priority: last?.priority ?? 1, weight: 50 }, { shouldFocus: false });
            }}
          />
        )}
        {(planError || errors.root?.server) && (
          <div className="grid gap-2 px-4 pt-3">
            {planError && <Alert variant="error">{planError}</Alert>}
            <FormError message={errors.root?.server?.message} />
          </div>
        )}
        {plan.fields.length === 0 ? (
          <EmptyState
            icon={Route}
            title="No targets in the plan"
            description={
              targets.data.length === 0 ? (
                <>
                  Create a buyer and its targets in{' '}
                  <Link href="~/buyers" className="text-indigo-600 hover:underline">
                    Buyers &amp; Targets
                  </Link>{' '}
                  first.
                </>
              ) : (
                'Add the targets this campaign may send its calls to.'
              )
            }
          />
        ) : (
          <fieldset disabled={!editable} className="mt-3 min-w-0 border-t border-slate-200">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>#</TableHead>
                  <TableHead>Target</TableHead>
                  <TableHead>Buyer</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Priority</TableHead>
                  <TableHead>Weight</TableHead>
                  <TableHead
                    className="text-right"
                    title="Chance of being tried first among the active targets of the same priority"
                  >
                    Share
                  </TableHead>
                  {editable && (
                    <TableHead>
                      <span className="sr-only">Actions</span>
                    </TableHead>
                  )}
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.fields.map((field, index) => {
                  const target = targetsById.get(field.targetId ?? '');
                  return (
                    <RoutingPlanRow
                      key={field.key}
                      index={index}
                      count={plan.fields.length}
                      target={target}
                      buyer={target && buyersById.get(target.buyerId)}
                      share={shares[index]}
                      register={form.register}
                      errors={errors}
                      editable={editable}
                      onMove={plan.move}
                      onRemove={plan.remove}
                    />
                  );
                })}
              </TableBody>
            </Table>
          </fieldset>
        )}
        {editable && (
          <CardFooter>
            {update.isSuccess && !isDirty && (
              <span role="status" className="mr-auto text-[13px] text-emerald-700">
                Plan saved
              </span>
            )}
            {isDirty && <span className="mr-auto text-[13px] text-amber-700">Unsaved changes</span>}
            <Button
              type="button"
              variant="outline"
              disabled={!isDirty || isSubmitting}
              onClick={() => form.reset()}
            >
              Discard
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
              Save plan
            </Button>
          </CardFooter>
        )}
      </form>
    </Card>
  );
}
