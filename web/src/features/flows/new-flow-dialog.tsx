import { CreateFlowInput } from '@contracts/flows';
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
import { useCreateFlow } from './api';

const NO_CAMPAIGN = 'none';
const NewFlowForm = CreateFlowInput.pick({ name: true, campaignId: true });
const emptyFlow = { name: '', campaignId: NO_CAMPAIGN };

export function NewFlowDialog({ onClose }: { onClose: () => void }) {
  const createFlow = useCreateFlow();
  const campaigns = useCampaigns();
  const [, navigate] = useLocation();
  const form = useForm({ resolver: zodResolver(NewFlowForm), defaultValues: emptyFlow });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = handleApiSubmit(form, async ({ name, campaignId }) => {
    const flow = await createFlow.mutateAsync({
      name,
      campaignId: campaignId === NO_CAMPAIGN ? null : campaignId,
    });
    navigate(`/${flow.id}`);
  });

  return (
    <FormDialog
      title="New call flow"
      description="It starts with a Start node. Build it on the canvas, then publish it: its campaign's calls run it instead of the plain routing plan."
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      submitLabel="Create flow"
      error={errors.root?.server?.message}
    >
      <FormField label="Name" error={errors.name?.message}>
        <Input autoComplete="off" autoFocus {...form.register('name')} />
      </FormField>
      <ControlledFormField
        control={form.control}
        name="campaignId"
        label="Campaign"
        hint="A campaign runs at most one flow. You can choose it later."
        fallbackError={campaigns.isError ? describeError(campaigns.error) : undefined}
        render={(field) => (
          <OptionSelect
            {...field}
            value={field.value ?? NO_CAMPAIGN}
            options={[
              { value: NO_CAMPAIGN, label: 'No campaign yet' },
              ...(campaigns.data ?? []).map((campaign) => ({ value: campaign.id, label: campaign.name })),
            ]}
          />
        )}
      />
    </FormDialog>
  );
}
