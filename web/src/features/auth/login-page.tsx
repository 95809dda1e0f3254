import { LoginInput } from '@contracts/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@web/components/ui/button';
import { FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { isApiError } from '@web/lib/api-client';
import { applyApiError } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { Link } from 'wouter';
import { useLogin } from './api';
import { AuthLayout } from './auth-layout';

export function LoginPage() {
  const login = useLogin();
  const form = useForm({ resolver: zodResolver(LoginInput), defaultValues: { email: '', password: '' } });
  const { errors } = form.formState;

  // On success the session is cached and <PublicOnly> moves on to the app.
  const onSubmit = form.handleSubmit((input) =>
    login.mutateAsync(input).catch((error: unknown) => {
      if (isApiError(error, 'UNAUTHORIZED')) {
        form.setError('root.server', { message: 'Email or password is incorrect.' });
        form.resetField('password', { keepError: false });
        return;
      }
      applyApiError(form, error);
    }),
  );

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back. Sign in to manage your campaigns and calls."
      footer={
        <>
          New to CallCenter Pro?{' '}
          <Link href="/signup" className="font-medium text-indigo-600 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <FormError message={errors.root?.server?.message} />
        <FormField label="Email" error={errors.email?.message}>
          <Input type="email" autoComplete="username" autoFocus {...form.register('email')} />
        </FormField>
        <FormField label="Password" error={errors.password?.message}>
          <Input type="password" autoComplete="current-password" {...form.register('password')} />
        </FormField>
        <Button type="submit" className="mt-1 w-full" loading={form.formState.isSubmitting}>
          Sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
