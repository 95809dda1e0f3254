import { NotFoundPage } from '@web/features/placeholders/not-found-page';
import { Route, Switch } from 'wouter';
import { BuyerDetailPage } from './buyer-detail-page';
import { BuyersOverviewPage } from './buyers-overview-page';

/** Mounted with `nest` at /buyers, so the paths here are relative to it. */
export function BuyersPage() {
  return (
    <Switch>
      <Route path="/">
        <BuyersOverviewPage tab="buyers" />
      </Route>
      <Route path="/targets/:targetId?">
        {(params) => <BuyersOverviewPage tab="targets" targetId={params.targetId} />}
      </Route>
      <Route path="/:id">{(params) => <BuyerDetailPage key={params.id} id={params.id} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
