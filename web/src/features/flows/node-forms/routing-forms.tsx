import { EnrichConfig, RouterConfig, TransferConfig } from '@contracts/flows';
import { useAgentGroups } from '@web/features/agents/api';
import { useTargets } from '@web/features/buyers/api';
import { useRtbRouters } from '@web/features/rtb/api';
import { NumberField, SelectField, SwitchField, TextField } from './fields';
import { FormTabs } from './form-tabs';
import { type NodeFormProps, useNodeForm } from './use-node-form';

const routerModes = [
  {
    value: 'campaign',
    label: 'Campaign routing plan',
    description: 'The targets and routers of the flow’s campaign',
  },
  { value: 'target', label: 'One target' },
  { value: 'rtbRouter', label: 'An RTB router', description: 'Auction the call among its bidders' },
  { value: 'agentGroup', label: 'An agent group', description: 'Your own agents, through the group’s queue' },
] as const;

export function RouterForm(props: NodeFormProps) {
  const form = useNodeForm(RouterConfig, props);
  const targets = useTargets();
  const routers = useRtbRouters();
  const groups = useAgentGroups();
  const mode = form.watch('mode');
  return (
    <>
      <SelectField form={form} name="mode" label="Route by" options={routerModes} />
      {mode === 'target' && (
        <SelectField
          form={form}
          name="targetId"
          label="Target"
          options={(targets.data ?? []).map((target) => ({ value: target.id, label: target.name }))}
        />
      )}
      {mode === 'rtbRouter' && (
        <SelectField
          form={form}
          name="rtbRouterId"
          label="RTB router"
          options={(routers.data ?? []).map((router) => ({ value: router.id, label: router.name }))}
        />
      )}
      {mode === 'agentGroup' && (
        <>
          <SelectField
            form={form}
            name="agentGroupId"
            label="Agent group"
            options={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
          />
          <TextField
            form={form}
            name="skill"
            label="Extra skill (optional)"
            placeholder="Spanish, or {language} from a Gather"
          />
          <NumberField form={form} name="skillLevel" label="Minimum skill level" hint="1 to 10." />
          <p className="text-xs text-slate-500">
            The group’s queue takes the call from here; “Failed” follows when no agent of the group is signed
            in.
          </p>
        </>
      )}
      <p className="text-xs text-slate-500">
        “Connected” follows once someone answered and the call ended; “Failed” when no one could take it.
      </p>
    </>
  );
}

const callerIdOptions = [
  { value: 'caller', label: 'The caller’s number' },
  { value: 'tracking', label: 'The tracking number dialed' },
  { value: 'fixed', label: 'A fixed number' },
] as const;

export function TransferForm(props: NodeFormProps) {
  const form = useNodeForm(TransferConfig, props);
  const callerId = form.watch('callerId');
  return (
    <FormTabs
      basic={
        <>
          <TextField
            form={form}
            name="destination"
            label="Dial"
            placeholder="+14155550100 or sip:agent@example.com"
          />
          <NumberField form={form} name="timeoutSeconds" label="Ring for (s)" hint="5 to 120." />
        </>
      }
      advanced={
        <>
          <SelectField form={form} name="callerId" label="Caller ID" options={callerIdOptions} />
          {callerId === 'fixed' && <TextField form={form} name="callerIdNumber" label="Caller ID number" />}
          <SwitchField form={form} name="record" label="Record the call" />
        </>
      }
    />
  );
}

export function EnrichForm(props: NodeFormProps) {
  const form = useNodeForm(EnrichConfig, props);
  return (
    <>
      <p className="text-[13px] text-slate-600">
        Fills the caller’s city, state and ZIP from Twilio, the state from the area code and the DNI source,
        as variables Custom Logic can read.
      </p>
      <TextField
        form={form}
        name="lookupUrl"
        label="Lookup URL"
        placeholder="https://crm.example.com/lookup?phone={from}"
        hint="Optional. Its JSON answer's fields become variables lookup_<field>."
      />
      <NumberField
        form={form}
        name="timeoutMs"
        label="Lookup timeout (ms)"
        hint="100 to 5000; the call moves on either way."
      />
    </>
  );
}
