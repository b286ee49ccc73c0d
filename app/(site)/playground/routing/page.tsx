import { RoutingLabRoute } from '@/components/widgets/routing-lab/routing-lab-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('routing-lab', 'en');

export default function Page() {
  return (
    <WidgetView id="routing-lab">
      <RoutingLabRoute />
    </WidgetView>
  );
}
