import type { Metadata } from 'next';
import { MoeLmRoute } from '@/components/widgets/moe-lm/moe-lm-route';
import { WidgetEmbed, widgetEmbedMetadata } from '@/components/widgets/shared/widget-embed';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('moe-lm');

export const metadata: Metadata = widgetEmbedMetadata(WIDGET);

export default function MoeLmEmbed() {
  return (
    <WidgetEmbed widget={WIDGET}>
      <MoeLmRoute embed />
    </WidgetEmbed>
  );
}
