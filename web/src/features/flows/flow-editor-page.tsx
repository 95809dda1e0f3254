import { DetailHeader } from '@web/components/layout/detail-header';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Spinner } from '@web/components/ui/spinner';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError, isApiError } from '@web/lib/api-client';
import { ReactFlowProvider } from '@xyflow/react';
import { useFlow } from './api';
import { FlowWorkspace } from './flow-workspace';

const back = { href: '/', label: 'Call flows' };

/** One flow's editor, once the flow has loaded. */
export function FlowEditorPage({ id }: { id: string }) {
  const { user } = useCurrentSession();
  const flow = useFlow(id);

  if (flow.isPending) return <Spinner />;
  if (isApiError(flow.error, 'NOT_FOUND')) {
    return <NotFoundCard title="Call flow not found" description="It may have been deleted." back={back} />;
  }
  if (flow.isError) {
    return (
      <>
        <DetailHeader back={back} title="Call flow" />
        <Alert variant="error">{describeError(flow.error)}</Alert>
      </>
    );
  }
  return (
    <ReactFlowProvider>
      <FlowWorkspace flow={flow.data} back={back} editable={canEdit(user.role)} />
    </ReactFlowProvider>
  );
}
