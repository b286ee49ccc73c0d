import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('tiny-transformer', 'en');

export default function Embed() {
  return (
    <WidgetEmbedView id="tiny-transformer">
      <TinyTransformerRoute embed />
    </WidgetEmbedView>
  );
}
