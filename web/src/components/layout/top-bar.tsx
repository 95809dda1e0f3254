import { Button } from '@web/components/ui/button';
import { Dialog, DialogContent, DialogTitle, DialogTrigger } from '@web/components/ui/dialog';
import { useAssistant } from '@web/features/assistant/assistant-context';
import { useCurrentSession } from '@web/features/auth/current-session';
import { Building, CircleHelp, Menu, MessageCircleQuestion } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { Brand, SidebarNav } from './sidebar';
import { UserMenu } from './user-menu';

function MobileNav() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open navigation">
          <Menu aria-hidden="true" />
        </Button>
      </DialogTrigger>
      <DialogContent
        hideClose
        aria-describedby={undefined}
        className="top-0 left-0 h-full max-h-none w-60 max-w-none translate-x-0 translate-y-0 gap-0 rounded-none border-0 bg-slate-900 p-0 data-[state=open]:animate-fade-in"
      >
        <DialogTitle className="sr-only">Navigation</DialogTitle>
        <div className="flex h-full flex-col">
          <Brand onNavigate={() => setOpen(false)} />
          <SidebarNav onNavigate={() => setOpen(false)} />
        </div>
      </DialogContent>
    </Dialog>
  );
}

function HelpButtons() {
  const { openAssistant } = useAssistant();
  return (
    <>
      <Button variant="ghost" size="sm" aria-label="Assistant" onClick={() => openAssistant()}>
        <MessageCircleQuestion aria-hidden="true" />
        <span className="hidden sm:inline">Assistant</span>
      </Button>
      <Button variant="ghost" size="icon" asChild>
        <Link href="/help" aria-label="Help pages" title="Help pages">
          <CircleHelp aria-hidden="true" />
        </Link>
      </Button>
    </>
  );
}

export function TopBar() {
  const { account } = useCurrentSession();
  return (
    <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3 md:px-5">
      <MobileNav />
      <div className="flex min-w-0 items-center gap-2 text-[13px] text-slate-600">
        <Building className="size-4 shrink-0 text-slate-400" aria-hidden="true" />
        <span className="truncate font-medium text-slate-800" title="Account">
          {account.name}
        </span>
      </div>
      <div className="ml-auto flex items-center gap-1">
        <HelpButtons />
        <UserMenu />
      </div>
    </header>
  );
}
