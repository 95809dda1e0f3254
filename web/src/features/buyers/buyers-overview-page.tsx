import { TabbedSection } from '@web/components/layout/tabbed-section';
import { Button } from '@web/components/ui/button';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { Crosshair, Handshake, Plus } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useBuyers, useTargets } from './api';
import { BuyerFormDialog } from './buyer-form-dialog';
import { BuyersPanel } from './buyers-panel';
import { TargetSheet } from './target-sheet';
import { TargetsPanel } from './targets-panel';

type Tab = 'buyers' | 'targets';

/**
 * Buyers (at "/") and all targets (at "/targets"); "/targets/:id" opens a target's edit sheet,
 * so other sections can link straight to it.
 */
export function BuyersOverviewPage({ tab, targetId }: { tab: Tab; targetId?: string }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const buyers = useBuyers();
  const targets = useTargets();
  const [creatingBuyer, setCreatingBuyer] = useState(false);
  const [creatingTarget, setCreatingTarget] = useState(false);

  return (
    <>
      <TabbedSection
        title="Buyers & Targets"
        description="Buyers pay for your calls; each of their targets is a phone number or SIP address that calls are routed to, with its own hours and caps."
        actions={
          editable && (
            <>
              <Button variant="outline" size="sm" onClick={() => setCreatingBuyer(true)}>
                <Plus aria-hidden="true" />
                New buyer
              </Button>
              <Button size="sm" onClick={() => setCreatingTarget(true)}>
                <Plus aria-hidden="true" />
                New target
              </Button>
            </>
          )
        }
        tab={tab}
        tabs={[
          {
            value: 'buyers',
            path: '/',
            label: 'Buyers',
            icon: Handshake,
            count: buyers.data?.length,
            panel: <BuyersPanel />,
          },
          {
            value: 'targets',
            path: '/targets',
            label: 'Targets',
            icon: Crosshair,
            count: targets.data?.length,
            panel: (
              <TargetsPanel
                editingId={targetId ?? null}
                onEditingChange={(id) => navigate(id ? `/targets/${id}` : '/targets')}
              />
            ),
          },
        ]}
      />

      {creatingBuyer && <BuyerFormDialog onClose={() => setCreatingBuyer(false)} />}
      {creatingTarget && (
        <TargetSheet onClose={() => setCreatingTarget(false)} onSaved={() => navigate('/targets')} />
      )}
    </>
  );
}
