import { NotFoundPage } from '@web/features/placeholders/not-found-page';
import { Route, Switch } from 'wouter';
import { AgentsOverviewPage } from './agents-overview-page';

/** Mounted with `nest` at /agents, so the paths here are relative to it. */
export function AgentsPage() {
  return (
    <Switch>
      <Route path="/">
        <AgentsOverviewPage tab="agents" />
      </Route>
      <Route path="/groups">
        <AgentsOverviewPage tab="groups" />
      </Route>
      <Route path="/wallboard">
        <AgentsOverviewPage tab="wallboard" />
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
