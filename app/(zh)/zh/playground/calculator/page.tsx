import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('llm-calculator', 'zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="llm-calculator">
      <WidgetView id="llm-calculator">
        <LlmCalculatorRoute />
      </WidgetView>
    </PageMessages>
  );
}
