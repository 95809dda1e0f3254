import * as LabelPrimitive from '@radix-ui/react-label';
import { cn } from '@web/lib/utils';
import type { ComponentProps } from 'react';

export function Label({ className, ...props }: ComponentProps<typeof LabelPrimitive.Root>) {
  return (
    <LabelPrimitive.Root
      className={cn(
        'text-[13px] font-medium leading-none text-slate-700 select-none peer-disabled:opacity-50',
        className,
      )}
      {...props}
    />
  );
}
