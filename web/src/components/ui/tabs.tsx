import * as TabsPrimitive from '@radix-ui/react-tabs';
import { cn } from '@web/lib/utils';
import type { ComponentProps } from 'react';

export const Tabs = TabsPrimitive.Root;

export function TabsList({ className, ...props }: ComponentProps<typeof TabsPrimitive.List>) {
  return (
    <TabsPrimitive.List
      className={cn('flex items-center gap-4 border-b border-slate-200', className)}
      {...props}
    />
  );
}

export function TabsTrigger({ className, ...props }: ComponentProps<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      className={cn(
        '-mb-px inline-flex h-9 items-center gap-1.5 border-b-2 border-transparent px-0.5 text-sm font-medium whitespace-nowrap text-slate-500 transition-colors outline-none',
        'hover:text-slate-800 focus-visible:text-slate-900 focus-visible:ring-2 focus-visible:ring-indigo-500/40',
        'data-[state=active]:border-indigo-600 data-[state=active]:text-indigo-700 [&_svg]:size-4',
        className,
      )}
      {...props}
    />
  );
}

/** How many items a tab holds, beside its label; nothing until that is known. */
export function TabCount({ value }: { value: number | undefined }) {
  if (value === undefined) return null;
  return <span className="rounded-full bg-slate-100 px-1.5 text-xs font-medium text-slate-600">{value}</span>;
}

export function TabsContent({ className, ...props }: ComponentProps<typeof TabsPrimitive.Content>) {
  return <TabsPrimitive.Content className={cn('pt-4 outline-none', className)} {...props} />;
}
