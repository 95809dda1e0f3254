import type * as DialogPrimitive from '@radix-ui/react-dialog';
import { cn } from '@web/lib/utils';
import type { ComponentProps } from 'react';
import { Dialog, DialogClose, DialogDescription, DialogTitle, ModalContent } from './dialog';

/** A dialog that slides over the right edge: room for long forms while the page stays in view. */
export const Sheet = Dialog;
export const SheetClose = DialogClose;
export const SheetTitle = DialogTitle;
export const SheetDescription = DialogDescription;

export function SheetContent({ className, ...props }: ComponentProps<typeof DialogPrimitive.Content>) {
  return (
    <ModalContent
      className={cn(
        'fixed inset-y-0 right-0 z-50 flex h-full w-full max-w-2xl flex-col border-l border-slate-200 bg-white shadow-xl outline-none data-[state=open]:animate-fade-in',
        className,
      )}
      {...props}
    />
  );
}

export function SheetHeader({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn('flex shrink-0 flex-col gap-1 border-b border-slate-200 px-5 py-4 pr-12', className)}
      {...props}
    />
  );
}

/** The scrolling middle; header and footer stay put. */
export function SheetBody({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('min-h-0 flex-1 overflow-y-auto px-5 py-4', className)} {...props} />;
}

export function SheetFooter({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn(
        'flex shrink-0 items-center justify-end gap-2 border-t border-slate-200 bg-slate-50/60 px-5 py-3',
        className,
      )}
      {...props}
    />
  );
}
