import type { PayoutRule } from '@contracts/publishers';
import { ListPanel } from '@web/components/list-panel';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';
import { Plus, Scale } from 'lucide-react';
import { useState } from 'react';
import { useDeletePayoutRule, usePayoutRules } from './api';
import { PayoutRuleDialog } from './payout-rule-dialog';

function describeTrigger(rule: PayoutRule) {
  if (rule.trigger === 'duration') return `Connected ≥ ${rule.minDurationSeconds} s`;
  return { incoming: 'Incoming', connected: 'Connected', converted: 'Converted' }[rule.trigger];
}

function describeCaps(rule: PayoutRule) {
  const caps = [
    rule.capDaily != null && `${rule.capDaily}/day`,
    rule.capMonthly != null && `${rule.capMonthly}/month`,
    rule.capTotal != null && `${rule.capTotal} total`,
  ].filter(Boolean);
  return caps.length ? caps.join(', ') : 'No cap';
}

function describeDuplicates(rule: PayoutRule) {
  if (rule.duplicateRule === 'never') return 'Never twice';
  if (rule.duplicateRule === 'after') return `Again after ${rule.duplicateSeconds} s`;
  return 'Pay all';
}

export function PayoutRulesCard({ publisherId, editable }: { publisherId: string; editable: boolean }) {
  const rules = usePayoutRules(publisherId);
  const deleteRule = useDeletePayoutRule(publisherId);
  const [editing, setEditing] = useState<PayoutRule | 'new' | null>(null);
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Payout rules</CardTitle>
          <CardDescription>
            Per campaign; campaigns without a rule pay the default payout on conversion.
          </CardDescription>
        </div>
        {editable && (
          <Button size="sm" onClick={() => setEditing('new')}>
            <Plus aria-hidden="true" />
            Set a rule
          </Button>
        )}
      </CardHeader>
      <ListPanel
        query={rules}
        empty={{
          icon: Scale,
          title: 'No payout rules',
          description: 'The publisher’s default payout applies.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Campaign</TableHead>
                <TableHead className="text-right">Payout</TableHead>
                <TableHead>Pays when</TableHead>
                <TableHead>Caps</TableHead>
                <TableHead>Duplicates</TableHead>
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((rule) => (
                <TableRow key={rule.id}>
                  <TableCell className="font-medium">{rule.campaignName}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {rule.revenueSharePercent != null
                      ? `${rule.revenueSharePercent}% of revenue`
                      : formatCents(rule.payoutCents)}
                  </TableCell>
                  <TableCell>{describeTrigger(rule)}</TableCell>
                  <TableCell>{describeCaps(rule)}</TableCell>
                  <TableCell>{describeDuplicates(rule)}</TableCell>
                  {editable && (
                    <RowActionsCell
                      label={rule.campaignName}
                      onEdit={() => setEditing(rule)}
                      onDelete={() => deleteRule.mutate(rule.id)}
                    />
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {editing && (
        <PayoutRuleDialog
          key={editing === 'new' ? 'new' : editing.id}
          publisherId={publisherId}
          rule={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
