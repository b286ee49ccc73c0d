import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.calculator.title') };

export default function LlmCalculatorEmbed() {
  return (
    <EmbedFrame title={t('widgets.calculator.title')} href="/playground/calculator">
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <LlmCalculatorRoute embed />
      </Suspense>
    </EmbedFrame>
  );
}
