import { CreateFlowInput, type Flow } from '@contracts/flows';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormDialog } from '@web/components/ui/form-dialog';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { useCampaigns } from '@web/features/campaigns/api';
import { describeError } from '@web/lib/api-client';
import { handleApiSubmit } from '@web/lib/form-errors';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { useCreateFlow, useUpdateFlow } from './api';

const NO_CAMPAIGN = 'none';
const FlowSettingsForm = CreateFlowInput.pick({ name: true, campaignId: true });

type FlowSettingsDialogProps = {
  /** The flow to rename or move; without one the dialog creates a flow and opens it. */
  flow?: Flow;
  onClose: () => void;
};

/** A flow's name and campaign, for a new flow or an existing one. */
export function FlowSettingsDialog({ flow, onClose }: FlowSettingsDialogProps) {
  const createFlow = useCreateFlow();
  const updateFlow = useUpdateFlow(flow?.id ?? '');
  const campaigns = useCampaigns();
  const [, navigate] = useLocation();
  const form = useForm({
    resolver: zodResolver(FlowSettingsForm),
    defaultValues: { name: flow?.name ?? '', campaignId: flow?.campaignId ?? NO_CAMPAIGN },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(
    form,
    async ({ name, campaignId }) => {
      const input = { name, campaignId: campaignId === NO_CAMPAIGN ? null : campaignId };
      if (flow) {
        await updateFlow.mutateAsync(input);
        onClose();
      } else {
        const created = await createFlow.mutateAsync(input);
        navigate(`/${created.id}`);
      }
    },
    // A campaign runs one flow at most.
    { field: 'campaignId' },
  );

  return (
    <FormDialog
      title={flow ? 'Flow settings' : 'New call flow'}
      description={
        flow
          ? 'Moving the flow to another campaign takes effect for new calls once it is published.'
          : "It starts with a Start node. Build it on the canvas, then publish it: its campaign's calls run it instead of the plain routing plan."
      }
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel={flow ? 'Save' : 'Create flow'}
      error={errors.root?.server?.message}
    >
      <FormField label="Name" error={errors.name?.message}>
        <Input autoComplete="off" autoFocus {...form.register('name')} />
      </FormField>
      <ControlledFormField
        control={form.control}
        name="campaignId"
        label="Campaign"
        hint="A campaign runs at most one flow."
        fallbackError={campaigns.isError ? describeError(campaigns.error) : undefined}
        render={(field) => (
          <OptionSelect
            {...field}
            value={field.value ?? NO_CAMPAIGN}
            options={[
              { value: NO_CAMPAIGN, label: 'No campaign' },
              ...(campaigns.data ?? []).map((campaign) => ({ value: campaign.id, label: campaign.name })),
            ]}
          />
        )}
      />
    </FormDialog>
  );
}
