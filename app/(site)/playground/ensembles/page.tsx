import type { Metadata } from 'next';
import { EnsembleLabRoute } from '@/components/widgets/ensemble-lab/ensemble-lab-route';
import { WidgetPage, widgetPageMetadata } from '@/components/widgets/shared/widget-page';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('ensemble-lab');

export const metadata: Metadata = widgetPageMetadata(WIDGET);

export default function EnsembleLabPage() {
  return (
    <WidgetPage widget={WIDGET}>
      <EnsembleLabRoute />
    </WidgetPage>
  );
}
