import { Route, Switch } from 'wouter';
import { CampaignList } from './campaign-list';
import { CampaignPage } from './campaign-page';

/** Mounted at /campaigns with `nest`: paths here are relative to it. */
export function CampaignsPage() {
  return (
    <Switch>
      <Route path="/" component={CampaignList} />
      <Route path="/:id/:tab?" component={CampaignPage} />
    </Switch>
  );
}
