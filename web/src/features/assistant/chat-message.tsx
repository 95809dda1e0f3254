import { helpSectionPath } from '@contracts/help';
import { Button } from '@web/components/ui/button';
import { Spinner } from '@web/components/ui/spinner';
import { Markdown } from '@web/features/help/markdown';
import { cn } from '@web/lib/utils';
import { ThumbsDown, ThumbsUp } from 'lucide-react';
import { Link } from 'wouter';
import type { ChatMessage } from './use-assistant-chat';

function Sources({ message }: { message: ChatMessage }) {
  // Offline answers already quote and link their passages in the text.
  if (message.mode !== 'online' || !message.sources.length) return null;
  return (
    <div className="mt-2 border-t border-slate-100 pt-2">
      <p className="text-[11px] font-medium text-slate-500">From the help pages</p>
      <ul className="mt-1 grid gap-0.5">
        {message.sources.map((source) => (
          <li key={`${source.slug}#${source.sectionId}`}>
            <Link
              href={`~${helpSectionPath(source.slug, source.sectionId || undefined)}`}
              className="text-xs text-indigo-600 hover:underline"
            >
              {source.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

const ratings = [
  { rating: 'up', label: 'Helpful', icon: ThumbsUp, pressedClass: 'text-emerald-600' },
  { rating: 'down', label: 'Not helpful', icon: ThumbsDown, pressedClass: 'text-red-600' },
] as const;

function Rating({
  message,
  onRate,
}: {
  message: ChatMessage;
  onRate: (rating: 'up' | 'down' | null) => void;
}) {
  return (
    <div className="mt-1 flex items-center gap-0.5">
      {ratings.map(({ rating, label, icon: Icon, pressedClass }) => {
        const pressed = message.feedback === rating;
        return (
          <Button
            key={rating}
            variant="ghost"
            size="icon"
            className={cn('size-6', pressed && pressedClass)}
            aria-label={label}
            aria-pressed={pressed}
            onClick={() => onRate(pressed ? null : rating)}
          >
            <Icon className="size-3.5" aria-hidden="true" />
          </Button>
        );
      })}
    </div>
  );
}

export function ChatMessageView({
  message,
  onRate,
}: {
  message: ChatMessage;
  onRate: (rating: 'up' | 'down' | null) => void;
}) {
  if (message.role === 'user') {
    return (
      <div className="ml-8 self-end rounded-lg bg-indigo-600 px-3 py-2 text-[13px] whitespace-pre-wrap text-white">
        {message.content}
      </div>
    );
  }
  return (
    <div
      className="mr-4 rounded-lg border border-slate-200 bg-white px-3 py-2"
      data-testid="assistant-answer"
    >
      {message.mode === 'offline' && (
        <p className="mb-1 text-[11px] font-medium tracking-wide text-amber-700 uppercase">Offline answer</p>
      )}
      {message.content ? (
        <Markdown source={message.content} />
      ) : (
        <Spinner label="Thinking…" className="py-2" />
      )}
      <Sources message={message} />
      {!message.pending && <Rating message={message} onRate={onRate} />}
    </div>
  );
}
