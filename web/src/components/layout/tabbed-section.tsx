import { Card } from '@web/components/ui/card';
import { TabCount, Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { PageHeader } from './page-header';

export type SectionTab<T extends string> = {
  value: T;
  /** The tab's address inside the section's nested route ('/' for the first). */
  path: string;
  label: string;
  icon: LucideIcon;
  /** How many objects the tab lists; left out for tabs that list nothing countable. */
  count?: number;
  /** The tab's panel, shown in a card. */
  panel: ReactNode;
  /** Shown under the card (a note about the panel). */
  below?: ReactNode;
};

/** A section page of tabs, each at its own address, with the section's header and actions above. */
export function TabbedSection<T extends string>({
  title,
  description,
  actions,
  tab,
  tabs,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
  tab: T;
  tabs: SectionTab<T>[];
}) {
  const [, navigate] = useLocation();
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <Tabs
        value={tab}
        onValueChange={(next) => navigate(tabs.find((candidate) => candidate.value === next)?.path ?? '/')}
      >
        <TabsList>
          {tabs.map(({ value, label, icon: Icon, count }) => (
            <TabsTrigger key={value} value={value}>
              <Icon aria-hidden="true" />
              {label}
              <TabCount value={count} />
            </TabsTrigger>
          ))}
        </TabsList>
        {tabs.map(({ value, panel, below }) => (
          <TabsContent key={value} value={value} className={below ? 'grid gap-4' : undefined}>
            <Card>{panel}</Card>
            {below}
          </TabsContent>
        ))}
      </Tabs>
    </>
  );
}
