import { SectionPlaceholder } from '@web/features/placeholders/section-placeholder';
import { Hash } from 'lucide-react';

export function NumbersPage() {
  return (
    <SectionPlaceholder title="Numbers & Pools" icon={Hash}>
      Your tracking numbers, each assigned to one campaign or to exactly one number pool. Pools hand out
      numbers for Dynamic Number Insertion: the tracking tag on your website shows each visitor a number from
      the pool, so every call is attributed to its traffic source and UTM parameters.
    </SectionPlaceholder>
  );
}
