'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { CALCULATOR_WIDGET } from '@/lib/widgets/llm-calculator/widget';
import { LlmCalculator } from './llm-calculator';

/** Reads the query string on the client (the page itself is static) and mounts the calculator. */
export function LlmCalculatorRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(CALCULATOR_WIDGET, embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <LlmCalculator key={revision} search={params} locked={locked} />
    </>
  );
}
