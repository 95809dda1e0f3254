import type { Role } from '@contracts/common';
import { CreateUserInput } from '@contracts/users';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { AgentSelect } from '@web/features/agents/agent-select';
import { PublisherSelect } from '@web/features/publishers/publisher-select';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { useCreateUser } from './api';
import { RoleSelect } from './role-select';

const emptyUser = {
  email: '',
  name: '',
  password: '',
  role: 'viewer' as Role,
  publisherId: null,
  agentId: null,
};

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
  const role = form.watch('role');

  const close = () => {
    form.reset(emptyUser);
    onOpenChange(false);
  };

  const onSubmit = handleApiSubmit(
    form,
    async ({ name, ...input }) => {
      await createUser.mutateAsync({ ...input, name: name || undefined });
      close();
    },
    { field: 'email', message: 'A user with this email already exists.' },
  );

  return (
    <FormDialog
      open={open}
      title="Add user"
      description="They sign in with this email and password. Share the password securely."
      onClose={close}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel="Add user"
      error={errors.root?.server?.message}
    >
      <FormField label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="off" {...form.register('email')} />
      </FormField>
      <FormField label="Name" error={errors.name?.message} hint="Optional.">
        <Input autoComplete="off" {...form.register('name')} />
      </FormField>
      <FormField label="Password" error={errors.password?.message} hint="At least 8 characters.">
        <Input type="password" autoComplete="new-password" {...form.register('password')} />
      </FormField>
      <ControlledFormField
        control={form.control}
        name="role"
        label="Role"
        render={(field) => <RoleSelect {...field} />}
      />
      {role === 'publisher' && (
        <ControlledFormField
          control={form.control}
          name="publisherId"
          label="Publisher"
          render={(field) => <PublisherSelect {...field} value={field.value ?? undefined} />}
        />
      )}
      {role === 'agent' && (
        <ControlledFormField
          control={form.control}
          name="agentId"
          label="Agent"
          hint="The user sees only this agent’s calls and sets their status."
          render={(field) => <AgentSelect {...field} />}
        />
      )}
    </FormDialog>
  );
}
