import { type FlowDefinition, type FlowIssue, FlowValidation } from '@contracts/flows';
import { ApiError } from '@web/lib/api-client';
import { useEffect, useState } from 'react';
import { useValidateFlow } from './api';

// Long enough that typing a word does not send a request per key.
const VALIDATE_AFTER_MS = 600;

/**
 * What is wrong with the draft: first what the server said about the saved flow, then, a moment
 * after each edit, the server's validation of the draft as it stands. A refused publish reports
 * its own list through `report`.
 */
export function useDraftIssues(
  definition: FlowDefinition,
  { campaignId, initial, editable }: { campaignId: string | null; initial: FlowIssue[]; editable: boolean },
) {
  const [issues, setIssues] = useState(initial);
  const validate = useValidateFlow();
  const { mutate } = validate;
  const key = JSON.stringify(definition);

  useEffect(() => {
    // Viewers cannot change the draft (nor ask the server to check one): the saved validation stands.
    if (!editable) return;
    const timer = setTimeout(() => {
      mutate(
        { definition: JSON.parse(key) as FlowDefinition, campaignId },
        { onSuccess: (result) => setIssues(result.errors) },
      );
    }, VALIDATE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [key, campaignId, mutate, editable]);

  /** Takes the issues out of a save's or publish's answer, or out of its refusal. */
  const report = (outcome: { errors: FlowIssue[] } | unknown) => {
    const parsed = FlowValidation.pick({ errors: true }).safeParse(
      outcome instanceof ApiError ? outcome.details : outcome,
    );
    if (parsed.success) setIssues(parsed.data.errors);
  };

  return { issues, report, checking: validate.isPending };
}
