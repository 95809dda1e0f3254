import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { type DefaultValues, type FieldValues, useForm } from 'react-hook-form';
import type { z } from 'zod';

export type NodeFormProps = {
  config: Record<string, unknown>;
  /** Every edit, as typed: the draft keeps incomplete configs and validation reports them. */
  onChange: (config: Record<string, unknown>) => void;
};

/**
 * A node's config form on the contract's schema for its type: errors show while typing, and each
 * change goes straight into the draft so the node's card follows along.
 */
export function useNodeForm<TIn extends FieldValues, TOut>(
  schema: z.ZodType<TOut, TIn>,
  { config, onChange }: NodeFormProps,
) {
  const form = useForm<TIn, unknown, TOut>({
    resolver: zodResolver(schema),
    defaultValues: config as DefaultValues<TIn>,
    mode: 'onChange',
  });

  // A node dropped a moment ago lacks what only the user can give: say so at once.
  useEffect(() => {
    void form.trigger();
  }, [form]);

  useEffect(() => {
    // The values are the form's own mutable store: hand the draft a copy.
    const subscription = form.watch((values) => onChange(structuredClone(values) as Record<string, unknown>));
    return () => subscription.unsubscribe();
  }, [form, onChange]);

  return form;
}
