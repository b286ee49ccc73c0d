import { AttentionExplorerRoute } from '@/components/widgets/attention-explorer/attention-explorer-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('attention-explorer', 'en');

export default function Page() {
  return (
    <WidgetView id="attention-explorer">
      <AttentionExplorerRoute />
    </WidgetView>
  );
}
