import { OptionSelect } from '@web/components/ui/option-select';
import type { ComponentProps } from 'react';
import { usePublishers } from './api';

type PublisherSelectProps = Omit<ComponentProps<typeof OptionSelect<string>>, 'options'>;

/** Picks one of the account's publishers (a publisher user is tied to one). */
export function PublisherSelect(props: PublisherSelectProps) {
  const publishers = usePublishers();
  const options = (publishers.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  return <OptionSelect {...props} options={options} placeholder="Choose a publisher" />;
}
