import { NotFoundPage } from '@web/features/placeholders/not-found-page';
import { Route, Switch } from 'wouter';
import { NumbersOverviewPage } from './numbers-overview-page';
import { PoolPage } from './pool-page';
import { TagPage } from './tag-page';

/** Mounted with `nest` at /numbers: the paths here are relative to it. */
export function NumbersPage() {
  return (
    <Switch>
      <Route path="/">
        <NumbersOverviewPage tab="numbers" />
      </Route>
      <Route path="/pools">
        <NumbersOverviewPage tab="pools" />
      </Route>
      <Route path="/pools/:id">{(params) => <PoolPage key={params.id} id={params.id} />}</Route>
      <Route path="/tracking-tags">
        <NumbersOverviewPage tab="tags" />
      </Route>
      <Route path="/tracking-tags/:id">{(params) => <TagPage key={params.id} id={params.id} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
