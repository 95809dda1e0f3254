import { cn } from '@web/lib/utils';
import { X } from 'lucide-react';
import { type ComponentProps, useState } from 'react';

type ChipInputProps = Omit<ComponentProps<'input'>, 'value' | 'onChange' | 'defaultValue'> & {
  value: string[];
  onChange: (value: string[]) => void;
  /** Applied to each entry before it is added, e.g. upper-casing state codes. */
  normalize?: (entry: string) => string;
};

const SEPARATOR = /[\s,;]+/;

/**
 * A list of short codes typed as text: a comma, space, Enter or leaving the field turns the text into chips,
 * so pasting "CA, NY, TX" works as well as typing. id and aria-* go to the text input for <FormField>.
 */
export function ChipInput({
  value,
  onChange,
  normalize = (entry) => entry,
  className,
  disabled,
  onBlur,
  ...inputProps
}: ChipInputProps) {
  const [draft, setDraft] = useState('');

  const add = (text: string) => {
    const entries = text
      .split(SEPARATOR)
      .map((entry) => normalize(entry.trim()))
      .filter(Boolean);
    if (entries.length > 0) onChange([...new Set([...value, ...entries])]);
  };

  const changeDraft = (text: string) => {
    const parts = text.split(SEPARATOR);
    if (parts.length === 1) return setDraft(text);
    // Everything before the last separator is complete; the rest is still being typed.
    add(parts.slice(0, -1).join(','));
    setDraft(parts.at(-1) ?? '');
  };

  return (
    <div
      className={cn(
        'flex min-h-9 w-full flex-wrap items-center gap-1 rounded-md border border-slate-300 bg-white px-1.5 py-1 shadow-xs transition-colors',
        'focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-500/25',
        'has-[input[aria-invalid=true]]:border-red-500',
        disabled && 'cursor-not-allowed bg-slate-50',
        className,
      )}
    >
      {value.map((entry) => (
        <span
          key={entry}
          className="inline-flex items-center gap-0.5 rounded bg-slate-100 py-0.5 pr-0.5 pl-1.5 font-mono text-xs font-medium text-slate-700 ring-1 ring-slate-200 ring-inset"
        >
          {entry}
          {!disabled && (
            <button
              type="button"
              onClick={() => onChange(value.filter((other) => other !== entry))}
              className="rounded p-0.5 text-slate-400 hover:bg-slate-200 hover:text-slate-700"
              aria-label={`Remove ${entry}`}
            >
              <X className="size-3" aria-hidden="true" />
            </button>
          )}
        </span>
      ))}
      <input
        {...inputProps}
        disabled={disabled}
        value={draft}
        onChange={(event) => changeDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            // Enter adds the entry; it must not submit the surrounding form.
            event.preventDefault();
            add(draft);
            setDraft('');
          } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
            onChange(value.slice(0, -1));
          }
        }}
        onBlur={(event) => {
          add(draft);
          setDraft('');
          onBlur?.(event);
        }}
        className="h-7 min-w-24 flex-1 bg-transparent px-1.5 text-sm text-slate-900 outline-none placeholder:text-slate-400 disabled:cursor-not-allowed"
      />
    </div>
  );
}
