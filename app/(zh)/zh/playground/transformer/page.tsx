import { setRequestLocale } from '@/components/i18n/request-locale';
import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('tiny-transformer', 'zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <WidgetView id="tiny-transformer">
      <TinyTransformerRoute />
    </WidgetView>
  );
}
