import type { Flow, FlowDefinition } from '@contracts/flows';
import { ListPanel } from '@web/components/list-panel';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import { formatDateTime } from '@web/lib/format';
import { History } from 'lucide-react';
import { useFlowVersions } from './api';

/** Every published version, newest first, with the live one marked; any can be reopened as the draft. */
export function VersionsPanel({
  flow,
  editable,
  onOpen,
}: {
  flow: Flow;
  editable: boolean;
  onOpen: (definition: FlowDefinition) => void;
}) {
  const versions = useFlowVersions(flow.id);
  return (
    <ListPanel
      query={versions}
      empty={{
        icon: History,
        title: 'Not published yet',
        description:
          'Each publish keeps a version. Calls in progress finish on the version they started with.',
      }}
    >
      {(rows) => (
        <ol className="grid gap-2" aria-label="Versions">
          {rows.map((version) => (
            <li
              key={version.version}
              className="rounded-md border border-slate-200 p-2.5 text-[13px]"
              data-live={version.live || undefined}
            >
              <div className="flex items-center gap-2">
                <span className="font-semibold text-slate-900">Version {version.version}</span>
                {version.live && <Badge variant="success">Live</Badge>}
                <span className="ml-auto text-xs text-slate-500">{version.nodeCount} nodes</span>
              </div>
              <p className="mt-0.5 text-xs text-slate-500">
                {formatDateTime(version.publishedAt)}
                {version.publishedBy && ` by ${version.publishedBy}`}
              </p>
              {editable && (
                <Button
                  size="xs"
                  variant="outline"
                  className="mt-2"
                  onClick={() => onOpen(version.definition)}
                  title="Replaces the draft on the canvas; save or publish to keep it"
                >
                  Open as draft
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
    </ListPanel>
  );
}
