import { PageHeader } from '@web/components/layout/page-header';
import { Badge } from '@web/components/ui/badge';
import { Card } from '@web/components/ui/card';
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/** Stands in for a section that is not built yet: its title and what it will hold, no invented data. */
export function SectionPlaceholder({
  title,
  icon: Icon,
  children,
}: {
  title: string;
  icon: LucideIcon;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} />
      <Card className="flex items-start gap-4 border-dashed p-6">
        <div className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600">
          <Icon className="size-5" aria-hidden="true" />
        </div>
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <p className="text-sm font-medium text-slate-900">{title} is on its way</p>
            <Badge variant="primary">Coming soon</Badge>
          </div>
          <p className="mt-1.5 max-w-2xl text-[13px] leading-relaxed text-slate-600">{children}</p>
        </div>
      </Card>
    </>
  );
}
