import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** What the panel is opened with: a call to ask about, or nothing. */
export type AssistantRequest = { callId?: string };

type AssistantControls = {
  open: boolean;
  /** Bumped on every `openAssistant`, so the panel notices a new call even when already open. */
  request: AssistantRequest & { serial: number };
  openAssistant(request?: AssistantRequest): void;
  closeAssistant(): void;
};

const AssistantContext = createContext<AssistantControls | null>(null);

export function AssistantProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [request, setRequest] = useState<AssistantControls['request']>({ serial: 0 });
  const openAssistant = useCallback((next: AssistantRequest = {}) => {
    setRequest((current) => ({ ...next, serial: current.serial + 1 }));
    setOpen(true);
  }, []);
  const closeAssistant = useCallback(() => setOpen(false), []);
  const value = useMemo(
    () => ({ open, request, openAssistant, closeAssistant }),
    [open, request, openAssistant, closeAssistant],
  );
  return <AssistantContext.Provider value={value}>{children}</AssistantContext.Provider>;
}

export function useAssistant(): AssistantControls {
  const controls = useContext(AssistantContext);
  if (!controls) throw new Error('useAssistant needs an AssistantProvider (the app shell has one)');
  return controls;
}
