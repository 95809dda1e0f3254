import { CreateUserInput } from '@contracts/users';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@web/components/ui/button';
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
import { isApiError } from '@web/lib/api-client';
import { applyApiError } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
import { useCreateUser } from './api';
import { RoleSelect } from './role-select';

const emptyUser = { email: '', name: '', password: '', role: 'viewer' } as const;

export function CreateUserDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const createUser = useCreateUser();
  const form = useForm({ resolver: zodResolver(CreateUserInput), defaultValues: emptyUser });
  const { errors, isSubmitting } = form.formState;

  const close = (next: boolean) => {
    if (isSubmitting) return;
    if (!next) form.reset(emptyUser);
    onOpenChange(next);
  };

  const onSubmit = form.handleSubmit(async ({ name, ...input }) => {
    try {
      await createUser.mutateAsync({ ...input, name: name || undefined });
      close(false);
    } catch (error) {
      if (isApiError(error, 'CONFLICT')) {
        form.setError('email', { message: 'A user with this email already exists.' }, { shouldFocus: true });
        return;
      }
      applyApiError(form, error);
    }
  });

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add user</DialogTitle>
          <DialogDescription>
            They sign in with this email and password. Share the password securely.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <FormError message={errors.root?.server?.message} />
          <FormField label="Email" error={errors.email?.message}>
            <Input type="email" autoComplete="off" {...form.register('email')} />
          </FormField>
          <FormField label="Name" error={errors.name?.message} hint="Optional.">
            <Input autoComplete="off" {...form.register('name')} />
          </FormField>
          <FormField label="Password" error={errors.password?.message} hint="At least 8 characters.">
            <Input type="password" autoComplete="new-password" {...form.register('password')} />
          </FormField>
          <Controller
            control={form.control}
            name="role"
            render={({ field, fieldState }) => (
              <FormField label="Role" error={fieldState.error?.message}>
                <RoleSelect
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              </FormField>
            )}
          />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => close(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Add user
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
