import { PageHeader } from '@web/components/layout/page-header';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import { Building, KeyRound, Users } from 'lucide-react';
import { useLocation, useParams } from 'wouter';
import { AccountTab } from './account-tab';
import { ApiKeysTab } from './api-keys-tab';
import { UsersTab } from './users-tab';

const tabs = ['account', 'users', 'api-keys'] as const;
type Tab = (typeof tabs)[number];

const isTab = (value: string | undefined): value is Tab => tabs.includes(value as Tab);

/** Each tab has its own address (/settings/api-keys) so it can be linked to and survives a reload. */
export function SettingsPage() {
  const params = useParams<{ tab?: string }>();
  const [, navigate] = useLocation();
  const tab: Tab = isTab(params.tab) ? params.tab : 'account';

  return (
    <>
      <PageHeader
        title="Settings"
        description="Your account, the people who can use it, and keys for the API."
      />
      <Tabs value={tab} onValueChange={(next) => navigate(`/settings/${next}`, { replace: true })}>
        <TabsList>
          <TabsTrigger value="account">
            <Building aria-hidden="true" />
            Account
          </TabsTrigger>
          <TabsTrigger value="users">
            <Users aria-hidden="true" />
            Users
          </TabsTrigger>
          <TabsTrigger value="api-keys">
            <KeyRound aria-hidden="true" />
            API keys
          </TabsTrigger>
        </TabsList>
        <TabsContent value="account">
          <AccountTab />
        </TabsContent>
        <TabsContent value="users">
          <UsersTab />
        </TabsContent>
        <TabsContent value="api-keys">
          <ApiKeysTab />
        </TabsContent>
      </Tabs>
    </>
  );
}
