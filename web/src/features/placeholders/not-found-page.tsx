import { PageHeader } from '@web/components/layout/page-header';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { EmptyState } from '@web/components/ui/empty-state';
import { SearchX } from 'lucide-react';
import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Card>
        <EmptyState
          icon={SearchX}
          title="There is nothing at this address"
          description="The link may be out of date, or the page may have moved."
          action={
            <Button asChild variant="outline">
              <Link href="/">Go to the dashboard</Link>
            </Button>
          }
        />
      </Card>
    </>
  );
}
