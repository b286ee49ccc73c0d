import type { Metadata } from 'next';
import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { WidgetPage, widgetPageMetadata } from '@/components/widgets/shared/widget-page';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('moe-playground');

export const metadata: Metadata = widgetPageMetadata(WIDGET);

export default function MoePlaygroundPage() {
  return (
    <WidgetPage widget={WIDGET}>
      <MoePlaygroundRoute />
    </WidgetPage>
  );
}
