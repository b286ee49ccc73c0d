import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('llm-calculator', 'en');

export default function Embed() {
  return (
    <WidgetEmbedView id="llm-calculator">
      <LlmCalculatorRoute embed />
    </WidgetEmbedView>
  );
}
