import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('moe-playground', 'en');

export default function Embed() {
  return (
    <WidgetEmbedView id="moe-playground">
      <MoePlaygroundRoute embed />
    </WidgetEmbedView>
  );
}
