import { Button } from '@web/components/ui/button';
import { Spinner } from '@web/components/ui/spinner';
import { describeError } from '@web/lib/api-client';
import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { useSession } from './api';
import { CurrentSessionContext } from './current-session';

/** Only same-site paths, so a crafted ?next= cannot send the user elsewhere. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm text-slate-700">{describeError(error)}</p>
      <Button variant="outline" onClick={onRetry}>
        Try again
      </Button>
    </div>
  );
}

/** Renders its children only with a session; otherwise sends the user to sign in and back here after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const [location] = useLocation();
  const search = useSearch();

  if (session.isPending) return <Spinner className="min-h-screen" />;
  if (session.isError) return <SessionError error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) {
    const here = search ? `${location}?${search}` : location;
    return <Redirect to={here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  return <CurrentSessionContext value={session.data}>{children}</CurrentSessionContext>;
}

/** Sign-in and sign-up pages: a signed-in user goes straight on to the app. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const search = useSearch();

  if (session.isPending) return <Spinner className="min-h-screen" />;
  if (session.data) return <Redirect to={safeNext(new URLSearchParams(search).get('next'))} replace />;
  // A failed session check should not lock anyone out of the sign-in form.
  return children;
}
