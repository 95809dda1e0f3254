import { SectionPlaceholder } from '@web/features/placeholders/section-placeholder';
import { Workflow } from 'lucide-react';

export function FlowsPage() {
  return (
    <SectionPlaceholder title="Call Flows" icon={Workflow}>
      Call flows decide what happens on a call, step by step: IVR menus, gathering digits, playing audio,
      business hours with holidays, traffic splits and tracking pixels, ending in a route to buyers. A flow
      assigned to a campaign runs in place of its plain buyer routing.
    </SectionPlaceholder>
  );
}
