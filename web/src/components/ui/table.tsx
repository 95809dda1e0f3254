import { cn } from '@web/lib/utils';
import type { ComponentProps, MouseEvent } from 'react';

export function Table({ className, ...props }: ComponentProps<'table'>) {
  return (
    <div className="relative w-full overflow-x-auto">
      <table className={cn('w-full caption-bottom border-collapse text-sm', className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn('bg-slate-50', className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('[&_tr:last-child]:border-0', className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<'tr'>) {
  return (
    <tr
      className={cn('border-b border-slate-200 transition-colors hover:bg-slate-50/70', className)}
      {...props}
    />
  );
}

export function TableHead({ className, ...props }: ComponentProps<'th'>) {
  return (
    <th
      className={cn(
        'h-8 border-b border-slate-200 px-3 text-left align-middle text-xs font-medium tracking-wide whitespace-nowrap text-slate-500 uppercase',
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<'td'>) {
  return (
    <td className={cn('h-10 px-3 align-middle whitespace-nowrap text-slate-700', className)} {...props} />
  );
}

export function TableCaption({ className, ...props }: ComponentProps<'caption'>) {
  return <caption className={cn('mt-3 text-xs text-slate-500', className)} {...props} />;
}

/**
 * For rows that open on click: runs `open` unless the click landed on a link or button inside the
 * row, which does its own thing (and would otherwise navigate twice).
 */
export function openUnlessLink(event: MouseEvent<HTMLElement>, open: () => void) {
  if ((event.target as HTMLElement).closest('a, button')) return;
  open();
}
