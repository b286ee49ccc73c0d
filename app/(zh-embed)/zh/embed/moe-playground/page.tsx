import { setRequestLocale } from '@/components/i18n/request-locale';
import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('moe-playground', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <WidgetEmbedView id="moe-playground">
      <MoePlaygroundRoute embed />
    </WidgetEmbedView>
  );
}
