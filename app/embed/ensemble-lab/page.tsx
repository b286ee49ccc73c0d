import type { Metadata } from 'next';
import { EnsembleLabRoute } from '@/components/widgets/ensemble-lab/ensemble-lab-route';
import { WidgetEmbed, widgetEmbedMetadata } from '@/components/widgets/shared/widget-embed';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('ensemble-lab');

export const metadata: Metadata = widgetEmbedMetadata(WIDGET);

export default function EnsembleLabEmbed() {
  return (
    <WidgetEmbed widget={WIDGET}>
      <EnsembleLabRoute embed />
    </WidgetEmbed>
  );
}
