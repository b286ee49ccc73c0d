import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.calculator.title'), description: t('widgets.calculator.lead') };

export default function LlmCalculatorPage() {
  return (
    <div className="page page--wide">
      <PageIntro title={t('widgets.calculator.title')} lead={t('calculator.lead')}>
        <EmbedButton widget="llm-calculator" title={t('widgets.calculator.title')} />
      </PageIntro>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <LlmCalculatorRoute />
      </Suspense>
    </div>
  );
}
