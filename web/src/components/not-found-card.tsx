import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { EmptyState } from '@web/components/ui/empty-state';
import { SearchX } from 'lucide-react';
import { Link } from 'wouter';

type NotFoundCardProps = {
  title: string;
  description?: string;
  /** A button back to where the thing could be found. */
  back?: { href: string; label: string };
};

/** In place of a page whose subject does not exist (deleted, or a stale link). */
export function NotFoundCard({ title, description, back }: NotFoundCardProps) {
  return (
    <Card>
      <EmptyState
        icon={SearchX}
        title={title}
        description={description}
        action={
          back && (
            <Button asChild variant="outline">
              <Link href={back.href}>{back.label}</Link>
            </Button>
          )
        }
      />
    </Card>
  );
}
