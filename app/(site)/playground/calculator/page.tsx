import type { Metadata } from 'next';
import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { WidgetPage, widgetPageMetadata } from '@/components/widgets/shared/widget-page';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('llm-calculator');

export const metadata: Metadata = widgetPageMetadata(WIDGET);

export default function LlmCalculatorPage() {
  return (
    <WidgetPage widget={WIDGET}>
      <LlmCalculatorRoute />
    </WidgetPage>
  );
}
