import type { Flow } from '@contracts/flows';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { describeError } from '@web/lib/api-client';
import { BarChart3, Rocket, Save, Settings2 } from 'lucide-react';
import { useState } from 'react';
import { usePublishFlow, useUpdateFlow } from './api';
import { FlowSettingsDialog } from './flow-settings-dialog';
import type { FlowEditor } from './use-flow-editor';

type FlowActionsProps = {
  flow: Flow;
  editor: FlowEditor;
  editable: boolean;
  showAnalytics: boolean;
  onToggleAnalytics: () => void;
  /** A save's validation, or a refused publish's reasons. */
  onIssues: (outcome: unknown) => void;
};

/** Analytics on the canvas, Save draft and Publish (which saves first when the draft has changed). */
export function FlowActions({
  flow,
  editor,
  editable,
  showAnalytics,
  onToggleAnalytics,
  onIssues,
}: FlowActionsProps) {
  const update = useUpdateFlow(flow.id);
  const publish = usePublishFlow(flow.id);
  const failure = update.error ?? publish.error;
  const [editingSettings, setEditingSettings] = useState(false);

  const save = async () => {
    const saved = await update.mutateAsync({ definition: editor.definition });
    editor.markSaved(saved.definition);
    onIssues(saved.validation);
    return saved;
  };

  const onSave = () => {
    publish.reset();
    save().catch(onIssues);
  };

  const onPublish = async () => {
    update.reset();
    try {
      if (editor.dirty) await save();
      const published = await publish.mutateAsync();
      onIssues(published.validation);
    } catch (error) {
      onIssues(error);
    }
  };

  return (
    <div className="grid justify-items-end gap-2">
      <div className="flex items-center gap-2">
        <Button
          size="sm"
          variant={showAnalytics ? 'secondary' : 'outline'}
          aria-pressed={showAnalytics}
          onClick={onToggleAnalytics}
        >
          <BarChart3 aria-hidden="true" />
          Analytics
        </Button>
        {editable && (
          <>
            <Button size="sm" variant="outline" onClick={() => setEditingSettings(true)}>
              <Settings2 aria-hidden="true" />
              Settings
            </Button>
            <Button
              size="sm"
              variant="outline"
              onClick={onSave}
              loading={update.isPending}
              disabled={!editor.dirty || publish.isPending}
            >
              <Save aria-hidden="true" />
              Save draft
            </Button>
            <Button
              size="sm"
              onClick={onPublish}
              loading={publish.isPending}
              disabled={
                update.isPending ||
                (!editor.dirty && !flow.hasUnpublishedChanges && flow.publishedVersion !== null)
              }
            >
              <Rocket aria-hidden="true" />
              Publish
            </Button>
          </>
        )}
      </div>
      {editingSettings && <FlowSettingsDialog flow={flow} onClose={() => setEditingSettings(false)} />}
      {failure && (
        <Alert variant="error" className="max-w-md">
          {describeError(failure)}
        </Alert>
      )}
    </div>
  );
}
