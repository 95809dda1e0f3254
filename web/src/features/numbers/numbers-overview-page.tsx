import { TabbedSection } from '@web/components/layout/tabbed-section';
import { Button } from '@web/components/ui/button';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { Code, FileUp, Hash, Layers, Plus, ShoppingCart } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { useLocation } from 'wouter';
import { useNumbers } from './api';
import { BuyNumbersDialog } from './buy-numbers-dialog';
import { ImportNumbersDialog } from './import-numbers-dialog';
import { NumberFormDialog } from './number-form-dialog';
import { NumberWebhooksNote } from './number-webhooks';
import { NumbersPanel } from './numbers-panel';
import { usePools } from './pool-api';
import { PoolFormSheet } from './pool-form-sheet';
import { PoolsPanel } from './pools-panel';
import { useTrackingTags } from './tag-api';
import { TagFormDialog } from './tag-form-dialog';
import { TagsPanel } from './tags-panel';

type Tab = 'numbers' | 'pools' | 'tags';
type Creating = 'number' | 'buy' | 'import' | 'pool' | 'tag' | null;

function CreateButton({
  onClick,
  icon,
  primary = false,
  children,
}: {
  onClick: () => void;
  icon: ReactNode;
  primary?: boolean;
  children: ReactNode;
}) {
  return (
    <Button size="sm" variant={primary ? 'default' : 'outline'} onClick={onClick}>
      {icon}
      {children}
    </Button>
  );
}

/** The section's three lists, each tab at its own address (/numbers, /numbers/pools, /numbers/tracking-tags). */
export function NumbersOverviewPage({ tab }: { tab: Tab }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const numbers = useNumbers();
  const pools = usePools();
  const tags = useTrackingTags();
  const [creating, setCreating] = useState<Creating>(null);
  const close = () => setCreating(null);

  const actions = editable && (
    <>
      {tab === 'numbers' && (
        <>
          <CreateButton onClick={() => setCreating('number')} icon={<Plus aria-hidden="true" />}>
            Add number
          </CreateButton>
          <CreateButton onClick={() => setCreating('import')} icon={<FileUp aria-hidden="true" />}>
            Import CSV
          </CreateButton>
          <CreateButton primary onClick={() => setCreating('buy')} icon={<ShoppingCart aria-hidden="true" />}>
            Buy numbers
          </CreateButton>
        </>
      )}
      {tab === 'pools' && (
        <CreateButton primary onClick={() => setCreating('pool')} icon={<Plus aria-hidden="true" />}>
          New pool
        </CreateButton>
      )}
      {tab === 'tags' && (
        <CreateButton primary onClick={() => setCreating('tag')} icon={<Plus aria-hidden="true" />}>
          New tracking tag
        </CreateButton>
      )}
    </>
  );

  return (
    <>
      <TabbedSection
        title="Numbers & Pools"
        description="The tracking numbers callers dial, the pools that hand them out to website visitors, and the tags that put them on your pages."
        actions={actions}
        tab={tab}
        tabs={[
          {
            value: 'numbers',
            path: '/',
            label: 'Numbers',
            icon: Hash,
            count: numbers.data?.length,
            panel: <NumbersPanel editable={editable} />,
            below: <NumberWebhooksNote />,
          },
          {
            value: 'pools',
            path: '/pools',
            label: 'Pools',
            icon: Layers,
            count: pools.data?.length,
            panel: <PoolsPanel editable={editable} />,
          },
          {
            value: 'tags',
            path: '/tracking-tags',
            label: 'Tracking tags',
            icon: Code,
            count: tags.data?.length,
            panel: <TagsPanel editable={editable} />,
          },
        ]}
      />

      {creating === 'number' && <NumberFormDialog onClose={close} />}
      {creating === 'buy' && <BuyNumbersDialog onClose={close} />}
      {creating === 'import' && <ImportNumbersDialog onClose={close} />}
      {creating === 'pool' && (
        <PoolFormSheet onClose={close} onSaved={(pool) => navigate(`/pools/${pool.id}`)} />
      )}
      {creating === 'tag' && (
        <TagFormDialog onClose={close} onSaved={(tag) => navigate(`/tracking-tags/${tag.id}`)} />
      )}
    </>
  );
}
