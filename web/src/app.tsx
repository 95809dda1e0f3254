import { AppShell } from '@web/components/layout/app-shell';
import { AgentViewPage } from '@web/features/agents/agent-view-page';
import { AgentsPage } from '@web/features/agents/agents-page';
import { useCurrentSession } from '@web/features/auth/current-session';
import { PublicOnly, RequireAuth } from '@web/features/auth/guards';
import { LoginPage } from '@web/features/auth/login-page';
import { SignupPage } from '@web/features/auth/signup-page';
import { BuyersPage } from '@web/features/buyers/buyers-page';
import { CallsPage } from '@web/features/calls/calls-page';
import { CampaignsPage } from '@web/features/campaigns/campaigns-page';
import { DashboardPage } from '@web/features/dashboard/dashboard-page';
import { FlowsPage } from '@web/features/flows/flows-page';
import { HelpPage } from '@web/features/help/help-page';
import { NumbersPage } from '@web/features/numbers/numbers-page';
import { PixelsPage } from '@web/features/pixels/pixels-page';
import { NotFoundPage } from '@web/features/placeholders/not-found-page';
import { PortalPage } from '@web/features/publishers/portal-page';
import { PublishersPage } from '@web/features/publishers/publishers-page';
import { ReportsPage } from '@web/features/reports/reports-page';
import { RtbPage } from '@web/features/rtb/rtb-page';
import { SettingsPage } from '@web/features/settings/settings-page';
import { Route, Switch } from 'wouter';

/** Sections render inside the shell; each path prefix belongs to one feature folder. */
function AppRoutes() {
  const { user } = useCurrentSession();
  // Publisher users may read nothing but their portal; the server refuses everything else anyway.
  if (user.role === 'publisher') return <PortalPage />;
  // Agent users have their own view and nothing else (the API refuses them the rest).
  if (user.role === 'agent') return <AgentViewPage />;
  return (
    <Switch>
      <Route path="/" component={DashboardPage} />
      <Route path="/campaigns" component={CampaignsPage} nest />
      <Route path="/buyers" component={BuyersPage} nest />
      <Route path="/numbers" component={NumbersPage} nest />
      <Route path="/rtb" component={RtbPage} nest />
      <Route path="/pixels" component={PixelsPage} nest />
      <Route path="/publishers" component={PublishersPage} nest />
      <Route path="/flows" component={FlowsPage} nest />
      <Route path="/agents" component={AgentsPage} nest />
      <Route path="/calls" component={CallsPage} nest />
      <Route path="/reports" component={ReportsPage} nest />
      <Route path="/settings/:tab?" component={SettingsPage} />
      <Route path="/help" component={HelpPage} nest />
      <Route component={NotFoundPage} />
    </Switch>
  );
}

export function App() {
  return (
    <Switch>
      <Route path="/login">
        <PublicOnly>
          <LoginPage />
        </PublicOnly>
      </Route>
      <Route path="/signup">
        <PublicOnly>
          <SignupPage />
        </PublicOnly>
      </Route>
      <Route>
        <RequireAuth>
          <AppShell>
            <AppRoutes />
          </AppShell>
        </RequireAuth>
      </Route>
    </Switch>
  );
}
