import type { UpdateRoutingInput } from '@contracts/campaigns';
import { formatPhone } from '@contracts/phone';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import { Input } from '@web/components/ui/input';
import { TableCell, TableRow } from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Link } from 'wouter';
import type { z } from 'zod';
import type { PlanSubject } from './routing-plan-entry';

export type RoutingPlanForm = z.input<typeof UpdateRoutingInput>;

function EntryState({ subject }: { subject: PlanSubject }) {
  if (subject.kind === 'group') {
    if (!subject.group) return <Badge variant="danger">Missing</Badge>;
    if (subject.agents.length === 0) return <Badge variant="warning">No agents</Badge>;
    if (!subject.agents.some((agent) => agent.presence !== 'offline'))
      return <Badge variant="warning">Everyone offline</Badge>;
    return <Badge variant="success">Agents</Badge>;
  }
  if (subject.kind === 'router') {
    if (!subject.router) return <Badge variant="danger">Missing</Badge>;
    if (subject.bidders.length === 0) return <Badge variant="warning">No bidders</Badge>;
    if (!subject.bidders.some((bidder) => bidder.status === 'active')) {
      return <Badge variant="warning">Bidders paused</Badge>;
    }
    return <Badge variant="success">Auction</Badge>;
  }
  const { target, buyer } = subject;
  if (!target) return <Badge variant="danger">Missing</Badge>;
  if (target.status !== 'active') return <Badge variant="warning">Target paused</Badge>;
  if (buyer && buyer.status !== 'active') return <Badge variant="warning">Buyer paused</Badge>;
  return <Badge variant="success">Active</Badge>;
}

const destinationText = (destination: string) =>
  destination.startsWith('+') ? formatPhone(destination) : destination;

function NumberCell({
  id,
  label,
  describedBy,
  error,
  ...input
}: ReturnType<UseFormRegister<RoutingPlanForm>> & {
  id: string;
  label: string;
  describedBy: string;
  error: string | undefined;
}) {
  return (
    <TableCell className="py-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Input
        id={id}
        type="number"
        className="h-8 w-20 tabular-nums"
        aria-describedby={error ? `${id}-error ${describedBy}` : describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="mt-0.5 max-w-28 text-xs whitespace-normal text-red-600">
          {error}
        </p>
      )}
    </TableCell>
  );
}

/** The entry's name, what identifies it below the name, and who pays for its calls. */
function describeSubject(subject: PlanSubject) {
  if (subject.kind === 'group') {
    const { group, agents } = subject;
    return {
      name: group?.name ?? 'Deleted group',
      detail:
        group &&
        `${agents.length} ${agents.length === 1 ? 'agent' : 'agents'} · queue up to ${group.queue.maxWaitSeconds}s`,
      paidBy: agents.length > 0 ? agents.map((agent) => agent.name).join(', ') : '—',
    };
  }
  if (subject.kind === 'router') {
    const { router, bidders } = subject;
    return {
      name: router?.name ?? 'Deleted router',
      detail:
        router &&
        `${bidders.length} ${bidders.length === 1 ? 'bidder' : 'bidders'} · reserve ${formatCents(router.reserveCents)}`,
      paidBy: bidders.length > 0 ? bidders.map((bidder) => bidder.name).join(', ') : '—',
    };
  }
  const { target, buyer } = subject;
  return {
    name: target?.name ?? 'Deleted target',
    detail: target && destinationText(target.destination),
    paidBy: buyer?.name ?? '—',
  };
}

const kindLabels: Record<PlanSubject['kind'], string> = {
  target: 'Target',
  router: 'RTB router',
  group: 'Agent group',
};

type RoutingPlanRowProps = {
  index: number;
  count: number;
  subject: PlanSubject;
  /** This entry's chance among the eligible entries of its priority, when weights decide. */
  share: number | undefined;
  register: UseFormRegister<RoutingPlanForm>;
  errors: FieldErrors<RoutingPlanForm>;
  editable: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
};

export function RoutingPlanRow({
  index,
  count,
  subject,
  share,
  register,
  errors,
  editable,
  onMove,
  onRemove,
}: RoutingPlanRowProps) {
  const rowErrors = errors.routing?.[index];
  const nameId = `routing-${index}-name`;
  const { name, detail, paidBy } = describeSubject(subject);

  return (
    <TableRow data-kind={subject.kind}>
      <TableCell className="w-8 text-xs text-slate-400 tabular-nums">{index + 1}</TableCell>
      <TableCell className="max-w-64">
        <div className="flex items-center gap-1.5">
          <Badge variant={subject.kind === 'target' ? 'default' : 'primary'}>
            {kindLabels[subject.kind]}
          </Badge>
          <span id={nameId} className="truncate font-medium text-slate-900">
            {subject.kind === 'router' && subject.router ? (
              <Link href="~/rtb/routers" className="hover:text-indigo-700 hover:underline">
                {name}
              </Link>
            ) : subject.kind === 'group' && subject.group ? (
              <Link href="~/agents/groups" className="hover:text-indigo-700 hover:underline">
                {name}
              </Link>
            ) : (
              name
            )}
          </span>
        </div>
        {detail && <div className="truncate text-xs text-slate-500">{detail}</div>}
        {rowErrors?.targetId && <p className="text-xs text-red-600">{rowErrors.targetId.message}</p>}
      </TableCell>
      <TableCell className="max-w-48 truncate" title={paidBy}>
        {paidBy}
      </TableCell>
      <TableCell>
        <EntryState subject={subject} />
      </TableCell>
      <NumberCell
        id={`routing-${index}-priority`}
        label="Priority"
        describedBy={nameId}
        min={1}
        max={10}
        error={rowErrors?.priority?.message}
        {...register(`routing.${index}.priority`, { valueAsNumber: true })}
      />
      <NumberCell
        id={`routing-${index}-weight`}
        label="Weight"
        describedBy={nameId}
        min={1}
        max={100}
        error={rowErrors?.weight?.message}
        {...register(`routing.${index}.weight`, { valueAsNumber: true })}
      />
      <TableCell className="text-right text-xs text-slate-500 tabular-nums">
        {share === undefined ? '—' : `${Math.round(share * 100)}%`}
      </TableCell>
      {editable && (
        <TableCell className="w-28 py-1 text-right">
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="size-7"
            aria-label={`Move ${name} up`}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            <ArrowUp aria-hidden="true" />
          </Button>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="size-7"
            aria-label={`Move ${name} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            <ArrowDown aria-hidden="true" />
          </Button>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="size-7 text-slate-500 hover:bg-red-50 hover:text-red-600"
            aria-label={`Remove ${name}`}
            onClick={() => onRemove(index)}
          >
            <X aria-hidden="true" />
          </Button>
        </TableCell>
      )}
    </TableRow>
  );
}
