import { ChangePasswordInput } from '@contracts/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@web/components/ui/button';
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from '@web/components/ui/card';
import { FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useChangePassword } from './api';

const ChangePasswordForm = ChangePasswordInput.extend({ confirmPassword: z.string() }).refine(
  (values) => values.confirmPassword === values.newPassword,
  { path: ['confirmPassword'], message: 'Does not match the new password' },
);

const empty = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** The signed-in user's own password. */
export function ChangePasswordCard() {
  const changePassword = useChangePassword();
  const form = useForm({ resolver: zodResolver(ChangePasswordForm), defaultValues: empty });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(form, async ({ currentPassword, newPassword }) => {
    await changePassword.mutateAsync({ currentPassword, newPassword });
    form.reset(empty);
  });

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Change password</CardTitle>
          <CardDescription>
            You stay signed in here; your sessions on other devices are signed out.
          </CardDescription>
        </div>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        <CardContent className="grid max-w-md gap-4">
          <FormError message={errors.root?.server?.message} />
          <FormField label="Current password" error={errors.currentPassword?.message}>
            <Input type="password" autoComplete="current-password" {...form.register('currentPassword')} />
          </FormField>
          <FormField label="New password" error={errors.newPassword?.message} hint="At least 8 characters.">
            <Input type="password" autoComplete="new-password" {...form.register('newPassword')} />
          </FormField>
          <FormField label="Confirm new password" error={errors.confirmPassword?.message}>
            <Input type="password" autoComplete="new-password" {...form.register('confirmPassword')} />
          </FormField>
        </CardContent>
        <CardFooter>
          {changePassword.isSuccess && !form.formState.isDirty && (
            <span role="status" className="mr-auto text-[13px] text-emerald-700">
              Password changed
            </span>
          )}
          <Button type="submit" loading={isSubmitting}>
            Change password
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
