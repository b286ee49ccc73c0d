import { EnsembleLabRoute } from '@/components/widgets/ensemble-lab/ensemble-lab-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('ensemble-lab', 'en');

export default function Page() {
  return (
    <WidgetView id="ensemble-lab">
      <EnsembleLabRoute />
    </WidgetView>
  );
}
