import { PageHeader } from '@web/components/layout/page-header';
import { NotFoundCard } from '@web/components/not-found-card';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <NotFoundCard
        title="There is nothing at this address"
        description="The link may be out of date, or the page may have moved."
        back={{ href: '/', label: 'Go to the dashboard' }}
      />
    </>
  );
}
