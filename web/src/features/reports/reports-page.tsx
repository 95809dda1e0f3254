import { SectionPlaceholder } from '@web/features/placeholders/section-placeholder';
import { ChartColumn } from 'lucide-react';

export function ReportsPage() {
  return (
    <SectionPlaceholder title="Reports" icon={ChartColumn}>
      Performance over time by campaign, buyer, target, number and traffic source: call volume, connect and
      conversion rates, revenue, payout and cost per call, with date filters and export.
    </SectionPlaceholder>
  );
}
