import { NotFoundPage } from '@web/features/placeholders/not-found-page';
import { Route, Switch } from 'wouter';
import { PublisherDetailPage } from './publisher-detail-page';
import { PublishersListPage } from './publishers-list-page';

/** Mounted with `nest` at /publishers, so the paths here are relative to it. */
export function PublishersPage() {
  return (
    <Switch>
      <Route path="/" component={PublishersListPage} />
      <Route path="/:id">{(params) => <PublisherDetailPage key={params.id} id={params.id} />}</Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
