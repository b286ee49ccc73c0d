import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('tiny-transformer', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="tiny-transformer">
      <WidgetEmbedView id="tiny-transformer">
        <TinyTransformerRoute embed />
      </WidgetEmbedView>
    </PageMessages>
  );
}
