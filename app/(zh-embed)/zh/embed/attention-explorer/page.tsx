import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { AttentionExplorerRoute } from '@/components/widgets/attention-explorer/attention-explorer-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('attention-explorer', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="attention-explorer">
      <WidgetEmbedView id="attention-explorer">
        <AttentionExplorerRoute embed />
      </WidgetEmbedView>
    </PageMessages>
  );
}
