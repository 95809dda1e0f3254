import type { SavedView } from '@contracts/stats';
import { Button } from '@web/components/ui/button';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { describeError } from '@web/lib/api-client';
import { Save, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useCreateSavedView, useDeleteSavedView, useSavedViews } from './api';
import type { ReportSettings } from './report-controls';

/** Your named report settings: pick one to apply it, save the current ones under a name. */
export function SavedViews({
  settings,
  onApply,
}: {
  settings: ReportSettings;
  onApply: (settings: ReportSettings) => void;
}) {
  const views = useSavedViews();
  const create = useCreateSavedView();
  const remove = useDeleteSavedView();
  const [selected, setSelected] = useState<SavedView | null>(null);
  const [name, setName] = useState('');
  const error = create.error ?? remove.error;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <OptionSelect
        aria-label="Saved views"
        className="w-52"
        placeholder={views.data?.length ? 'Saved views' : 'No saved views yet'}
        value={selected?.id}
        disabled={!views.data?.length}
        onChange={(id) => {
          const view = views.data?.find((v) => v.id === id) ?? null;
          setSelected(view);
          if (view) onApply(view.params);
        }}
        options={(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
      />
      {selected && (
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Delete view ${selected.name}`}
          onClick={() => remove.mutate(selected.id, { onSuccess: () => setSelected(null) })}
        >
          <Trash2 aria-hidden="true" />
        </Button>
      )}
      <form
        className="flex items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name, params: settings }, { onSuccess: () => setName('') });
        }}
      >
        <Input
          aria-label="View name"
          className="w-44"
          placeholder="Name this view"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button size="sm" variant="outline" type="submit" disabled={!name.trim() || create.isPending}>
          <Save aria-hidden="true" />
          Save view
        </Button>
      </form>
      {error && <p className="text-xs text-red-700">{describeError(error)}</p>}
    </div>
  );
}
