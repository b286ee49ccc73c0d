import { RoutingLabRoute } from '@/components/widgets/routing-lab/routing-lab-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('routing-lab', 'en');

export default function Embed() {
  return (
    <WidgetEmbedView id="routing-lab">
      <RoutingLabRoute embed />
    </WidgetEmbedView>
  );
}
