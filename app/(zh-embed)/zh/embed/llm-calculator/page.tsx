import { setRequestLocale } from '@/components/i18n/request-locale';
import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('llm-calculator', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <WidgetEmbedView id="llm-calculator">
      <LlmCalculatorRoute embed />
    </WidgetEmbedView>
  );
}
