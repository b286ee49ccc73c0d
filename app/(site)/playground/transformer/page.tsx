import type { Metadata } from 'next';
import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { WidgetPage, widgetPageMetadata } from '@/components/widgets/shared/widget-page';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('tiny-transformer');

export const metadata: Metadata = widgetPageMetadata(WIDGET);

export default function TinyTransformerPage() {
  return (
    <WidgetPage widget={WIDGET}>
      <TinyTransformerRoute />
    </WidgetPage>
  );
}
