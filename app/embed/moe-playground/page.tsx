import type { Metadata } from 'next';
import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { WidgetEmbed, widgetEmbedMetadata } from '@/components/widgets/shared/widget-embed';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('moe-playground');

export const metadata: Metadata = widgetEmbedMetadata(WIDGET);

export default function MoePlaygroundEmbed() {
  return (
    <WidgetEmbed widget={WIDGET}>
      <MoePlaygroundRoute embed />
    </WidgetEmbed>
  );
}
