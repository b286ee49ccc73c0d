import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('moe-playground', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="moe-playground">
      <WidgetEmbedView id="moe-playground">
        <MoePlaygroundRoute embed />
      </WidgetEmbedView>
    </PageMessages>
  );
}
