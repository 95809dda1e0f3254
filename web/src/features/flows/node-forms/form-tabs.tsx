import { Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import type { ReactNode } from 'react';

/** Basic holds what most flows set; Advanced the rest, so a new node reads simply. */
export function FormTabs({ basic, advanced }: { basic: ReactNode; advanced: ReactNode }) {
  return (
    <Tabs defaultValue="basic">
      <TabsList>
        <TabsTrigger value="basic">Basic</TabsTrigger>
        <TabsTrigger value="advanced">Advanced</TabsTrigger>
      </TabsList>
      <TabsContent value="basic" forceMount className="grid gap-3 data-[state=inactive]:hidden">
        {basic}
      </TabsContent>
      <TabsContent value="advanced" forceMount className="grid gap-3 data-[state=inactive]:hidden">
        {advanced}
      </TabsContent>
    </Tabs>
  );
}
