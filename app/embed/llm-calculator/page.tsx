import type { Metadata } from 'next';
import { LlmCalculatorRoute } from '@/components/widgets/llm-calculator/llm-calculator-route';
import { WidgetEmbed, widgetEmbedMetadata } from '@/components/widgets/shared/widget-embed';
import { registeredWidget } from '@/lib/widgets/registry';

const WIDGET = registeredWidget('llm-calculator');

export const metadata: Metadata = widgetEmbedMetadata(WIDGET);

export default function LlmCalculatorEmbed() {
  return (
    <WidgetEmbed widget={WIDGET}>
      <LlmCalculatorRoute embed />
    </WidgetEmbed>
  );
}
