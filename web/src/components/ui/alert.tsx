import { cn } from '@web/lib/utils';
import { cva, type VariantProps } from 'class-variance-authority';
import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import type { ComponentProps } from 'react';

const alertVariants = cva(
  'flex items-start gap-2 rounded-md border px-3 py-2 text-[13px] [&>svg]:mt-px [&>svg]:size-4 [&>svg]:shrink-0',
  {
    variants: {
      variant: {
        info: 'border-indigo-200 bg-indigo-50 text-indigo-900 [&>svg]:text-indigo-500',
        warning: 'border-amber-200 bg-amber-50 text-amber-900 [&>svg]:text-amber-500',
        error: 'border-red-200 bg-red-50 text-red-800 [&>svg]:text-red-500',
      },
    },
    defaultVariants: { variant: 'info' },
  },
);

const icons = { info: Info, warning: TriangleAlert, error: CircleAlert } as const;

export function Alert({
  className,
  variant,
  children,
  ...props
}: ComponentProps<'div'> & VariantProps<typeof alertVariants>) {
  const Icon = icons[variant ?? 'info'];
  return (
    <div
      role={variant === 'error' ? 'alert' : 'status'}
      className={cn(alertVariants({ variant }), className)}
      {...props}
    >
      <Icon aria-hidden="true" />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
