import type { Metadata } from 'next';
import { MoeLmRoute } from '@/components/widgets/moe-lm/moe-lm-route';
import { WidgetPage, widgetPageMetadata } from '@/components/widgets/shared/widget-page';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('moe-lm');

export const metadata: Metadata = widgetPageMetadata(WIDGET);

export default function MoeLmPage() {
  return (
    <WidgetPage widget={WIDGET}>
      <MoeLmRoute />
    </WidgetPage>
  );
}
