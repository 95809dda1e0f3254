import { useCurrentSession } from '@web/features/auth/current-session';
import { cn } from '@web/lib/utils';
import { Phone } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { isActive, navItemsFor } from './nav-items';

export function Brand({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Link href="/" onClick={onNavigate} className="flex h-12 items-center gap-2 px-4 text-white">
      <span className="flex size-7 items-center justify-center rounded-md bg-indigo-500">
        <Phone className="size-3.5" aria-hidden="true" />
      </span>
      <span className="text-sm font-semibold tracking-tight">CallCenter Pro</span>
    </Link>
  );
}

export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  const [location] = useLocation();
  const { user } = useCurrentSession();
  return (
    <nav aria-label="Main" className="flex-1 overflow-y-auto px-2 py-3">
      <ul className="grid gap-0.5">
        {navItemsFor(user.role).map(({ label, href, icon: Icon }) => {
          const active = isActive(href, location);
          return (
            <li key={href}>
              <Link
                href={href}
                onClick={onNavigate}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'group flex h-8 items-center gap-2.5 rounded-md px-2.5 text-[13px] font-medium transition-colors',
                  active
                    ? 'bg-slate-800 text-white'
                    : 'text-slate-400 hover:bg-slate-800/60 hover:text-slate-100',
                )}
              >
                <Icon
                  className={cn(
                    'size-4 shrink-0',
                    active ? 'text-indigo-400' : 'text-slate-500 group-hover:text-slate-300',
                  )}
                  aria-hidden="true"
                />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function Sidebar() {
  return (
    <aside className="hidden w-56 shrink-0 flex-col border-r border-slate-800 bg-slate-900 md:flex">
      <Brand />
      <SidebarNav />
    </aside>
  );
}
