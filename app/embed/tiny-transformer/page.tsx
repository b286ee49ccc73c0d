import type { Metadata } from 'next';
import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { WidgetEmbed, widgetEmbedMetadata } from '@/components/widgets/shared/widget-embed';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('tiny-transformer');

export const metadata: Metadata = widgetEmbedMetadata(WIDGET);

export default function TinyTransformerEmbed() {
  return (
    <WidgetEmbed widget={WIDGET}>
      <TinyTransformerRoute embed />
    </WidgetEmbed>
  );
}
