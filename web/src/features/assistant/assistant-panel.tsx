import { Alert } from '@web/components/ui/alert';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import { Textarea } from '@web/components/ui/textarea';
import { MessageCirclePlus, PhoneCall, Send, X } from 'lucide-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useAssistantStatus, useConversations } from './api';
import { useAssistant } from './assistant-context';
import { ChatMessageView } from './chat-message';
import { useAssistantChat } from './use-assistant-chat';

const SUGGESTIONS = [
  'How do I set up RTB?',
  'Why would a call go to the fallback?',
  'How do I add call tracking to my website?',
];
const CALL_QUESTION = 'Why did this call go where it went?';

function Welcome({ onAsk, onOpen }: { onAsk: (question: string) => void; onOpen: (id: string) => void }) {
  const conversations = useConversations();
  return (
    <div className="grid gap-4 text-[13px] text-slate-600">
      <p>
        Ask anything about CallCenter Pro in your own words. Answers come from the{' '}
        <Link href="~/help" className="text-indigo-600 hover:underline">
          help pages
        </Link>{' '}
        and, on a call's page, from that call's routing decisions.
      </p>
      <div className="grid gap-1.5">
        {SUGGESTIONS.map((question) => (
          <button
            key={question}
            type="button"
            onClick={() => onAsk(question)}
            className="rounded-md border border-slate-200 px-3 py-1.5 text-left hover:border-indigo-300 hover:bg-indigo-50"
          >
            {question}
          </button>
        ))}
      </div>
      {!!conversations.data?.length && (
        <div>
          <p className="mb-1 text-xs font-medium text-slate-500">Recent conversations</p>
          <ul className="grid gap-0.5">
            {conversations.data.slice(0, 8).map((conversation) => (
              <li key={conversation.id}>
                <button
                  type="button"
                  onClick={() => onOpen(conversation.id)}
                  className="w-full truncate rounded px-2 py-1 text-left hover:bg-slate-100"
                >
                  {conversation.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The assistant's side panel: open over any page, so the page stays readable beside the answer. */
export function AssistantPanel() {
  const { open, request, closeAssistant } = useAssistant();
  const chat = useAssistantChat();
  const status = useAssistantStatus(open);
  const [draft, setDraft] = useState('');
  const bottom = useRef<HTMLDivElement>(null);
  const { startOver, askAbout } = chat;

  // "Ask about this call": a fresh conversation about that call, asked straight away.
  useEffect(() => {
    if (!request.callId) return;
    startOver({ callId: request.callId });
    askAbout(CALL_QUESTION, { callId: request.callId });
  }, [request, startOver, askAbout]);

  const lastContent = chat.messages.at(-1)?.content;
  useEffect(() => {
    if (lastContent !== undefined) bottom.current?.scrollIntoView({ block: 'end' });
  }, [lastContent]);

  if (!open) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const question = draft.trim();
    if (!question || chat.asking) return;
    setDraft('');
    chat.ask(question);
  };

  return (
    <aside
      aria-label="Help assistant"
      onKeyDown={(event) => {
        if (event.key === 'Escape') closeAssistant();
      }}
      className="fixed inset-y-0 right-0 z-40 flex w-full max-w-md flex-col border-l border-slate-200 bg-slate-50 shadow-xl"
    >
      <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3">
        <h2 className="text-sm font-semibold text-slate-900">Assistant</h2>
        {status.data?.mode === 'offline' && (
          <Badge variant="warning" title="Answers come from a search of the help pages">
            Offline
          </Badge>
        )}
        <div className="ml-auto flex items-center gap-1">
          <Button variant="ghost" size="icon" aria-label="New conversation" onClick={() => startOver()}>
            <MessageCirclePlus aria-hidden="true" />
          </Button>
          <Button variant="ghost" size="icon" aria-label="Close the assistant" onClick={closeAssistant}>
            <X aria-hidden="true" />
          </Button>
        </div>
      </header>
      <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-3">
        {chat.messages.length === 0 ? (
          <Welcome onAsk={(question) => chat.ask(question)} onOpen={chat.open} />
        ) : (
          chat.messages.map((message) => (
            <ChatMessageView
              key={message.id}
              message={message}
              onRate={(rating) => chat.rate(message.id, rating)}
            />
          ))
        )}
        {chat.error && <Alert variant="error">{chat.error}</Alert>}
        <div ref={bottom} />
      </div>
      <form onSubmit={submit} className="shrink-0 border-t border-slate-200 bg-white p-3">
        {chat.callId && (
          <div className="mb-2 flex items-center gap-1.5 text-xs text-slate-600">
            <PhoneCall className="size-3.5" aria-hidden="true" />
            About call <code className="font-mono">{chat.callId}</code>
            <Button
              variant="ghost"
              size="icon"
              className="size-5"
              aria-label="Stop asking about this call"
              onClick={() => chat.setCallId(undefined)}
            >
              <X className="size-3" aria-hidden="true" />
            </Button>
          </div>
        )}
        <div className="flex items-end gap-2">
          <Textarea
            aria-label="Your question"
            placeholder="Ask a question…"
            rows={2}
            maxLength={2000}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) submit(event);
            }}
          />
          <Button type="submit" size="icon" aria-label="Ask" disabled={chat.asking || !draft.trim()}>
            <Send aria-hidden="true" />
          </Button>
        </div>
      </form>
    </aside>
  );
}
