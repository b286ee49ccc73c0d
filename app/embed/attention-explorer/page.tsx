import type { Metadata } from 'next';
import { AttentionExplorerRoute } from '@/components/widgets/attention-explorer/attention-explorer-route';
import { WidgetEmbed, widgetEmbedMetadata } from '@/components/widgets/shared/widget-embed';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('attention-explorer');

export const metadata: Metadata = widgetEmbedMetadata(WIDGET);

export default function AttentionExplorerEmbed() {
  return (
    <WidgetEmbed widget={WIDGET}>
      <AttentionExplorerRoute embed />
    </WidgetEmbed>
  );
}
