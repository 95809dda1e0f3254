import type { CreatedApiKey } from '@contracts/api-keys';
import { CreateApiKeyInput } from '@contracts/api-keys';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { CopyButton } from '@web/components/ui/copy-button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@web/components/ui/dialog';
import { FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useCreateApiKey } from './api';

function NewKey({ apiKey, onDone }: { apiKey: CreatedApiKey; onDone: () => void }) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>API key created</DialogTitle>
        <DialogDescription>“{apiKey.name}” is ready to use.</DialogDescription>
      </DialogHeader>
      <Alert variant="warning">
        Copy this key now and store it somewhere safe. <strong>You will not see it again.</strong>
      </Alert>
      <div className="flex items-center gap-2 rounded-md border border-slate-200 bg-slate-50 p-2">
        <code
          data-testid="new-api-key"
          className="min-w-0 flex-1 font-mono text-xs break-all text-slate-900 select-all"
        >
          {apiKey.key}
        </code>
        <CopyButton value={apiKey.key} />
      </div>
      <DialogFooter>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </>
  );
}

export function CreateApiKeyDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const createKey = useCreateApiKey();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const form = useForm({ resolver: zodResolver(CreateApiKeyInput), defaultValues: { name: '' } });
  const { errors, isSubmitting } = form.formState;

  const close = (next: boolean) => {
    if (isSubmitting) return;
    if (!next) {
      // Forget the secret as soon as the dialog closes.
      setCreated(null);
      form.reset();
    }
    onOpenChange(next);
  };

  const onSubmit = handleApiSubmit(form, async (input) => setCreated(await createKey.mutateAsync(input)));

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent
        // A stray click outside must not throw away a key that is shown only once.
        onInteractOutside={(event) => created && event.preventDefault()}
      >
        {created ? (
          <NewKey apiKey={created} onDone={() => close(false)} />
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Create API key</DialogTitle>
              <DialogDescription>Name the key after the system that will use it.</DialogDescription>
            </DialogHeader>
            <form onSubmit={onSubmit} noValidate className="grid gap-4">
              <FormError message={errors.root?.server?.message} />
              <FormField label="Name" error={errors.name?.message}>
                <Input
                  autoComplete="off"
                  placeholder="e.g. CRM integration"
                  autoFocus
                  {...form.register('name')}
                />
              </FormField>
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => close(false)}>
                  Cancel
                </Button>
                <Button type="submit" loading={isSubmitting}>
                  Create
                </Button>
              </DialogFooter>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
