import type { Metadata } from 'next';
import { RoutingLabRoute } from '@/components/widgets/routing-lab/routing-lab-route';
import { WidgetPage, widgetPageMetadata } from '@/components/widgets/shared/widget-page';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('routing-lab');

export const metadata: Metadata = widgetPageMetadata(WIDGET);

export default function RoutingLabPage() {
  return (
    <WidgetPage widget={WIDGET}>
      <RoutingLabRoute />
    </WidgetPage>
  );
}
