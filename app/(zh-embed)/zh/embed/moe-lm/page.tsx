import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { MoeLmRoute } from '@/components/widgets/moe-lm/moe-lm-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('moe-lm', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="moe-lm">
      <WidgetEmbedView id="moe-lm">
        <MoeLmRoute embed />
      </WidgetEmbedView>
    </PageMessages>
  );
}
