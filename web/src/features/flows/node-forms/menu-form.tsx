import { MENU_KEYS, MenuConfig } from '@contracts/flows';
import { useFieldArray } from 'react-hook-form';
import { NumberField, SelectField, TextField } from './fields';
import { FormTabs } from './form-tabs';
import { ListRow, ListRows } from './list-rows';
import { PromptText, PromptVoice } from './prompt-fields';
import { type NodeFormProps, useNodeForm } from './use-node-form';

const keyOptions = MENU_KEYS.map((key) => ({ value: key, label: key }));

export function MenuForm(props: NodeFormProps) {
  const form = useNodeForm(MenuConfig, props);
  const options = useFieldArray({ control: form.control, name: 'options' });
  const nextKey = () => {
    const used = new Set(form.getValues('options')?.map((option) => option.key));
    return MENU_KEYS.find((key) => !used.has(key)) ?? '1';
  };

  return (
    <FormTabs
      basic={
        <>
          <PromptText form={form} />
          <ListRows
            title="Keys"
            addLabel="Add key"
            canAdd={options.fields.length < MENU_KEYS.length}
            onAdd={() => options.append({ key: nextKey(), label: '' })}
            error={form.formState.errors.options?.message ?? form.formState.errors.options?.root?.message}
          >
            {options.fields.map((option, index) => (
              <ListRow key={option.id} label={`key ${index + 1}`} onRemove={() => options.remove(index)}>
                <div className="grid grid-cols-[5rem_1fr] gap-2">
                  <SelectField form={form} name={`options.${index}.key`} label="Key" options={keyOptions} />
                  <TextField form={form} name={`options.${index}.label`} label="Label" placeholder="Sales" />
                </div>
              </ListRow>
            ))}
          </ListRows>
        </>
      }
      advanced={
        <>
          <div className="grid grid-cols-2 gap-3">
            <NumberField form={form} name="timeoutSeconds" label="Timeout (s)" />
            <NumberField form={form} name="retries" label="Retries" hint="Repeats after no or a wrong key." />
          </div>
          <TextField form={form} name="invalidMessage" label="On a wrong key" />
          <PromptVoice form={form} />
        </>
      }
    />
  );
}
