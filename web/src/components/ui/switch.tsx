import * as SwitchPrimitive from '@radix-ui/react-switch';
import { cn } from '@web/lib/utils';
import type { ComponentProps } from 'react';

export function Switch({ className, ...props }: ComponentProps<typeof SwitchPrimitive.Root>) {
  return (
    <SwitchPrimitive.Root
      className={cn(
        'inline-flex h-5 w-9 shrink-0 items-center rounded-full border-2 border-transparent bg-slate-300 transition-colors outline-none',
        'focus-visible:ring-2 focus-visible:ring-indigo-500/60 focus-visible:ring-offset-1 disabled:cursor-not-allowed disabled:opacity-50',
        'data-[state=checked]:bg-indigo-600',
        className,
      )}
      {...props}
    >
      <SwitchPrimitive.Thumb className="pointer-events-none block size-4 rounded-full bg-white shadow-sm transition-transform data-[state=checked]:translate-x-4 data-[state=unchecked]:translate-x-0" />
    </SwitchPrimitive.Root>
  );
}
