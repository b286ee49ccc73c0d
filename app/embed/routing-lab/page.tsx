import type { Metadata } from 'next';
import { RoutingLabRoute } from '@/components/widgets/routing-lab/routing-lab-route';
import { WidgetEmbed, widgetEmbedMetadata } from '@/components/widgets/shared/widget-embed';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('routing-lab');

export const metadata: Metadata = widgetEmbedMetadata(WIDGET);

export default function RoutingLabEmbed() {
  return (
    <WidgetEmbed widget={WIDGET}>
      <RoutingLabRoute embed />
    </WidgetEmbed>
  );
}
