import { headingAnchor } from '@contracts/help';
import { CodeBlock } from '@web/components/ui/code-block';
import { cn } from '@web/lib/utils';
import { type ReactNode, useMemo } from 'react';
import { Link } from 'wouter';
import { type Inline, parseMarkdown } from './parse-markdown';

function InlineNodes({ nodes, onNavigate }: { nodes: Inline[]; onNavigate?: () => void }): ReactNode {
  return nodes.map((node, index) => {
    const key = `${index}-${node.type}`;
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return (
          <code key={key} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800">
            {node.text}
          </code>
        );
      case 'strong':
        return (
          <strong key={key} className="font-semibold text-slate-900">
            <InlineNodes nodes={node.children} onNavigate={onNavigate} />
          </strong>
        );
      case 'em':
        return (
          <em key={key}>
            <InlineNodes nodes={node.children} onNavigate={onNavigate} />
          </em>
        );
      case 'link':
        return <MarkdownLink key={key} href={node.href} nodes={node.children} onNavigate={onNavigate} />;
      default: {
        const unreachable: never = node;
        return unreachable;
      }
    }
  });
}

const headerCellClass = 'border-b border-slate-300 px-2 py-1.5 font-semibold text-slate-900';
const linkClass = 'text-indigo-600 underline-offset-2 hover:underline';

function MarkdownLink({
  href,
  nodes,
  onNavigate,
}: {
  href: string;
  nodes: Inline[];
  onNavigate?: () => void;
}) {
  const children = <InlineNodes nodes={nodes} onNavigate={onNavigate} />;
  if (href.startsWith('#')) {
    return (
      <a href={href} className={linkClass}>
        {children}
      </a>
    );
  }
  if (href.startsWith('/')) {
    // `~` makes the path absolute from inside nested routes.
    return (
      <Link href={`~${href}`} className={linkClass} onClick={onNavigate}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" className={linkClass}>
      {children}
    </a>
  );
}

/**
 * Help pages and assistant answers, rendered from parsed Markdown as React elements (never as
 * HTML). `##` and `###` headings get the anchors the table of contents and answers link to.
 */
export function Markdown({
  source,
  className,
  onNavigate,
}: {
  source: string;
  className?: string;
  /** Called when a link into the app is followed (the assistant panel uses it). */
  onNavigate?: () => void;
}) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  const inline = (nodes: Inline[]) => <InlineNodes nodes={nodes} onNavigate={onNavigate} />;
  return (
    <div className={cn('grid gap-3 text-[13px] leading-relaxed text-slate-700', className)}>
      {blocks.map((block, index) => {
        const key = `${index}-${block.type}`;
        switch (block.type) {
          case 'heading': {
            if (block.level === 1) return null;
            const Tag = block.level === 2 ? 'h2' : 'h3';
            return (
              <Tag
                key={key}
                id={headingAnchor(block.text)}
                className={cn(
                  'scroll-mt-4 font-semibold text-slate-900',
                  block.level === 2 ? 'mt-4 border-b border-slate-200 pb-1 text-base' : 'mt-2 text-sm',
                )}
              >
                {block.text}
              </Tag>
            );
          }
          case 'paragraph':
            return <p key={key}>{inline(block.children)}</p>;
          case 'quote':
            return (
              <blockquote key={key} className="border-l-2 border-slate-300 pl-3 text-slate-600">
                {inline(block.children)}
              </blockquote>
            );
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul';
            return (
              <Tag key={key} className={cn('grid gap-1 pl-5', block.ordered ? 'list-decimal' : 'list-disc')}>
                {block.items.map((item, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity besides their place
                  <li key={i}>{inline(item)}</li>
                ))}
              </Tag>
            );
          }
          case 'code':
            return (
              <CodeBlock key={key} className="whitespace-pre-wrap">
                {block.text}
              </CodeBlock>
            );
          case 'table':
            return (
              <div key={key} className="overflow-x-auto">
                <table className="w-full border-collapse text-left text-[12px]">
                  <thead>
                    <tr>
                      {block.header.map((cell, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                        <th key={i} className={headerCellClass}>
                          {inline(cell)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                      <tr key={r} className="border-b border-slate-100 align-top">
                        {row.map((cell, c) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                          <td key={c} className="px-2 py-1.5">
                            {inline(cell)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          default: {
            const unreachable: never = block;
            return unreachable;
          }
        }
      })}
    </div>
  );
}
