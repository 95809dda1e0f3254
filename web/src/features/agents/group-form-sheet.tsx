import { type AgentGroup, AgentStrategy, QueueTimeoutAction } from '@contracts/agents';
import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox } from '@web/components/ui/checkbox';
import { FormSheet } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormError, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { SheetBody } from '@web/components/ui/sheet';
import { handleApiSubmit } from '@web/lib/form-errors';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { parseSkills, skillsText, strategyOptions, timeoutOptions } from './agent-labels';
import { useAgents, useCreateAgentGroup, useUpdateAgentGroup } from './api';

const whole = z.string().transform((text) => (text.trim() === '' ? Number.NaN : Number(text)));
const optional = z.string().transform((text) => text.trim() || null);

/** The form's text in; the API's input out (the server validates and names bad fields). */
const GroupForm = z.object({
  name: z.string(),
  strategy: AgentStrategy,
  agentIds: z.array(z.string()),
  requiredSkills: z.string().transform((text, ctx) => {
    const skills = parseSkills(text);
    if (!skills) {
      ctx.addIssue({ code: 'custom', message: 'Write skills as "name level", like spanish 5' });
      return z.NEVER;
    }
    return skills;
  }),
  wrapUpSeconds: whole,
  ringTimeoutSeconds: whole,
  missesBeforeBreak: whole,
  queue: z.object({
    maxWaitSeconds: whole,
    holdAudioUrl: optional,
    holdMessage: optional,
    announcePosition: z.boolean(),
    timeoutAction: QueueTimeoutAction,
    timeoutNumber: optional,
    timeoutMessage: optional,
  }),
});

type GroupFormValues = z.input<typeof GroupForm>;

const toValues = (group?: AgentGroup): GroupFormValues => ({
  name: group?.name ?? '',
  strategy: group?.strategy ?? 'longest_idle',
  agentIds: group?.agentIds ?? [],
  requiredSkills: skillsText(group?.requiredSkills ?? []),
  wrapUpSeconds: String(group?.wrapUpSeconds ?? 30),
  ringTimeoutSeconds: String(group?.ringTimeoutSeconds ?? 20),
  missesBeforeBreak: String(group?.missesBeforeBreak ?? 3),
  queue: {
    maxWaitSeconds: String(group?.queue.maxWaitSeconds ?? 300),
    holdAudioUrl: group?.queue.holdAudioUrl ?? '',
    holdMessage: group?.queue.holdMessage ?? '',
    announcePosition: group?.queue.announcePosition ?? true,
    timeoutAction: group?.queue.timeoutAction ?? 'hangup',
    timeoutNumber: group?.queue.timeoutNumber ?? '',
    timeoutMessage: group?.queue.timeoutMessage ?? '',
  },
});

/** Mounted while open, so the form starts from the group being edited. */
export function GroupFormSheet({ group, onClose }: { group?: AgentGroup; onClose: () => void }) {
  const agents = useAgents();
  const create = useCreateAgentGroup();
  const update = useUpdateAgentGroup();
  const form = useForm<GroupFormValues, unknown, z.output<typeof GroupForm>>({
    resolver: zodResolver(GroupForm),
    defaultValues: toValues(group),
  });
  const { errors, isSubmitting } = form.formState;
  const timeoutAction = form.watch('queue.timeoutAction');
  const onSubmit = handleApiSubmit(form, async (input) => {
    if (group) await update.mutateAsync({ id: group.id, ...input });
    else await create.mutateAsync(input);
    onClose();
  });

  return (
    <FormSheet
      title={group ? `Edit ${group.name}` : 'New agent group'}
      description="Agents who take the same calls. Add the group to a campaign’s routing plan; callers wait in its queue when nobody is free."
      className="max-w-xl"
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel={group ? 'Save' : 'Create'}
    >
      <SheetBody className="grid content-start gap-4">
        <FormError message={errors.root?.server?.message} />
        <FormField label="Name" error={errors.name?.message}>
          <Input autoComplete="off" {...form.register('name')} />
        </FormField>
        <ControlledFormField
          control={form.control}
          name="strategy"
          label="Who gets the next call"
          render={(field) => <OptionSelect {...field} options={strategyOptions} />}
        />
        <fieldset className="grid gap-1.5">
          <legend className="mb-1 text-sm font-medium text-slate-900">Agents (in priority order)</legend>
          <Controller
            control={form.control}
            name="agentIds"
            render={({ field }) => (
              <div className="grid gap-1.5">
                {(agents.data ?? []).map((agent) => {
                  const checked = field.value.includes(agent.id);
                  return (
                    <div key={agent.id} className="flex items-center gap-2">
                      <Checkbox
                        id={`member-${agent.id}`}
                        checked={checked}
                        onCheckedChange={(next) =>
                          field.onChange(
                            next === true
                              ? [...field.value, agent.id]
                              : field.value.filter((id) => id !== agent.id),
                          )
                        }
                      />
                      <Label htmlFor={`member-${agent.id}`}>{agent.name}</Label>
                    </div>
                  );
                })}
                {agents.data?.length === 0 && <p className="text-xs text-slate-500">Create agents first.</p>}
              </div>
            )}
          />
        </fieldset>
        <FormField
          label="Required skills"
          error={errors.requiredSkills?.message}
          hint="Agents need at least these levels: spanish 5. Leave empty for everyone."
        >
          <Input autoComplete="off" {...form.register('requiredSkills')} />
        </FormField>
        <div className="grid items-start gap-4 sm:grid-cols-3">
          <FormField label="Wrap-up (s)" error={errors.wrapUpSeconds?.message}>
            <Input inputMode="numeric" {...form.register('wrapUpSeconds')} />
          </FormField>
          <FormField label="Ring timeout (s)" error={errors.ringTimeoutSeconds?.message}>
            <Input inputMode="numeric" {...form.register('ringTimeoutSeconds')} />
          </FormField>
          <FormField label="Misses before break" error={errors.missesBeforeBreak?.message}>
            <Input inputMode="numeric" {...form.register('missesBeforeBreak')} />
          </FormField>
        </div>
        <h3 className="text-sm font-semibold text-slate-900">Queue</h3>
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <FormField label="Longest wait (s)" error={errors.queue?.maxWaitSeconds?.message}>
            <Input inputMode="numeric" {...form.register('queue.maxWaitSeconds')} />
          </FormField>
          <Controller
            control={form.control}
            name="queue.announcePosition"
            render={({ field }) => (
              <div className="flex items-center gap-2 pt-6">
                <Checkbox
                  id="announce-position"
                  checked={field.value}
                  onCheckedChange={(next) => field.onChange(next === true)}
                />
                <Label htmlFor="announce-position">Tell callers their place in line</Label>
              </div>
            )}
          />
        </div>
        <FormField
          label="Hold audio URL"
          error={errors.queue?.holdAudioUrl?.message}
          hint="Optional: an MP3 played while callers wait."
        >
          <Input autoComplete="off" {...form.register('queue.holdAudioUrl')} />
        </FormField>
        <FormField
          label="Hold message"
          error={errors.queue?.holdMessage?.message}
          hint="Said when there is no hold audio."
        >
          <Input autoComplete="off" {...form.register('queue.holdMessage')} />
        </FormField>
        <ControlledFormField
          control={form.control}
          name="queue.timeoutAction"
          label="When the wait runs out"
          render={(field) => <OptionSelect {...field} options={timeoutOptions} />}
        />
        {timeoutAction === 'fallback_number' && (
          <FormField label="Forward to" error={errors.queue?.timeoutNumber?.message}>
            <Input autoComplete="off" {...form.register('queue.timeoutNumber')} />
          </FormField>
        )}
        {timeoutAction !== 'fallback_number' && (
          <FormField label="Message" error={errors.queue?.timeoutMessage?.message} hint="Optional.">
            <Input autoComplete="off" {...form.register('queue.timeoutMessage')} />
          </FormField>
        )}
      </SheetBody>
    </FormSheet>
  );
}
