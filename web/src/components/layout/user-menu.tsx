import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@web/components/ui/dropdown-menu';
import { useLogout } from '@web/features/auth/api';
import { useCurrentSession } from '@web/features/auth/current-session';
import { roleLabels } from '@web/features/auth/permissions';
import { ChevronDown, LogOut, Settings } from 'lucide-react';
import { useLocation } from 'wouter';

function initials(text: string): string {
  const words = text.split(/[\s@._-]+/).filter(Boolean);
  return (words.length > 1 ? `${words[0][0]}${words[1][0]}` : text.slice(0, 2)).toUpperCase();
}

export function UserMenu() {
  const { user } = useCurrentSession();
  const logout = useLogout();
  const [, navigate] = useLocation();
  const displayName = user.name ?? user.email;

  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="flex h-8 items-center gap-2 rounded-md px-1.5 text-[13px] text-slate-700 outline-none hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-indigo-500/60 data-[state=open]:bg-slate-100">
        <span
          aria-hidden="true"
          className="flex size-6 items-center justify-center rounded-full bg-indigo-100 text-[11px] font-semibold text-indigo-700"
        >
          {initials(displayName)}
        </span>
        <span className="max-w-56 truncate max-sm:sr-only">{displayName}</span>
        <ChevronDown className="size-3.5 text-slate-400" aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-60">
        <DropdownMenuLabel className="grid gap-0.5">
          {user.name && <span className="truncate text-sm font-medium text-slate-900">{user.name}</span>}
          <span className="truncate">{user.email}</span>
          <span className="text-slate-400">{roleLabels[user.role]}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {/* Agent and publisher users have their own single page and no settings. */}
        {user.role !== 'agent' && user.role !== 'publisher' && (
          <DropdownMenuItem onSelect={() => navigate('/settings')}>
            <Settings aria-hidden="true" />
            Settings
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={() => logout.mutate()}>
          <LogOut aria-hidden="true" />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
