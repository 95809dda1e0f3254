import { NumberSearchQuery } from '@contracts/numbers';
import { Alert } from '@web/components/ui/alert';
import { Badge } from '@web/components/ui/badge';
import { Button } from '@web/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@web/components/ui/dialog';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeError } from '@web/lib/api-client';
import { Check, Search } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { useAvailableNumbers, useBuyNumber } from './api';
import { CampaignSelect, useCampaignsLoadError } from './campaign-select';

type NumberType = 'local' | 'toll_free';
type SearchQuery = z.output<typeof NumberSearchQuery>;

const typeOptions = [
  { value: 'local', label: 'Local' },
  { value: 'toll_free', label: 'Toll-free' },
] as const;

/** Search the provider's stock, then buy numbers one by one; the dialog stays open for more. */
export function BuyNumbersDialog({ onClose }: { onClose: () => void }) {
  const campaignsError = useCampaignsLoadError();
  const [areaCode, setAreaCode] = useState('');
  const [contains, setContains] = useState('');
  const [type, setType] = useState<NumberType>('local');
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [search, setSearch] = useState<SearchQuery | null>(null);
  const [bought, setBought] = useState<string[]>([]);
  const available = useAvailableNumbers(search);
  const buy = useBuyNumber();

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    const parsed = NumberSearchQuery.safeParse({
      areaCode: type === 'local' ? areaCode.trim() || undefined : undefined,
      contains: contains.trim() || undefined,
      type,
    });
    if (!parsed.success) {
      setFieldErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message])));
      return;
    }
    setFieldErrors({});
    buy.reset();
    // The same search again means "look again": stock changes as numbers are bought.
    if (JSON.stringify(parsed.data) === JSON.stringify(search)) available.refetch();
    else setSearch(parsed.data);
  };

  const buyNumber = (phoneNumber: string) =>
    buy.mutate(
      { phoneNumber, campaignId },
      { onSuccess: (number) => setBought((previous) => [...previous, number.phoneNumber]) },
    );

  return (
    <Dialog open onOpenChange={(open) => !open && !buy.isPending && onClose()}>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Buy numbers</DialogTitle>
          <DialogDescription>
            Search the numbers your provider has in stock. A bought number is ready for calls at once; put it
            in a pool or give it a campaign.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={submitSearch} noValidate className="flex flex-wrap items-start gap-3">
          <FormField label="Number type" className="w-32">
            <OptionSelect value={type} onChange={setType} options={typeOptions} />
          </FormField>
          <FormField label="Area code" className="w-28" error={fieldErrors.areaCode}>
            <Input
              inputMode="numeric"
              autoComplete="off"
              placeholder="415"
              maxLength={3}
              disabled={type === 'toll_free'}
              value={type === 'toll_free' ? '' : areaCode}
              onChange={(event) => setAreaCode(event.target.value)}
            />
          </FormField>
          <FormField label="Contains" className="w-36" error={fieldErrors.contains} hint="Digits; * is any">
            <Input
              autoComplete="off"
              placeholder="55"
              value={contains}
              onChange={(event) => setContains(event.target.value)}
            />
          </FormField>
          <Button type="submit" variant="outline" className="mt-[19px]" loading={available.isFetching}>
            <Search aria-hidden="true" />
            Search
          </Button>
        </form>
        <FormField
          label="Campaign"
          hint="Optional: numbers bought now go straight to this campaign. Leave empty for numbers meant for a pool."
          error={campaignsError}
        >
          <CampaignSelect value={campaignId} onChange={setCampaignId} />
        </FormField>
        {buy.isError && <Alert variant="error">{describeError(buy.error)}</Alert>}
        <SearchResults
          search={search}
          available={available}
          bought={bought}
          pendingNumber={buy.isPending ? buy.variables?.phoneNumber : undefined}
          onBuy={buyNumber}
        />
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onClose} disabled={buy.isPending}>
            {bought.length > 0 ? 'Done' : 'Cancel'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function SearchResults({
  search,
  available,
  bought,
  pendingNumber,
  onBuy,
}: {
  search: SearchQuery | null;
  available: ReturnType<typeof useAvailableNumbers>;
  bought: string[];
  pendingNumber: string | undefined;
  onBuy: (phoneNumber: string) => void;
}) {
  if (!search) return null;
  if (available.isPending) return <Spinner label="Searching…" />;
  if (available.isError) return <Alert variant="error">{describeError(available.error)}</Alert>;
  if (available.data.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-[13px] text-slate-500">
        No numbers match. Try another area code or fewer digits.
      </p>
    );
  }
  return (
    <div className="max-h-72 overflow-y-auto rounded-md border border-slate-200">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Number</TableHead>
            <TableHead>Location</TableHead>
            <TableHead className="w-24">
              <span className="sr-only">Buy</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {available.data.map((number) => (
            <TableRow key={number.phoneNumber}>
              <TableCell className="font-medium text-slate-900 tabular-nums">{number.friendlyName}</TableCell>
              <TableCell className="text-slate-500">
                {[number.locality, number.region].filter(Boolean).join(', ') || '—'}
              </TableCell>
              <TableCell className="text-right">
                {bought.includes(number.phoneNumber) ? (
                  <Badge variant="success">
                    <Check className="size-3" aria-hidden="true" />
                    Bought
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    loading={pendingNumber === number.phoneNumber}
                    disabled={pendingNumber !== undefined}
                    onClick={() => onBuy(number.phoneNumber)}
                  >
                    Buy
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
