import * as CheckboxPrimitive from '@radix-ui/react-checkbox';
import { cn } from '@web/lib/utils';
import { Check } from 'lucide-react';
import type { ComponentProps } from 'react';

/** A Radix checkbox (a button with role="checkbox"), labelled by a <Label htmlFor> beside it. */
export function Checkbox({ className, ...props }: ComponentProps<typeof CheckboxPrimitive.Root>) {
  return (
    <CheckboxPrimitive.Root
      className={cn(
        'peer inline-flex size-4 shrink-0 items-center justify-center rounded border border-slate-300 bg-white shadow-xs outline-none transition-colors',
        'focus-visible:ring-2 focus-visible:ring-indigo-500/40 disabled:cursor-not-allowed disabled:opacity-50',
        'data-[state=checked]:border-indigo-600 data-[state=checked]:bg-indigo-600 data-[state=checked]:text-white',
        className,
      )}
      {...props}
    >
      <CheckboxPrimitive.Indicator>
        <Check className="size-3" strokeWidth={3} aria-hidden="true" />
      </CheckboxPrimitive.Indicator>
    </CheckboxPrimitive.Root>
  );
}
