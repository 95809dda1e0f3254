import { TabbedSection } from '@web/components/layout/tabbed-section';
import { Button } from '@web/components/ui/button';
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

function PixelsOverview({ tab }: { tab: PixelsTab }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const pixels = usePixels();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <TabbedSection
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
        tab={tab}
        tabs={[
          {
            value: 'pixels',
            path: '/',
            label: 'Pixels',
            icon: Radio,
            count: pixels.data?.length,
            panel: <PixelsPanel editable={editable} />,
          },
          { value: 'log', path: '/log', label: 'Delivery log', icon: ScrollText, panel: <DeliveriesPanel /> },
          {
            value: 'postback',
            path: '/postback',
            label: 'Postback URL',
            icon: KeyRound,
            panel: <PostbackPanel editable={editable} />,
          },
        ]}
      />
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
