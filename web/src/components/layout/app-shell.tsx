import { AssistantProvider } from '@web/features/assistant/assistant-context';
import { AssistantPanel } from '@web/features/assistant/assistant-panel';
import type { ReactNode } from 'react';
import { Sidebar } from './sidebar';
import { TopBar } from './top-bar';

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <AssistantProvider>
      <div className="flex h-screen overflow-hidden">
        <Sidebar />
        <div className="flex min-w-0 flex-1 flex-col">
          <TopBar />
          <main className="flex-1 overflow-y-auto">
            <div className="mx-auto w-full max-w-7xl px-4 py-5 md:px-6">{children}</div>
          </main>
        </div>
        <AssistantPanel />
      </div>
    </AssistantProvider>
  );
}
