import type { User } from '@contracts/auth';
import { UpdateUserInput } from '@contracts/users';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { AgentSelect } from '@web/features/agents/agent-select';
import { PublisherSelect } from '@web/features/publishers/publisher-select';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
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
    defaultValues: {
      name: user.name ?? '',
      role: user.role,
      publisherId: user.publisherId,
      agentId: user.agentId,
    },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const role = form.watch('role');

  const onSubmit = handleApiSubmit(form, async (input) => {
    // Owners cannot demote themselves here; leave the role out rather than send an unchanged one.
    await updateUser.mutateAsync({
      id: user.id,
      name: input.name,
      role: isSelf ? undefined : input.role,
      publisherId: input.role === 'publisher' ? input.publisherId : undefined,
      agentId: input.role === 'agent' ? input.agentId : undefined,
    });
    onClose();
  });

  return (
    <FormDialog
      title="Edit user"
      description={user.email}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel="Save changes"
      submitDisabled={!isDirty}
      error={errors.root?.server?.message}
    >
      <FormField label="Name" error={errors.name?.message}>
        <Input autoComplete="off" {...form.register('name')} />
      </FormField>
      <ControlledFormField
        control={form.control}
        name="role"
        label="Role"
        hint={isSelf ? 'You cannot change your own role.' : undefined}
        render={(field) => <RoleSelect {...field} disabled={isSelf} />}
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
          render={(field) => <AgentSelect {...field} />}
        />
      )}
    </FormDialog>
  );
}
