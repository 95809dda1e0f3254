import type { TrackingTag } from '@contracts/tracking-tags';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { CodeBlock } from '@web/components/ui/code-block';
import { CopyButton } from '@web/components/ui/copy-button';

/** The one line a website needs, ready to copy. */
export function TagSnippet({ tag }: { tag: TrackingTag }) {
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Install on your website</CardTitle>
          <CardDescription>
            Paste this line just before <code className="font-mono text-xs">&lt;/body&gt;</code> on every page
            that shows your number.
          </CardDescription>
        </div>
        <CopyButton value={tag.snippet} />
      </CardHeader>
      <CardContent className="grid gap-3">
        <CodeBlock data-testid="tag-snippet" className="break-all whitespace-pre-wrap">
          {tag.snippet}
        </CodeBlock>
        <p className="text-[13px] text-slate-500">
          The script loads without slowing the page. It looks for your default number in the text and in{' '}
          <code className="font-mono text-xs">tel:</code> links, and replaces it with the visitor's own pool
          number. If it cannot reach us, the page keeps the default number.
        </p>
      </CardContent>
    </Card>
  );
}
