import type { Target } from '@contracts/targets';
import { FormSheet } from '@web/components/ui/form-dialog';
import { FormError } from '@web/components/ui/form-field';
import { SheetBody } from '@web/components/ui/sheet';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import { ApiError } from '@web/lib/api-client';
import { applyApiError } from '@web/lib/form-errors';
import { type ReactNode, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useBuyers, useCreateTarget, useUpdateTarget } from './api';
import { TargetAdvancedFields } from './target-advanced-fields';
import { TargetBasicFields } from './target-basic-fields';
import { TargetCapsFields } from './target-caps-fields';
import { TargetCriteriaFields } from './target-criteria-fields';
import {
  newTargetValues,
  type TargetFormValues,
  type TargetPayload,
  targetToValues,
} from './target-form-values';
import { targetResolver, toFormApiError } from './target-resolver';
import { TargetScheduleFields } from './target-schedule-fields';
import { TARGET_TABS, type TargetTab, tabsOf } from './target-tabs';

type TargetSheetProps = {
  /** The target to edit; without one the sheet creates a target. */
  target?: Target;
  /** Preselects the buyer of a new target. */
  buyerId?: string;
  onClose: () => void;
  onSaved?: (target: Target) => void;
};

/** Mounted while open, so the form always starts from the target being edited. */
export function TargetSheet({ target, buyerId, onClose, onSaved }: TargetSheetProps) {
  const buyers = useBuyers();
  const createTarget = useCreateTarget();
  const updateTarget = useUpdateTarget();
  const form = useForm<TargetFormValues, unknown, TargetPayload>({
    resolver: targetResolver,
    defaultValues: target ? targetToValues(target) : newTargetValues(buyerId),
  });
  const [tab, setTab] = useState<TargetTab>('basic');
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, isSubmitting } = form.formState;
  const tabsWithErrors = new Set(tabsOf(Object.keys(errors)));

  // Every tab stays mounted, so an error can sit on a hidden one: show that tab and focus the field.
  const revealFirstError = (fields: string[]) => {
    const [first] = tabsOf(fields);
    if (!first) return;
    setTab(first);
    requestAnimationFrame(() =>
      formRef.current
        ?.querySelector<HTMLElement>(`[role="tabpanel"][data-state="active"] [aria-invalid="true"]`)
        ?.focus(),
    );
  };

  const onSubmit = form.handleSubmit(
    async (payload) => {
      try {
        const saved = target
          ? await updateTarget.mutateAsync({ id: target.id, ...payload })
          : await createTarget.mutateAsync(payload);
        onSaved?.(saved);
        onClose();
      } catch (error) {
        const formError = toFormApiError(error, form.getValues());
        applyApiError(form, formError);
        if (formError instanceof ApiError) revealFirstError(formError.fieldErrors.map((f) => f.field));
      }
    },
    (invalid) => revealFirstError(Object.keys(invalid)),
  );

  return (
    <FormProvider {...form}>
      <FormSheet
        title={target ? `Edit ${target.name}` : 'New target'}
        description="Where calls go: a phone number or SIP address, with its hours, caps and caller criteria."
        formRef={formRef}
        onClose={onClose}
        onSubmit={onSubmit}
        submitting={isSubmitting}
      >
        <Tabs
          value={tab}
          onValueChange={(next) => setTab(next as TargetTab)}
          className="flex min-h-0 flex-1 flex-col"
        >
          <TabsList className="shrink-0 px-5">
            {TARGET_TABS.map(({ value, label }) => (
              <TabsTrigger key={value} value={value}>
                {label}
                {tabsWithErrors.has(value) && (
                  <span className="size-1.5 rounded-full bg-red-500">
                    <span className="sr-only">(has errors)</span>
                  </span>
                )}
              </TabsTrigger>
            ))}
          </TabsList>
          <SheetBody className="grid content-start gap-4">
            <FormError message={errors.root?.server?.message} />
            <TargetTabPanel value="basic">
              <TargetBasicFields buyers={buyers.data ?? []} />
            </TargetTabPanel>
            <TargetTabPanel value="schedule">
              <TargetScheduleFields />
            </TargetTabPanel>
            <TargetTabPanel value="caps">
              <TargetCapsFields />
            </TargetTabPanel>
            <TargetTabPanel value="criteria">
              <TargetCriteriaFields />
            </TargetTabPanel>
            <TargetTabPanel value="advanced">
              <TargetAdvancedFields />
            </TargetTabPanel>
          </SheetBody>
        </Tabs>
      </FormSheet>
    </FormProvider>
  );
}

/** Kept mounted when hidden, so every field keeps its input (and its error) while another tab shows. */
function TargetTabPanel({ value, children }: { value: TargetTab; children: ReactNode }) {
  return (
    <TabsContent value={value} forceMount className="pt-0 data-[state=inactive]:hidden">
      {children}
    </TabsContent>
  );
}
