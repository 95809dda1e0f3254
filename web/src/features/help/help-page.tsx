import { PageHeader } from '@web/components/layout/page-header';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { Spinner } from '@web/components/ui/spinner';
import { useAssistant } from '@web/features/assistant/assistant-context';
import { describeError, isApiError } from '@web/lib/api-client';
import { cn } from '@web/lib/utils';
import { MessageCircleQuestion } from 'lucide-react';
import { useEffect } from 'react';
import { Link, Route, Switch, useParams } from 'wouter';
import { useLocationProperty } from 'wouter/use-browser-location';
import { useHelpDoc, useHelpDocs } from './api';
import { Markdown } from './markdown';

function AskButton() {
  const { openAssistant } = useAssistant();
  return (
    <Button variant="outline" size="sm" onClick={() => openAssistant()}>
      <MessageCircleQuestion aria-hidden="true" />
      Ask the assistant
    </Button>
  );
}

function HelpIndexPage() {
  const docs = useHelpDocs();
  return (
    <>
      <PageHeader
        title="Help"
        description="How CallCenter Pro works, in plain words. Or ask the assistant a question."
        actions={<AskButton />}
      />
      {docs.isPending && <Spinner />}
      {docs.isError && <Alert variant="error">{describeError(docs.error)}</Alert>}
      <div className="grid gap-3 md:grid-cols-2">
        {docs.data?.map((doc) => (
          <Card key={doc.slug} className="p-4">
            <Link href={`/${doc.slug}`} className="text-sm font-semibold text-indigo-700 hover:underline">
              {doc.title}
            </Link>
            <p className="mt-1 line-clamp-3 text-[13px] text-slate-600">{doc.summary}</p>
          </Card>
        ))}
      </div>
    </>
  );
}

/** Scrolls to the `#section` in the address once the page is on screen, and on every later jump. */
function useScrollToHash(ready: boolean) {
  const hash = useLocationProperty(() => window.location.hash);
  useEffect(() => {
    if (!ready) return;
    const id = decodeURIComponent(hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target) target.scrollIntoView({ block: 'start' });
  }, [hash, ready]);
}

function HelpDocPage() {
  const { slug } = useParams<{ slug: string }>();
  const docs = useHelpDocs();
  const doc = useHelpDoc(slug);
  useScrollToHash(!!doc.data);

  if (doc.isPending) return <Spinner />;
  if (isApiError(doc.error, 'NOT_FOUND')) {
    return <NotFoundCard title="Help page not found" back={{ href: '/', label: 'All help pages' }} />;
  }
  if (doc.isError) return <Alert variant="error">{describeError(doc.error)}</Alert>;

  return (
    <div className="grid gap-6 lg:grid-cols-[12rem_1fr_12rem]">
      <nav aria-label="Help pages" className="hidden lg:block">
        <Link href="/" className="mb-2 block text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Help
        </Link>
        <ul className="grid gap-0.5">
          {docs.data?.map((page) => (
            <li key={page.slug}>
              <Link
                href={`/${page.slug}`}
                aria-current={page.slug === slug ? 'page' : undefined}
                className={cn(
                  'block rounded px-2 py-1 text-[13px] hover:bg-slate-100',
                  page.slug === slug ? 'bg-slate-100 font-medium text-slate-900' : 'text-slate-600',
                )}
              >
                {page.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <article className="min-w-0">
        <PageHeader title={doc.data.title} actions={<AskButton />} />
        <Markdown source={doc.data.markdown} className="max-w-3xl text-sm" />
      </article>
      <nav aria-label="On this page" className="hidden lg:block">
        <div className="sticky top-0">
          <p className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">On this page</p>
          <ul className="grid gap-1">
            {doc.data.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className="text-[13px] text-slate-600 hover:text-indigo-700">
                  {section.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </div>
  );
}

/** Mounted with `nest` at /help. */
export function HelpPage() {
  return (
    <Switch>
      <Route path="/" component={HelpIndexPage} />
      <Route path="/:slug" component={HelpDocPage} />
    </Switch>
  );
}
