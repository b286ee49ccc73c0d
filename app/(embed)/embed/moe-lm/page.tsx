import { MoeLmRoute } from '@/components/widgets/moe-lm/moe-lm-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('moe-lm', 'en');

export default function Embed() {
  return (
    <WidgetEmbedView id="moe-lm">
      <MoeLmRoute embed />
    </WidgetEmbedView>
  );
}
