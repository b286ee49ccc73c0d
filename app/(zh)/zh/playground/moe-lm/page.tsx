import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { MoeLmRoute } from '@/components/widgets/moe-lm/moe-lm-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('moe-lm', 'zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="moe-lm">
      <WidgetView id="moe-lm">
        <MoeLmRoute />
      </WidgetView>
    </PageMessages>
  );
}
