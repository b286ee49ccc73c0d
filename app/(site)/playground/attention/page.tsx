import type { Metadata } from 'next';
import { AttentionExplorerRoute } from '@/components/widgets/attention-explorer/attention-explorer-route';
import { WidgetPage, widgetPageMetadata } from '@/components/widgets/shared/widget-page';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('attention-explorer');

export const metadata: Metadata = widgetPageMetadata(WIDGET);

export default function AttentionExplorerPage() {
  return (
    <WidgetPage widget={WIDGET}>
      <AttentionExplorerRoute />
    </WidgetPage>
  );
}
