import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { AttentionExplorerRoute } from '@/components/widgets/attention-explorer/attention-explorer-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('attention-explorer', 'zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="attention-explorer">
      <WidgetView id="attention-explorer">
        <AttentionExplorerRoute />
      </WidgetView>
    </PageMessages>
  );
}
