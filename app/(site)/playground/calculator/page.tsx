import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('llm-calculator', 'en');

export default function Page() {
  return (
    <WidgetView id="llm-calculator">
      <LlmCalculatorRoute />
    </WidgetView>
  );
}
