import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('moe-playground', 'zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="moe-playground">
      <WidgetView id="moe-playground">
        <MoePlaygroundRoute />
      </WidgetView>
    </PageMessages>
  );
}
