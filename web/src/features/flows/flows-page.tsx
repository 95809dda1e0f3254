import { NotFoundPage } from '@web/features/placeholders/not-found-page';
import { Route, Switch } from 'wouter';
import { FlowEditorPage } from './flow-editor-page';
import { FlowList } from './flow-list';

/** Mounted with `nest` at /flows, so the paths here are relative to it. */
export function FlowsPage() {
  return (
    <Switch>
      <Route path="/" component={FlowList} />
      <Route path="/:id">{(params) => <FlowEditorPage key={params.id} id={params.id} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
