import type { FormEventHandler, ReactNode, Ref } from 'react';
import { Button } from './button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from './dialog';
import { FormError } from './form-field';
import { Sheet, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle } from './sheet';

type FormShellProps = {
  title: ReactNode;
  description: ReactNode;
  /** Asked for by Cancel, the ✕ and Escape; ignored while the form is being submitted. */
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting: boolean;
  /** Defaults to "Save". */
  submitLabel?: string;
  submitDisabled?: boolean;
  /** Width and the like, for the dialog's or the sheet's panel. */
  className?: string;
  children: ReactNode;
};

type FormActionsProps = Pick<FormShellProps, 'onClose' | 'submitting' | 'submitLabel' | 'submitDisabled'>;

function FormActions({ onClose, submitting, submitLabel = 'Save', submitDisabled }: FormActionsProps) {
  return (
    <>
      <Button type="button" variant="outline" onClick={onClose} disabled={submitting}>
        Cancel
      </Button>
      <Button type="submit" loading={submitting} disabled={submitDisabled}>
        {submitLabel}
      </Button>
    </>
  );
}

type FormDialogProps = FormShellProps & {
  /** Defaults to open, for dialogs that are mounted only while they show. */
  open?: boolean;
  /** The form-level error (`errors.root.server`), shown above the fields. */
  error?: string;
};

/** A dialog holding one form: title, the fields, a form-level error, and Cancel beside submit. */
export function FormDialog({
  open = true,
  title,
  description,
  onClose,
  onSubmit,
  error,
  className,
  children,
  ...actions
}: FormDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(next) => !next && !actions.submitting && onClose()}>
      <DialogContent className={className}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <FormError message={error} />
          {children}
          <DialogFooter>
            <FormActions onClose={onClose} {...actions} />
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

type FormSheetProps = FormShellProps & { formRef?: Ref<HTMLFormElement> };

/**
 * A sheet holding one long form, mounted only while it shows. The children lay out the scrolling
 * middle themselves (a <SheetBody>, or tabs around one) and show the form-level error there.
 */
export function FormSheet({
  title,
  description,
  onClose,
  onSubmit,
  formRef,
  className,
  children,
  ...actions
}: FormSheetProps) {
  return (
    <Sheet open onOpenChange={(open) => !open && !actions.submitting && onClose()}>
      <SheetContent className={className}>
        <SheetHeader>
          <SheetTitle>{title}</SheetTitle>
          <SheetDescription>{description}</SheetDescription>
        </SheetHeader>
        <form ref={formRef} onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
          {children}
          <SheetFooter>
            <FormActions onClose={onClose} {...actions} />
          </SheetFooter>
        </form>
      </SheetContent>
    </Sheet>
  );
}
