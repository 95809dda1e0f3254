import { formatPhone } from '@contracts/phone';
import type { AssignmentKind, PublisherSource } from '@contracts/publishers';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { Checkbox } from '@web/components/ui/checkbox';
import { Label } from '@web/components/ui/label';
import { Spinner } from '@web/components/ui/spinner';
import { useNumbers } from '@web/features/numbers/api';
import { usePools } from '@web/features/numbers/pool-api';
import { useTrackingTags } from '@web/features/numbers/tag-api';
import { describeError } from '@web/lib/api-client';
import { useState } from 'react';
import { useAssignSources, usePublisherSources } from './api';

const kindLabels: Record<AssignmentKind, string> = { numbers: 'Numbers', pools: 'Pools', tags: 'DNI tags' };

type Option = { id: string; label: string };

function SourceChecklist({
  publisherId,
  kind,
  options,
  assigned,
  editable,
}: {
  publisherId: string;
  kind: AssignmentKind;
  options: Option[];
  assigned: PublisherSource[];
  editable: boolean;
}) {
  const assign = useAssignSources(publisherId);
  const [chosen, setChosen] = useState(
    () => new Set(assigned.filter((s) => s.kind === kind).map((s) => s.id)),
  );
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <div className="grid content-start gap-2">
      <h3 className="text-[13px] font-medium text-slate-700">{kindLabels[kind]}</h3>
      {options.length === 0 && <p className="text-[13px] text-slate-400">None in this account.</p>}
      {options.map((option) => {
        const id = `${kind}-${option.id}`;
        return (
          <div key={option.id} className="flex items-center gap-2">
            <Checkbox
              id={id}
              disabled={!editable}
              checked={chosen.has(option.id)}
              onCheckedChange={(checked) => toggle(option.id, checked === true)}
            />
            <Label htmlFor={id} className="font-normal">
              {option.label}
            </Label>
          </div>
        );
      })}
      {editable && options.length > 0 && (
        <Button
          size="sm"
          variant="outline"
          className="justify-self-start"
          disabled={assign.isPending}
          onClick={() => assign.mutate({ kind, ids: [...chosen] })}
        >
          Save {kindLabels[kind].toLowerCase()}
        </Button>
      )}
      {assign.isError && <Alert variant="error">{describeError(assign.error)}</Alert>}
    </div>
  );
}

/** The numbers, pools and DNI tags whose calls belong to this publisher. */
export function SourcesCard({ publisherId, editable }: { publisherId: string; editable: boolean }) {
  const sources = usePublisherSources(publisherId);
  const numbers = useNumbers();
  const pools = usePools();
  const tags = useTrackingTags();
  const loading = sources.isPending || numbers.isPending || pools.isPending || tags.isPending;
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Sources</CardTitle>
          <CardDescription>Calls to these numbers, pools or DNI tags are this publisher’s.</CardDescription>
        </div>
      </CardHeader>
      {loading ? (
        <Spinner />
      ) : (
        <div className="grid gap-6 p-4 md:grid-cols-3">
          <SourceChecklist
            publisherId={publisherId}
            kind="numbers"
            editable={editable}
            assigned={sources.data ?? []}
            options={(numbers.data ?? [])
              .filter((n) => !n.poolId)
              .map((n) => ({
                id: n.id,
                label: `${formatPhone(n.phoneNumber)}${n.name ? ` · ${n.name}` : ''}`,
              }))}
          />
          <SourceChecklist
            publisherId={publisherId}
            kind="pools"
            editable={editable}
            assigned={sources.data ?? []}
            options={(pools.data ?? []).map((p) => ({ id: p.id, label: p.name }))}
          />
          <SourceChecklist
            publisherId={publisherId}
            kind="tags"
            editable={editable}
            assigned={sources.data ?? []}
            options={(tags.data ?? []).map((t) => ({ id: t.id, label: t.name }))}
          />
        </div>
      )}
    </Card>
  );
}
