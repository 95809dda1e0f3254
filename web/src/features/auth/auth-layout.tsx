import { Card } from '@web/components/ui/card';
import { Phone } from 'lucide-react';
import type { ReactNode } from 'react';

export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4 py-12">
      <div className="mb-6 flex items-center gap-2">
        <span className="flex size-8 items-center justify-center rounded-lg bg-indigo-600 text-white">
          <Phone className="size-4" aria-hidden="true" />
        </span>
        <span className="text-base font-semibold tracking-tight text-slate-900">CallCenter Pro</span>
      </div>
      <Card className="w-full max-w-sm p-6 shadow-sm">
        <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
        <p className="mt-1 mb-5 text-[13px] text-slate-500">{subtitle}</p>
        {children}
      </Card>
      <p className="mt-5 text-[13px] text-slate-600">{footer}</p>
    </main>
  );
}
