import { PageHeader } from '@web/components/layout/page-header';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { TabCount, Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { NotFoundPage } from '@web/features/placeholders/not-found-page';
import { KeyRound, Plus, Radio, ScrollText } from 'lucide-react';
import { useState } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { usePixels } from './api';
import { DeliveriesPanel } from './deliveries-panel';
import { PixelFormSheet } from './pixel-form-sheet';
import { PixelsPanel } from './pixels-panel';
import { PostbackPanel } from './postback-panel';

type PixelsTab = 'pixels' | 'log' | 'postback';

const tabPaths: Record<PixelsTab, string> = { pixels: '/', log: '/log', postback: '/postback' };

function PixelsOverview({ tab }: { tab: PixelsTab }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const pixels = usePixels();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title="Pixels"
        description="Tell outside trackers about calls as they happen, and let them confirm sales afterwards with a postback."
        actions={
          editable &&
          tab === 'pixels' && (
            <Button size="sm" onClick={() => setCreating(true)}>
              <Plus aria-hidden="true" />
              New pixel
            </Button>
          )
        }
      />
      <Tabs value={tab} onValueChange={(next) => navigate(tabPaths[next as PixelsTab])}>
        <TabsList>
          <TabsTrigger value="pixels">
            <Radio aria-hidden="true" />
            Pixels
            <TabCount value={pixels.data?.length} />
          </TabsTrigger>
          <TabsTrigger value="log">
            <ScrollText aria-hidden="true" />
            Delivery log
          </TabsTrigger>
          <TabsTrigger value="postback">
            <KeyRound aria-hidden="true" />
            Postback URL
          </TabsTrigger>
        </TabsList>
        <TabsContent value="pixels">
          <Card>
            <PixelsPanel editable={editable} />
          </Card>
        </TabsContent>
        <TabsContent value="log">
          <Card>
            <DeliveriesPanel />
          </Card>
        </TabsContent>
        <TabsContent value="postback">
          <Card>
            <PostbackPanel editable={editable} />
          </Card>
        </TabsContent>
      </Tabs>
      {creating && <PixelFormSheet onClose={() => setCreating(false)} />}
    </>
  );
}

/** Mounted with `nest` at /pixels, so the paths here are relative to it. */
export function PixelsPage() {
  return (
    <Switch>
      <Route path="/">
        <PixelsOverview tab="pixels" />
      </Route>
      <Route path="/log">
        <PixelsOverview tab="log" />
      </Route>
      <Route path="/postback">
        <PixelsOverview tab="postback" />
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
