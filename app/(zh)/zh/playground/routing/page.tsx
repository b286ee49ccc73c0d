import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { RoutingLabRoute } from '@/components/widgets/routing-lab/routing-lab-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('routing-lab', 'zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="routing-lab">
      <WidgetView id="routing-lab">
        <RoutingLabRoute />
      </WidgetView>
    </PageMessages>
  );
}
