import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { RoutingLabRoute } from '@/components/widgets/routing-lab/routing-lab-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('routing-lab', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="routing-lab">
      <WidgetEmbedView id="routing-lab">
        <RoutingLabRoute embed />
      </WidgetEmbedView>
    </PageMessages>
  );
}
