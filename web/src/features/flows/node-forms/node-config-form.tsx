import type { NodeType } from '@contracts/flows';
import { BusinessHoursForm } from './business-hours-form';
import { GatherForm, HangupForm, PauseForm, PlayForm, VoicemailForm, WhisperForm } from './caller-forms';
import { CustomLogicForm } from './custom-logic-form';
import { MenuForm } from './menu-form';
import { PixelForm, StartForm } from './pixel-forms';
import { EnrichForm, RouterForm, TransferForm } from './routing-forms';
import { SplitterForm } from './splitter-form';
import type { NodeFormProps } from './use-node-form';

const forms: Record<NodeType, (props: NodeFormProps) => React.ReactNode> = {
  start: StartForm,
  menu: MenuForm,
  gather: GatherForm,
  play: PlayForm,
  pause: PauseForm,
  businessHours: BusinessHoursForm,
  router: RouterForm,
  splitter: SplitterForm,
  pixel: PixelForm,
  enrich: EnrichForm,
  whisper: WhisperForm,
  transfer: TransferForm,
  voicemail: VoicemailForm,
  customLogic: CustomLogicForm,
  hangup: HangupForm,
};

/** The form of a node's type, on the contract's config schema for it. */
export function NodeConfigForm({ type, ...props }: NodeFormProps & { type: NodeType }) {
  const Form = forms[type];
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="grid gap-3">
      <Form {...props} />
    </form>
  );
}
