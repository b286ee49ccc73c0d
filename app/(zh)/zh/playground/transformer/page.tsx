import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('tiny-transformer', 'zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="tiny-transformer">
      <WidgetView id="tiny-transformer">
        <TinyTransformerRoute />
      </WidgetView>
    </PageMessages>
  );
}
