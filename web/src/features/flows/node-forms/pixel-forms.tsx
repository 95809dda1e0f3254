import { PIXEL_TOKENS, PixelConfig, StartConfig } from '@contracts/flows';
import {
  type ArrayPath,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
  useFieldArray,
} from 'react-hook-form';
import { SelectField, TextField } from './fields';
import { ListRow, ListRows } from './list-rows';
import { type NodeFormProps, useNodeForm } from './use-node-form';

const methodOptions = [
  { value: 'GET', label: 'GET' },
  { value: 'POST', label: 'POST' },
] as const;

/** Pixel URLs with their method; Start and Tracking Pixel hold the same list under different names. */
function PixelRequests<T extends FieldValues>({
  form,
  name,
}: {
  form: UseFormReturn<T, unknown, unknown>;
  name: ArrayPath<T>;
}) {
  const requests = useFieldArray({ control: form.control, name });
  const listError = form.getFieldState(name as FieldPath<T>, form.formState).error;
  return (
    <>
      <ListRows
        title="Pixel URLs"
        addLabel="Add URL"
        canAdd={requests.fields.length < 10}
        onAdd={() => requests.append({ url: '', method: 'GET' } as never)}
        error={
          listError?.message ?? (listError as { root?: { message?: string } } | undefined)?.root?.message
        }
      >
        {requests.fields.map((request, index) => (
          <ListRow key={request.id} label={`URL ${index + 1}`} onRemove={() => requests.remove(index)}>
            <TextField
              form={form}
              name={`${name}.${index}.url` as FieldPath<T>}
              label="URL"
              placeholder="https://…?call={callId}"
            />
            <SelectField
              form={form}
              name={`${name}.${index}.method` as FieldPath<T>}
              label="Method"
              options={methodOptions}
              className="w-28"
            />
          </ListRow>
        ))}
      </ListRows>
      <p className="text-xs text-slate-500">
        Tokens: {PIXEL_TOKENS.map((token) => `{${token}}`).join(' ')}. Pixels never hold up the call.
      </p>
    </>
  );
}

export function StartForm(props: NodeFormProps) {
  const form = useNodeForm(StartConfig, props);
  return (
    <>
      <p className="text-[13px] text-slate-600">
        Every call enters the flow here. Optionally fire pixels as it does.
      </p>
      <PixelRequests form={form} name="pixels" />
    </>
  );
}

export function PixelForm(props: NodeFormProps) {
  const form = useNodeForm(PixelConfig, props);
  return <PixelRequests form={form} name="requests" />;
}
