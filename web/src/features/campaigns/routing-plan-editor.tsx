import { type Campaign, UpdateRoutingInput } from '@contracts/campaigns';
import { zodResolver } from '@hookform/resolvers/zod';
import { SaveChangesFooter } from '@web/components/save-changes-footer';
import { Alert } from '@web/components/ui/alert';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { EmptyState } from '@web/components/ui/empty-state';
import { FormError } from '@web/components/ui/form-field';
import { ActionsHead } from '@web/components/ui/row-actions';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useAgentGroups, useAgents } from '@web/features/agents/api';
import { useBuyers, useTargets } from '@web/features/buyers/api';
import { useRtbRouters, useRtbTargets } from '@web/features/rtb/api';
import { describeError } from '@web/lib/api-client';
import { handleApiSubmit } from '@web/lib/form-errors';
import { Route } from 'lucide-react';
import { useMemo } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { Link } from 'wouter';
import { AddTargetControl } from './add-target-control';
import { useUpdateCampaign } from './api';
import { canTakeCalls, type PlanLookups, planSubject } from './routing-plan-entry';
import { RoutingPlanRow } from './routing-plan-row';
import { routingShares } from './routing-shares';

export function RoutingPlanEditor({ campaign, editable }: { campaign: Campaign; editable: boolean }) {
  const targets = useTargets();
  const buyers = useBuyers();
  const routers = useRtbRouters();
  const bidders = useRtbTargets();
  const groups = useAgentGroups();
  const agents = useAgents();
  const update = useUpdateCampaign(campaign.id);
  const values = useMemo(() => ({ routing: campaign.routing }), [campaign.routing]);
  const form = useForm({ resolver: zodResolver(UpdateRoutingInput), values });
  const plan = useFieldArray({ control: form.control, name: 'routing', keyName: 'key' });
  const entries = useWatch({ control: form.control, name: 'routing' });
  const { errors, isDirty, isSubmitting } = form.formState;

  const lookups: PlanLookups = useMemo(
    () => ({
      targets: new Map(targets.data?.map((t) => [t.id, t])),
      buyers: new Map(buyers.data?.map((b) => [b.id, b])),
      routers: new Map(routers.data?.map((r) => [r.id, r])),
      bidders: new Map(bidders.data?.map((b) => [b.id, b])),
      groups: new Map(groups.data?.map((g) => [g.id, g])),
      agents: new Map(agents.data?.map((a) => [a.id, a])),
    }),
    [targets.data, buyers.data, routers.data, bidders.data, groups.data, agents.data],
  );
  const shares = routingShares(entries ?? [], campaign.routingStrategy, (entry) =>
    canTakeCalls(planSubject(entry, lookups)),
  );

  const onSubmit = handleApiSubmit(form, (input) => update.mutateAsync(input));

  const queries = [targets, buyers, routers, bidders, groups, agents];
  if (queries.some((query) => query.isPending)) return <Spinner />;
  const failed = queries.find((query) => query.isError);
  if (failed) return <Alert variant="error">{describeError(failed.error)}</Alert>;
  const allTargets = targets.data ?? [];
  const allRouters = routers.data ?? [];
  const allGroups = groups.data ?? [];

  const inPlan = new Set(
    (entries ?? []).flatMap((entry) => [entry.targetId, entry.rtbRouterId, entry.agentGroupId]),
  );
  const available = allTargets.filter((target) => !inPlan.has(target.id));
  const availableRouters = allRouters.filter((router) => !inPlan.has(router.id));
  const availableGroups = allGroups.filter((group) => !inPlan.has(group.id));
  const nothingAtAll = allTargets.length === 0 && allRouters.length === 0 && allGroups.length === 0;
  const planError = errors.routing?.message ?? errors.routing?.root?.message;

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Routing plan</CardTitle>
          <CardDescription>
            Priority 1 is tried first; among targets of equal priority the campaign's strategy decides (
            {campaign.routingStrategy === 'weighted' ? 'by weight' : 'in turn'}). Paused targets are skipped;
            an RTB router auctions the call among its bidders; an agent group offers it to your agents.
          </CardDescription>
        </div>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        {editable && (
          <AddTargetControl
            targets={available}
            routers={availableRouters}
            groups={availableGroups}
            buyersById={lookups.buyers}
            nothingAtAll={nothingAtAll}
            onAdd={(addition) => {
              const last = entries?.at(-1);
              plan.append({ ...addition, priority: last?.priority ?? 1, weight: 50 }, { shouldFocus: false });
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
              nothingAtAll ? (
                <>
                  Create a buyer and its targets in{' '}
                  <Link href="~/buyers" className="text-indigo-600 hover:underline">
                    Buyers &amp; Targets
                  </Link>{' '}
                  first, or an RTB router in{' '}
                  <Link href="~/rtb" className="text-indigo-600 hover:underline">
                    RTB
                  </Link>
                  .
                </>
              ) : (
                'Add the targets or RTB routers this campaign may send its calls to.'
              )
            }
          />
        ) : (
          <fieldset disabled={!editable} className="mt-3 min-w-0 border-t border-slate-200">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>#</TableHead>
                  <TableHead>Target or router</TableHead>
                  <TableHead>Buyer or bidders</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Priority</TableHead>
                  <TableHead>Weight</TableHead>
                  <TableHead
                    className="text-right"
                    title="Chance of being tried first among the active targets of the same priority"
                  >
                    Share
                  </TableHead>
                  {editable && <ActionsHead />}
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.fields.map((field, index) => (
                  <RoutingPlanRow
                    key={field.key}
                    index={index}
                    count={plan.fields.length}
                    subject={planSubject(field, lookups)}
                    share={shares[index]}
                    register={form.register}
                    errors={errors}
                    editable={editable}
                    onMove={plan.move}
                    onRemove={plan.remove}
                  />
                ))}
              </TableBody>
            </Table>
          </fieldset>
        )}
        {editable && (
          <SaveChangesFooter
            saved={update.isSuccess}
            savedLabel="Plan saved"
            dirty={isDirty}
            submitting={isSubmitting}
            onDiscard={() => form.reset()}
            submitLabel="Save plan"
            note={isDirty && <span className="mr-auto text-[13px] text-amber-700">Unsaved changes</span>}
          />
        )}
      </form>
    </Card>
  );
}
