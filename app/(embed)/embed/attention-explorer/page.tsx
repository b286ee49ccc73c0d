import { AttentionExplorerRoute } from '@/components/widgets/attention-explorer/attention-explorer-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('attention-explorer', 'en');

export default function Embed() {
  return (
    <WidgetEmbedView id="attention-explorer">
      <AttentionExplorerRoute embed />
    </WidgetEmbedView>
  );
}
