import { RegisterInput } from '@contracts/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@web/components/ui/button';
import { FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { Link } from 'wouter';
import { useRegister } from './api';
import { AuthLayout } from './auth-layout';

export function SignupPage() {
  const register = useRegister();
  const form = useForm({
    resolver: zodResolver(RegisterInput),
    defaultValues: { company: '', email: '', password: '' },
  });
  const { errors } = form.formState;

  const onSubmit = handleApiSubmit(form, (input) => register.mutateAsync(input), {
    field: 'email',
    message: 'An account with this email already exists.',
  });

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Set up your company workspace. You will be its owner."
      footer={
        <>
          Already have an account?{' '}
          <Link href="/login" className="font-medium text-indigo-600 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        <FormError message={errors.root?.server?.message} />
        <FormField label="Company" error={errors.company?.message}>
          <Input autoComplete="organization" autoFocus {...form.register('company')} />
        </FormField>
        <FormField label="Email" error={errors.email?.message}>
          <Input type="email" autoComplete="email" {...form.register('email')} />
        </FormField>
        <FormField label="Password" error={errors.password?.message} hint="At least 8 characters.">
          <Input type="password" autoComplete="new-password" {...form.register('password')} />
        </FormField>
        <Button type="submit" className="mt-1 w-full" loading={form.formState.isSubmitting}>
          Create account
        </Button>
      </form>
    </AuthLayout>
  );
}
