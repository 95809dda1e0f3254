import type { Account } from '@contracts/auth';
import { UpdateAccountInput } from '@contracts/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import { SaveChangesFooter } from '@web/components/save-changes-footer';
import { Alert } from '@web/components/ui/alert';
import { Badge } from '@web/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Spinner } from '@web/components/ui/spinner';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canManageAccount, roleLabels } from '@web/features/auth/permissions';
import { describeError } from '@web/lib/api-client';
import { handleApiSubmit } from '@web/lib/form-errors';
import { formatDate } from '@web/lib/format';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useAccount, useUpdateAccount } from './api';
import { ChangePasswordCard } from './change-password-card';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-[13px] text-slate-500">{label}</dt>
      <dd className="min-w-0 truncate text-[13px] text-slate-900">{children}</dd>
    </div>
  );
}

function AccountNameForm({ account }: { account: Account }) {
  const update = useUpdateAccount();
  const form = useForm({ resolver: zodResolver(UpdateAccountInput), values: { name: account.name } });
  const { errors, isDirty, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(form, (input) => update.mutateAsync(input));

  return (
    <form onSubmit={onSubmit} noValidate className="border-t border-slate-200">
      <CardContent className="grid max-w-md gap-4">
        <FormError message={errors.root?.server?.message} />
        <FormField
          label="Account name"
          error={errors.name?.message}
          hint="Shown to everyone in this account."
        >
          <Input autoComplete="organization" {...form.register('name')} />
        </FormField>
      </CardContent>
      <SaveChangesFooter saved={update.isSuccess} dirty={isDirty} submitting={isSubmitting} />
    </form>
  );
}

export function AccountTab() {
  const { user } = useCurrentSession();
  const account = useAccount();
  const isOwner = canManageAccount(user.role);

  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader>
          <div>
            <CardTitle>Account</CardTitle>
            <CardDescription>
              {isOwner ? 'Your company workspace.' : 'Your company workspace. Only owners can rename it.'}
            </CardDescription>
          </div>
        </CardHeader>
        {account.isPending && <Spinner />}
        {account.isError && (
          <CardContent>
            <Alert variant="error">{describeError(account.error)}</Alert>
          </CardContent>
        )}
        {account.data && (
          <>
            <CardContent>
              <dl className="grid gap-2.5">
                {!isOwner && <Detail label="Account name">{account.data.name}</Detail>}
                <Detail label="Account ID">
                  <code className="font-mono text-xs text-slate-700">{account.data.id}</code>
                </Detail>
                <Detail label="Created">{formatDate(account.data.createdAt)}</Detail>
              </dl>
            </CardContent>
            {isOwner && <AccountNameForm account={account.data} />}
          </>
        )}
      </Card>

      <Card>
        <CardHeader>
          <div>
            <CardTitle>Your profile</CardTitle>
            <CardDescription>The user you are signed in as.</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-2.5">
            <Detail label="Email">{user.email}</Detail>
            <Detail label="Name">{user.name ?? '—'}</Detail>
            <Detail label="Role">
              <Badge variant={user.role === 'owner' ? 'primary' : 'default'}>{roleLabels[user.role]}</Badge>
            </Detail>
            <Detail label="Member since">{formatDate(user.createdAt)}</Detail>
          </dl>
        </CardContent>
      </Card>

      <ChangePasswordCard />
    </div>
  );
}
