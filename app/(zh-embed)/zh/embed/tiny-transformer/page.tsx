import { setRequestLocale } from '@/components/i18n/request-locale';
import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('tiny-transformer', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <WidgetEmbedView id="tiny-transformer">
      <TinyTransformerRoute embed />
    </WidgetEmbedView>
  );
}
