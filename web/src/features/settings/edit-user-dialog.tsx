import type { User } from '@contracts/auth';
import { UpdateUserInput } from '@contracts/users';
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
import { applyApiError } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
import { useUpdateUser } from './api';
import { RoleSelect } from './role-select';

type EditUserDialogProps = {
  user: User;
  isSelf: boolean;
  onClose: () => void;
};

/** Mounted per user being edited, so the form always starts from that user's values. */
export function EditUserDialog({ user, isSelf, onClose }: EditUserDialogProps) {
  const updateUser = useUpdateUser();
  const form = useForm({
    resolver: zodResolver(UpdateUserInput),
    defaultValues: { name: user.name ?? '', role: user.role },
  });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    try {
      // Owners cannot demote themselves here; leave the role out rather than send an unchanged one.
      await updateUser.mutateAsync({ id: user.id, name: input.name, role: isSelf ? undefined : input.role });
      onClose();
    } catch (error) {
      applyApiError(form, error);
    }
  });

  return (
    <Dialog open onOpenChange={(open) => !open && !isSubmitting && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit user</DialogTitle>
          <DialogDescription>{user.email}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <FormError message={errors.root?.server?.message} />
          <FormField label="Name" error={errors.name?.message}>
            <Input autoComplete="off" {...form.register('name')} />
          </FormField>
          <Controller
            control={form.control}
            name="role"
            render={({ field, fieldState }) => (
              <FormField
                label="Role"
                error={fieldState.error?.message}
                hint={isSelf ? 'You cannot change your own role.' : undefined}
              >
                <RoleSelect
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  disabled={isSelf}
                />
              </FormField>
            )}
          />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose} disabled={isSubmitting}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
              Save changes
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
