import type { InboundRtbConfig, InboundRtbSettings, StaleBid } from '@contracts/inbound-rtb';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { CopyButton } from '@web/components/ui/copy-button';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { Spinner } from '@web/components/ui/spinner';
import { Switch } from '@web/components/ui/switch';
import { describeError } from '@web/lib/api-client';
import { centsToDollars, dollarsToCents } from '@web/lib/format';
import { useState } from 'react';
import { useInboundRtb, useSaveInboundRtb } from './api';
import { InboundPingsTable } from './inbound-pings-table';
import { TagRuleRows } from './tag-rule-rows';

const staleOptions = [
  {
    value: 'route_no_pay',
    label: 'Route, do not pay',
    description: 'The call is routed; the publisher earns nothing',
  },
  { value: 'route_and_pay', label: 'Route and pay', description: 'The expired bid is still honoured' },
  { value: 'reject', label: 'Reject the call', description: 'The caller hears a rejection' },
] as const satisfies readonly { value: StaleBid; label: string; description: string }[];

const periodOptions = [
  { value: '60', label: 'per minute' },
  { value: '3600', label: 'per hour' },
  { value: '86400', label: 'per day' },
] as const;

function SettingsForm({
  campaignId,
  config,
  editable,
}: {
  campaignId: string;
  config: InboundRtbConfig;
  editable: boolean;
}) {
  const save = useSaveInboundRtb(campaignId);
  const [draft, setDraft] = useState<InboundRtbSettings>(config);
  const [maxRequests, setMaxRequests] = useState(String(config.rateLimit?.maxRequests ?? ''));
  const [period, setPeriod] = useState(String(config.rateLimit?.perSeconds ?? 60));
  const [maxBid, setMaxBid] = useState(config.maxBidCents == null ? '' : centsToDollars(config.maxBidCents));
  const set = (patch: Partial<InboundRtbSettings>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = () =>
    save.mutate({
      ...draft,
      rateLimit: maxRequests.trim()
        ? { maxRequests: Number(maxRequests), perSeconds: Number(period) as 60 | 3600 | 86400 }
        : null,
      maxBidCents: maxBid.trim() ? (dollarsToCents(maxBid) ?? -1) : null,
      tagFilters: draft.tagFilters.map((f) => ({ ...f, values: f.values.filter(Boolean) })),
      bidAdjustments: draft.bidAdjustments.map((a) => ({ ...a, values: a.values.filter(Boolean) })),
    });
  const disabled = !editable;
  return (
    <div className="grid gap-5 p-4">
      <div className="flex items-center gap-2">
        <Switch
          id="caller-id-required"
          checked={draft.callerIdRequired}
          disabled={disabled}
          onCheckedChange={(checked) => set({ callerIdRequired: checked })}
        />
        <Label htmlFor="caller-id-required">Caller id required (pings without one are rejected, 1100)</Label>
      </div>
      <div className="grid items-start gap-4 sm:grid-cols-4">
        <FormField label="Rate limit (pings)" hint="Blank: no limit.">
          <Input
            inputMode="numeric"
            value={maxRequests}
            disabled={disabled}
            onChange={(e) => setMaxRequests(e.target.value)}
          />
        </FormField>
        <FormField label="Per">
          <OptionSelect
            value={period as '60'}
            options={periodOptions}
            disabled={disabled}
            onChange={setPeriod}
          />
        </FormField>
        <FormField label="Bid expires after (s)">
          <Input
            inputMode="numeric"
            value={String(draft.bidExpireSeconds)}
            disabled={disabled}
            onChange={(e) => set({ bidExpireSeconds: Number(e.target.value) || 0 })}
          />
        </FormField>
        <FormField label="Maximum bid ($)" hint="Blank: no maximum.">
          <Input
            inputMode="decimal"
            value={maxBid}
            disabled={disabled}
            onChange={(e) => setMaxBid(e.target.value)}
          />
        </FormField>
      </div>
      <FormField label="A call after its bid expired">
        <OptionSelect
          value={draft.staleBid}
          options={staleOptions}
          disabled={disabled}
          onChange={(staleBid) => set({ staleBid })}
        />
      </FormField>
      <div className="grid gap-2">
        <h3 className="text-[13px] font-medium text-slate-700">Tag filters (all must match, else 1005)</h3>
        <TagRuleRows
          rows={draft.tagFilters}
          onChange={(tagFilters) => set({ tagFilters })}
          blank={{ tag: '', operator: 'equals', values: [] }}
          disabled={disabled}
          label="Add filter"
        />
      </div>
      <div className="grid gap-2">
        <h3 className="text-[13px] font-medium text-slate-700">
          Bid adjustments (in order, where the tags match)
        </h3>
        <TagRuleRows
          rows={draft.bidAdjustments}
          onChange={(bidAdjustments) => set({ bidAdjustments })}
          blank={{ tag: '', operator: 'equals', values: [], action: 'add', amount: 0 }}
          adjustments
          disabled={disabled}
          label="Add adjustment"
        />
      </div>
      {save.isError && <Alert variant="error">{describeError(save.error)}</Alert>}
      {save.isSuccess && !save.isPending && <Alert variant="info">Saved.</Alert>}
      {editable && (
        <Button className="justify-self-start" disabled={save.isPending} onClick={submit}>
          Save inbound RTB settings
        </Button>
      )}
    </div>
  );
}

/** A campaign's answers to publishers' pings: the URL to give them, the rules, and the ping log. */
export function InboundRtbPanel({ campaignId, editable }: { campaignId: string; editable: boolean }) {
  const config = useInboundRtb(campaignId);
  if (config.isPending) return <Spinner />;
  if (config.isError) return <Alert variant="error">{describeError(config.error)}</Alert>;
  const url = `${window.location.origin}${config.data.pingPath}`;
  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader>
          <div>
            <CardTitle>Ping URL</CardTitle>
            <CardDescription>
              Publishers GET or POST here before sending a call, with <code>CID</code>,{' '}
              <code>publisherId</code> and any tags. Answers in Ringba’s format.
            </CardDescription>
          </div>
        </CardHeader>
        <div className="flex items-center gap-2 p-4">
          <code
            data-testid="ping-url"
            className="min-w-0 flex-1 truncate rounded bg-slate-100 px-2 py-1 font-mono text-xs"
          >
            {url}
          </code>
          <CopyButton value={url} label="Copy URL" />
        </div>
      </Card>
      <Card>
        <CardHeader>
          <div>
            <CardTitle>Rules</CardTitle>
            <CardDescription>Rate limit, bid expiry, tag filters and bid adjustments.</CardDescription>
          </div>
        </CardHeader>
        <SettingsForm campaignId={campaignId} config={config.data} editable={editable} />
      </Card>
      <Card>
        <CardHeader>
          <div>
            <CardTitle>Latest pings</CardTitle>
            <CardDescription>Every ping, accepted or rejected, with the caller masked.</CardDescription>
          </div>
        </CardHeader>
        <InboundPingsTable campaignId={campaignId} />
      </Card>
    </div>
  );
}
