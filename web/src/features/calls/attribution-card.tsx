import type { Attribution } from '@contracts/calls';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import type { ReactNode } from 'react';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-3 py-1.5">
      <dt className="text-[13px] text-slate-500">{label}</dt>
      <dd className="min-w-0 truncate text-[13px] text-slate-900">{children ?? '—'}</dd>
    </div>
  );
}

function ExternalLink({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer" title={href} className="text-indigo-600 hover:underline">
      {href}
    </a>
  );
}

/** The website visit that held the dialed pool number: where the caller came from before calling. */
export function AttributionCard({ attribution }: { attribution: Attribution }) {
  const clickIds = Object.entries(attribution.clickIds);
  const geo = attribution.geo;
  const place = geo ? [geo.city, geo.region, geo.country].filter(Boolean).join(', ') : '';
  return (
    <Card data-testid="attribution">
      <CardHeader className="py-2.5">
        <div>
          <CardTitle>Attribution</CardTitle>
          <CardDescription>
            The website visit that was showing this number when the caller dialed.
          </CardDescription>
        </div>
      </CardHeader>
      <dl className="grid px-4 py-1.5 lg:grid-cols-2 lg:gap-x-8 [&>div]:border-b [&>div]:border-slate-100">
        <Row label="UTM source">{attribution.utmSource}</Row>
        <Row label="UTM medium">{attribution.utmMedium}</Row>
        <Row label="UTM campaign">{attribution.utmCampaign}</Row>
        <Row label="UTM term">{attribution.utmTerm}</Row>
        <Row label="UTM content">{attribution.utmContent}</Row>
        <Row label="Click ids">
          {clickIds.length > 0 ? (
            <span className="flex flex-wrap gap-1">
              {clickIds.map(([name, value]) => (
                <code
                  key={name}
                  title={value}
                  className="max-w-64 truncate rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                >
                  {name}={value}
                </code>
              ))}
            </span>
          ) : null}
        </Row>
        <Row label="Landing page">
          {attribution.landingPage ? <ExternalLink href={attribution.landingPage} /> : null}
        </Row>
        <Row label="Referrer">
          {attribution.referrer ? <ExternalLink href={attribution.referrer} /> : null}
        </Row>
        <Row label="Visitor location">{place || null}</Row>
      </dl>
    </Card>
  );
}
