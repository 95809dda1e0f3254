import { Route, Switch } from 'wouter';
import { CallList } from './call-list';
import { CallPage } from './call-page';

/** Mounted at /calls with `nest`: paths here are relative to it. */
export function CallsPage() {
  return (
    <Switch>
      <Route path="/" component={CallList} />
      <Route path="/:id" component={CallPage} />
    </Switch>
  );
}
