import { EnsembleLabRoute } from '@/components/widgets/ensemble-lab/ensemble-lab-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('ensemble-lab', 'en');

export default function Embed() {
  return (
    <WidgetEmbedView id="ensemble-lab">
      <EnsembleLabRoute embed />
    </WidgetEmbedView>
  );
}
