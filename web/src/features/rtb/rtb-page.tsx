import { NotFoundPage } from '@web/features/placeholders/not-found-page';
import { Route, Switch } from 'wouter';
import { BidderPage, NewBidderPage } from './bidder-page';
import { RtbOverviewPage } from './rtb-overview-page';

/** Mounted with `nest` at /rtb, so the paths here are relative to it. */
export function RtbPage() {
  return (
    <Switch>
      <Route path="/">
        <RtbOverviewPage tab="bidders" />
      </Route>
      <Route path="/routers">
        <RtbOverviewPage tab="routers" />
      </Route>
      <Route path="/bid-log">
        <RtbOverviewPage tab="bid-log" />
      </Route>
      <Route path="/bidders/new" component={NewBidderPage} />
      <Route path="/bidders/:id">{(params) => <BidderPage key={params.id} id={params.id} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
