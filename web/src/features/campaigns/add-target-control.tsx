import type { AgentGroup } from '@contracts/agents';
import type { Buyer } from '@contracts/buyers';
import { formatPhone } from '@contracts/phone';
import type { RtbRouter } from '@contracts/rtb';
import type { Target } from '@contracts/targets';
import { Button } from '@web/components/ui/button';
import { Label } from '@web/components/ui/label';
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectTrigger,
  SelectValue,
} from '@web/components/ui/select';
import { formatCents } from '@web/lib/format';
import { Plus } from 'lucide-react';
import { useId, useState } from 'react';

/** What the control adds: exactly one of the ids, as a routing entry holds it. */
export type PlanAddition = { targetId: string } | { rtbRouterId: string } | { agentGroupId: string };

function describeTarget(target: Target, buyer: Buyer | undefined): string {
  const destination = target.destination.startsWith('+')
    ? formatPhone(target.destination)
    : target.destination;
  return [buyer?.name, destination, target.status === 'paused' ? 'paused' : undefined]
    .filter(Boolean)
    .join(' · ');
}

function describeRouter(router: RtbRouter): string {
  const count = router.targets.length;
  return `${count} ${count === 1 ? 'bidder' : 'bidders'} · reserve ${formatCents(router.reserveCents)}`;
}

// One select holds both kinds, so each value says which kind it is.
const TARGET = 'target:';
const ROUTER = 'router:';
const GROUP = 'group:';

function toAddition(value: string): PlanAddition {
  if (value.startsWith(GROUP)) return { agentGroupId: value.slice(GROUP.length) };
  return value.startsWith(ROUTER)
    ? { rtbRouterId: value.slice(ROUTER.length) }
    : { targetId: value.slice(TARGET.length) };
}

function describeGroup(group: AgentGroup): string {
  const count = group.agentIds.length;
  return `${count} ${count === 1 ? 'agent' : 'agents'} · ${group.strategy.replace('_', ' ')}`;
}

/** Picks one of the targets or RTB routers not yet in the plan and appends it. */
export function AddTargetControl({
  targets,
  routers,
  groups,
  buyersById,
  nothingAtAll,
  onAdd,
}: {
  targets: Target[];
  routers: RtbRouter[];
  groups: AgentGroup[];
  buyersById: Map<string, Buyer>;
  /** The account has no targets and no routers, as opposed to all of them being in the plan. */
  nothingAtAll: boolean;
  onAdd: (addition: PlanAddition) => void;
}) {
  const id = useId();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const empty = targets.length === 0 && routers.length === 0 && groups.length === 0;
  const placeholder = nothingAtAll
    ? 'No targets yet'
    : empty
      ? 'Every target, router and group is in the plan'
      : 'Choose a target, RTB router or agent group';

  return (
    <div className="flex flex-wrap items-end gap-2 px-4 pt-3">
      <div className="grid w-full max-w-sm gap-1.5">
        <Label htmlFor={id}>Target</Label>
        <Select value={selected ?? ''} onValueChange={setSelected} disabled={empty}>
          <SelectTrigger id={id}>
            <SelectValue placeholder={placeholder} />
          </SelectTrigger>
          <SelectContent>
            {targets.length > 0 && (
              <SelectGroup>
                <SelectLabel>Targets</SelectLabel>
                {targets.map((target) => (
                  <SelectItem
                    key={target.id}
                    value={TARGET + target.id}
                    description={describeTarget(target, buyersById.get(target.buyerId))}
                  >
                    {target.name}
                  </SelectItem>
                ))}
              </SelectGroup>
            )}
            {routers.length > 0 && (
              <SelectGroup>
                <SelectLabel>RTB routers</SelectLabel>
                {routers.map((router) => (
                  <SelectItem key={router.id} value={ROUTER + router.id} description={describeRouter(router)}>
                    {router.name}
                  </SelectItem>
                ))}
              </SelectGroup>
            )}
            {groups.length > 0 && (
              <SelectGroup>
                <SelectLabel>Agent groups</SelectLabel>
                {groups.map((group) => (
                  <SelectItem key={group.id} value={GROUP + group.id} description={describeGroup(group)}>
                    {group.name}
                  </SelectItem>
                ))}
              </SelectGroup>
            )}
          </SelectContent>
        </Select>
      </div>
      <Button
        type="button"
        variant="outline"
        disabled={!selected}
        onClick={() => {
          if (!selected) return;
          onAdd(toAddition(selected));
          setSelected(undefined);
        }}
      >
        <Plus aria-hidden="true" />
        Add target
      </Button>
    </div>
  );
}
