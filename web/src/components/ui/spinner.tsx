import { cn } from '@web/lib/utils';
import { LoaderCircle } from 'lucide-react';

export function Spinner({ label = 'Loading…', className }: { label?: string; className?: string }) {
  return (
    <div
      role="status"
      className={cn('flex items-center justify-center gap-2 py-8 text-[13px] text-slate-500', className)}
    >
      <LoaderCircle className="size-4 animate-spin" aria-hidden="true" />
      {label}
    </div>
  );
}
