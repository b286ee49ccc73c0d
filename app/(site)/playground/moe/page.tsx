import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('moe-playground', 'en');

export default function Page() {
  return (
    <WidgetView id="moe-playground">
      <MoePlaygroundRoute />
    </WidgetView>
  );
}
