import { CustomLogicConfig } from '@contracts/flows';
import { useFieldArray } from 'react-hook-form';
import { TextField } from './fields';
import { ListRow, ListRows } from './list-rows';
import { type NodeFormProps, useNodeForm } from './use-node-form';

export function CustomLogicForm(props: NodeFormProps) {
  const form = useNodeForm(CustomLogicConfig, props);
  const rules = useFieldArray({ control: form.control, name: 'rules' });
  const errors = form.formState.errors.rules;
  return (
    <>
      <ListRows
        title="Rules, first match wins"
        addLabel="Add rule"
        canAdd={rules.fields.length < 20}
        onAdd={() => rules.append({ name: `rule ${rules.fields.length + 1}`, expression: '' })}
        error={errors?.message ?? errors?.root?.message}
      >
        {rules.fields.map((rule, index) => (
          <ListRow key={rule.id} label={`rule ${index + 1}`} onRemove={() => rules.remove(index)}>
            <TextField form={form} name={`rules.${index}.name`} label="Branch name" />
            <TextField
              form={form}
              name={`rules.${index}.expression`}
              label="When"
              placeholder='state in ["CA", "NY"] and len(zip) == 5'
            />
          </ListRow>
        ))}
      </ListRows>
      <p className="text-xs text-slate-500">
        Compare variables with == != &lt; &gt; &lt;= &gt;=, combine with and, or, not, test lists with in, and
        use a few functions such as len, lower, upper, contains, startsWith, number. Nothing matched: the else
        branch.
      </p>
    </>
  );
}
