import { cn } from '@web/lib/utils';
import type { ComponentProps } from 'react';

/** Preformatted text (TwiML, JSON) in a scrollable, selectable block. */
export function CodeBlock({ className, ...props }: ComponentProps<'pre'>) {
  return (
    <pre
      className={cn(
        'max-h-80 overflow-auto rounded-md border border-slate-200 bg-slate-950 px-3 py-2 font-mono text-xs leading-relaxed text-slate-100',
        className,
      )}
      {...props}
    />
  );
}
