import { Button } from '@web/components/ui/button';
import { CardFooter } from '@web/components/ui/card';
import type { ReactNode } from 'react';

type SaveChangesFooterProps = {
  /** The last save succeeded and nothing has been changed since. */
  saved: boolean;
  savedLabel?: string;
  dirty: boolean;
  submitting: boolean;
  /** Offers Discard, which puts the saved values back. */
  onDiscard?: () => void;
  submitLabel?: string;
  /** More to say beside the buttons, e.g. that there are unsaved changes. */
  note?: ReactNode;
};

/** The footer of a card that edits something in place: Save, maybe Discard, and "Saved" once it is. */
export function SaveChangesFooter({
  saved,
  savedLabel = 'Saved',
  dirty,
  submitting,
  onDiscard,
  submitLabel = 'Save',
  note,
}: SaveChangesFooterProps) {
  return (
    <CardFooter>
      {saved && !dirty && (
        <span role="status" className="mr-auto text-[13px] text-emerald-700">
          {savedLabel}
        </span>
      )}
      {note}
      {onDiscard && (
        <Button type="button" variant="outline" disabled={!dirty || submitting} onClick={onDiscard}>
          Discard
        </Button>
      )}
      <Button type="submit" loading={submitting} disabled={!dirty}>
        {submitLabel}
      </Button>
    </CardFooter>
  );
}
