import type { Buyer } from '@contracts/buyers';
import { formatPhone } from '@contracts/phone';
import type { Target } from '@contracts/targets';
import { Button } from '@web/components/ui/button';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { Plus } from 'lucide-react';
import { useId, useState } from 'react';

function describeTarget(target: Target, buyer: Buyer | undefined): string {
  const destination = target.destination.startsWith('+')
    ? formatPhone(target.destination)
    : target.destination;
  return [buyer?.name, destination, target.status === 'paused' ? 'paused' : undefined]
    .filter(Boolean)
    .join(' · ');
}

/** Picks one of the targets not yet in the plan and appends it. */
export function AddTargetControl({
  targets,
  buyersById,
  noTargetsAtAll,
  onAdd,
}: {
  targets: Target[];
  buyersById: Map<string, Buyer>;
  noTargetsAtAll: boolean;
  onAdd: (targetId: string) => void;
}) {
  const id = useId();
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const options = targets.map((target) => ({
    value: target.id,
    label: target.name,
    description: describeTarget(target, buyersById.get(target.buyerId)),
  }));
  const placeholder = noTargetsAtAll
    ? 'No targets yet'
    : targets.length === 0
      ? 'Every target is in the plan'
      : 'Choose a target';

  return (
    <div className="flex flex-wrap items-end gap-2 px-4 pt-3">
      <div className="grid w-full max-w-sm gap-1.5">
        <Label htmlFor={id}>Target</Label>
        <OptionSelect
          id={id}
          value={selected ?? ''}
          onChange={setSelected}
          options={options}
          placeholder={placeholder}
          disabled={targets.length === 0}
        />
      </div>
      <Button
        type="button"
        variant="outline"
        disabled={!selected}
        onClick={() => {
          if (!selected) return;
          onAdd(selected);
          setSelected(undefined);
        }}
      >
        <Plus aria-hidden="true" />
        Add target
      </Button>
    </div>
  );
}
