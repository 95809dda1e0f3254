import { type Agent, AgentPresence } from '@contracts/agents';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormSheet } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { SheetBody } from '@web/components/ui/sheet';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { parseSkills, skillsText, statusLabels } from './agent-labels';
import { useCreateAgent, useUpdateAgent } from './api';

/** The form's text in; the API's input out (the server validates and names bad fields). */
const AgentForm = z.object({
  name: z.string(),
  email: z.string(),
  destination: z.string(),
  skills: z.string().transform((text, ctx) => {
    const skills = parseSkills(text);
    if (!skills) {
      ctx.addIssue({ code: 'custom', message: 'Write skills as "name level", like spanish 7, billing 3' });
      return z.NEVER;
    }
    return skills;
  }),
  status: AgentPresence,
  maxConcurrent: z.string().transform((text) => Number(text)),
});

type AgentFormValues = z.input<typeof AgentForm>;

const toValues = (agent?: Agent): AgentFormValues => ({
  name: agent?.name ?? '',
  email: agent?.email ?? '',
  destination: agent?.destination ?? '',
  skills: skillsText(agent?.skills ?? []),
  status: agent?.presence ?? 'offline',
  maxConcurrent: String(agent?.maxConcurrent ?? 1),
});

const presenceOptions = AgentPresence.options.map((value) => ({ value, label: statusLabels[value] }));

/** Mounted while open, so the form starts from the agent being edited. */
export function AgentFormSheet({ agent, onClose }: { agent?: Agent; onClose: () => void }) {
  const create = useCreateAgent();
  const update = useUpdateAgent();
  const form = useForm<AgentFormValues, unknown, z.output<typeof AgentForm>>({
    resolver: zodResolver(AgentForm),
    defaultValues: toValues(agent),
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = handleApiSubmit(form, async (input) => {
    if (agent) await update.mutateAsync({ id: agent.id, ...input });
    else await create.mutateAsync(input);
    onClose();
  });

  return (
    <FormSheet
      title={agent ? `Edit ${agent.name}` : 'New agent'}
      description="A person who takes calls: the number or SIP address that rings them, their skills, and how many calls they take at once."
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel={agent ? 'Save' : 'Create'}
    >
      <SheetBody className="grid content-start gap-4">
        <FormError message={errors.root?.server?.message} />
        <FormField label="Name" error={errors.name?.message}>
          <Input autoComplete="off" {...form.register('name')} />
        </FormField>
        <FormField label="Email" error={errors.email?.message} hint="Optional.">
          <Input type="email" autoComplete="off" {...form.register('email')} />
        </FormField>
        <FormField
          label="Destination"
          error={errors.destination?.message}
          hint="A phone number or a SIP URI like sip:ana@pbx.example.com."
        >
          <Input autoComplete="off" {...form.register('destination')} />
        </FormField>
        <FormField
          label="Skills"
          error={errors.skills?.message}
          hint="Name and level 1–10: spanish 7, billing 3."
        >
          <Input autoComplete="off" {...form.register('skills')} />
        </FormField>
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <ControlledFormField
            control={form.control}
            name="status"
            label="Status"
            render={(field) => <OptionSelect {...field} options={presenceOptions} />}
          />
          <FormField label="Calls at once" error={errors.maxConcurrent?.message}>
            <Input inputMode="numeric" autoComplete="off" {...form.register('maxConcurrent')} />
          </FormField>
        </div>
      </SheetBody>
    </FormSheet>
  );
}
