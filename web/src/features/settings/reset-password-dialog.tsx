import type { User } from '@contracts/auth';
import { Password } from '@contracts/common';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useResetPassword } from './api';

const ResetPasswordForm = z
  .object({ password: Password, confirmPassword: z.string() })
  .refine((values) => values.confirmPassword === values.password, {
    path: ['confirmPassword'],
    message: 'Does not match the new password',
  });

/** An owner sets another user's password, e.g. when they forgot it. Mounted per user. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const resetPassword = useResetPassword();
  const form = useForm({
    resolver: zodResolver(ResetPasswordForm),
    defaultValues: { password: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(form, async ({ password }) => {
    await resetPassword.mutateAsync({ id: user.id, password });
    onClose();
  });

  return (
    <FormDialog
      title="Reset password"
      description={`${user.email} is signed out everywhere and signs in with the new password. Share it securely.`}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel="Reset password"
      error={errors.root?.server?.message}
    >
      <FormField label="New password" error={errors.password?.message} hint="At least 8 characters.">
        <Input type="password" autoComplete="new-password" {...form.register('password')} />
      </FormField>
      <FormField label="Confirm new password" error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...form.register('confirmPassword')} />
      </FormField>
    </FormDialog>
  );
}
