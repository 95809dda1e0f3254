import { TabbedSection } from '@web/components/layout/tabbed-section';
import { Button } from '@web/components/ui/button';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { FlaskConical, Gavel, Network, Plus, ScrollText } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useRtbRouters, useRtbTargets } from './api';
import { BidLogPanel } from './bid-log-panel';
import { BiddersPanel } from './bidders-panel';
import { DemoBidderDialog } from './demo-bidder-dialog';
import { RouterFormSheet } from './router-form-sheet';
import { RoutersPanel } from './routers-panel';

export type RtbTab = 'bidders' | 'routers' | 'bid-log';

/** Bidders, routers and the bid log, each tab at its own address under /rtb. */
export function RtbOverviewPage({ tab }: { tab: RtbTab }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const targets = useRtbTargets();
  const routers = useRtbRouters();
  const [creating, setCreating] = useState<'demo' | 'router' | null>(null);
  const close = () => setCreating(null);

  const actions = editable && (
    <>
      {tab === 'bidders' && (
        <>
          <Button size="sm" variant="outline" onClick={() => setCreating('demo')}>
            <FlaskConical aria-hidden="true" />
            Create a demo bidder
          </Button>
          <Button size="sm" onClick={() => navigate('/bidders/new')}>
            <Plus aria-hidden="true" />
            New bidder
          </Button>
        </>
      )}
      {tab === 'routers' && (
        <Button size="sm" onClick={() => setCreating('router')}>
          <Plus aria-hidden="true" />
          New router
        </Button>
      )}
    </>
  );

  return (
    <>
      <TabbedSection
        title="RTB"
        description="Real-time bidding: each call is offered to your bidders at once and goes to the highest valid bid. Bidders are grouped into routers, which campaigns use in their routing plans."
        actions={actions}
        tab={tab}
        tabs={[
          {
            value: 'bidders',
            path: '/',
            label: 'Bidders',
            icon: Gavel,
            count: targets.data?.length,
            panel: <BiddersPanel editable={editable} />,
          },
          {
            value: 'routers',
            path: '/routers',
            label: 'Routers',
            icon: Network,
            count: routers.data?.length,
            panel: <RoutersPanel editable={editable} />,
          },
          { value: 'bid-log', path: '/bid-log', label: 'Bid log', icon: ScrollText, panel: <BidLogPanel /> },
        ]}
      />

      {creating === 'demo' && (
        <DemoBidderDialog onClose={close} onCreated={(target) => navigate(`/bidders/${target.id}`)} />
      )}
      {creating === 'router' && <RouterFormSheet onClose={close} />}
    </>
  );
}
