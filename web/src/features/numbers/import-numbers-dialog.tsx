import type { ImportNumbersResult } from '@contracts/numbers';
import { Alert } from '@web/components/ui/alert';
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
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { Textarea } from '@web/components/ui/textarea';
import { describeError } from '@web/lib/api-client';
import { FileUp } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { useImportNumbers } from './api';
import { CampaignSelect, useCampaignsLoadError } from './campaign-select';
import { WebhookUrlList } from './number-webhooks';

type Result = z.infer<typeof ImportNumbersResult>;

const EXAMPLE = 'phoneNumber,name\n(415) 555-0142,Google Ads\n+1 212 555 0199,Billboard';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What to set on each number at the carrier, before or after importing it. */
function WebhookBox() {
  return (
    <div className="grid gap-2 rounded-md border border-slate-200 bg-slate-50/70 p-3">
      <p className="text-[13px] text-slate-700">At your carrier, set each number’s webhooks to:</p>
      <WebhookUrlList />
    </div>
  );
}

/** Good lines are kept and bad ones reported by line, so the summary shows both. */
function ImportSummary({ result }: { result: Result }) {
  return (
    <div className="grid gap-3" data-testid="import-summary">
      <Alert variant={result.imported.length > 0 ? 'info' : 'warning'}>
        {plural(result.imported.length, 'number', 'numbers')} imported
        {result.errors.length > 0 && `; ${plural(result.errors.length, 'line was', 'lines were')} rejected`}.
      </Alert>
      {result.errors.length > 0 && (
        <div className="max-h-64 overflow-y-auto rounded-md border border-slate-200">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead className="w-14">Line</TableHead>
                <TableHead>Value</TableHead>
                <TableHead>Reason</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.errors.map((error) => (
                <TableRow key={`${error.line}-${error.value}`}>
                  <TableCell className="text-slate-500 tabular-nums">{error.line}</TableCell>
                  <TableCell className="max-w-40 truncate font-mono text-xs">{error.value || '—'}</TableCell>
                  <TableCell className="whitespace-normal text-red-700">{error.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}

export function ImportNumbersDialog({ onClose }: { onClose: () => void }) {
  const campaignsError = useCampaignsLoadError();
  const importNumbers = useImportNumbers();
  const [csv, setCsv] = useState('');
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [csvError, setCsvError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!csv.trim()) return setCsvError('Paste at least one number.');
    setCsvError(undefined);
    importNumbers.mutate({ csv, campaignId });
  };

  const startOver = () => {
    setCsv('');
    importNumbers.reset();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && !importNumbers.isPending && onClose()}>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>Import numbers</DialogTitle>
          <DialogDescription>
            Numbers you already own at your carrier. Point their webhooks at this platform so their calls are
            tracked and routed.
          </DialogDescription>
        </DialogHeader>
        {importNumbers.isSuccess ? (
          <>
            <ImportSummary result={importNumbers.data} />
            <WebhookBox />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={startOver}>
                Import more
              </Button>
              <Button type="button" onClick={onClose}>
                Done
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={submit} noValidate className="grid gap-4">
            {importNumbers.isError && <Alert variant="error">{describeError(importNumbers.error)}</Alert>}
            <WebhookBox />
            <FormField
              label="CSV"
              error={csvError}
              hint="One number per line, optionally followed by a comma and a name. A header line is fine."
            >
              <Textarea
                rows={8}
                className="font-mono text-xs"
                placeholder={EXAMPLE}
                spellCheck={false}
                value={csv}
                onChange={(event) => setCsv(event.target.value)}
              />
            </FormField>
            <FormField
              label="Campaign"
              hint="Optional: the campaign every imported number is assigned to."
              error={campaignsError}
            >
              <CampaignSelect value={campaignId} onChange={setCampaignId} />
            </FormField>
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose} disabled={importNumbers.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={importNumbers.isPending}>
                <FileUp aria-hidden="true" />
                Import
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
