import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from './api-client';

type DeleteById = Pick<
  UseMutationResult<unknown, Error, string>,
  'mutate' | 'reset' | 'isPending' | 'isError' | 'error'
>;

/**
 * Which item a delete (or revoke, or remove) confirmation is asking about, and the <ConfirmDialog>
 * props that run `mutation` on its id. The dialog closes once it is done, unless `onDeleted` moves on.
 */
export function useConfirmDelete<T extends { id: string }>(mutation: DeleteById, onDeleted?: () => void) {
  const [item, setItem] = useState<T | null>(null);
  const close = () => {
    setItem(null);
    mutation.reset();
  };

  return {
    item,
    ask: (next: T) => setItem(next),
    dialogProps: {
      open: item !== null,
      onOpenChange: (open: boolean) => {
        if (!open) close();
      },
      pending: mutation.isPending,
      error: mutation.isError ? describeError(mutation.error) : undefined,
      onConfirm: () => {
        if (item) mutation.mutate(item.id, { onSuccess: onDeleted ?? close });
      },
    },
  };
}
