import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('tiny-transformer', 'en');

export default function Page() {
  return (
    <WidgetView id="tiny-transformer">
      <TinyTransformerRoute />
    </WidgetView>
  );
}
