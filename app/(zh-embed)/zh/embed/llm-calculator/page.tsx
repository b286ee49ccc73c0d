import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('llm-calculator', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="llm-calculator">
      <WidgetEmbedView id="llm-calculator">
        <LlmCalculatorRoute embed />
      </WidgetEmbedView>
    </PageMessages>
  );
}
