import { MoeLmRoute } from '@/components/widgets/moe-lm/moe-lm-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('moe-lm', 'en');

export default function Page() {
  return (
    <WidgetView id="moe-lm">
      <MoeLmRoute />
    </WidgetView>
  );
}
