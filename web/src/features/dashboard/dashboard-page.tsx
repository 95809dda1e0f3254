import { SectionPlaceholder } from '@web/features/placeholders/section-placeholder';
import { LayoutDashboard } from 'lucide-react';

export function DashboardPage() {
  return (
    <SectionPlaceholder title="Dashboard" icon={LayoutDashboard}>
      Your account at a glance. KPI cards for today’s calls, connect rate, revenue and payout, charts of call
      volume by campaign over time, and a live list of calls in progress will appear here.
    </SectionPlaceholder>
  );
}
