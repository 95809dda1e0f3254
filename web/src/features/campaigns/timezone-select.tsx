import { OptionSelect } from '@web/components/ui/option-select';
import type { ComponentProps } from 'react';

const commonZones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Toronto',
  'Europe/London',
  'UTC',
];

type TimezoneSelectProps = Omit<ComponentProps<typeof OptionSelect<string>>, 'options'>;

/** The zones call centres mostly use; a zone set through the API stays selectable. */
export function TimezoneSelect({ value, ...props }: TimezoneSelectProps) {
  const zones = value && !commonZones.includes(value) ? [value, ...commonZones] : commonZones;
  return (
    <OptionSelect
      value={value}
      placeholder="Choose a timezone"
      options={zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
      {...props}
    />
  );
}
