import { CALCULATOR_KNOBS, parseCalculatorParams, serializeCalculatorParams, type CalculatorParams } from './params';
import type { WidgetEntry } from '@/lib/widgets/entry';

/** The widget's registry line (lib/widgets/registry.ts lists it): a page imports only its own. */
export const CALCULATOR_WIDGET: WidgetEntry = {
  id: 'llm-calculator',
  title: 'widgets.calculator.title',
  lead: 'widgets.calculator.lead',
  intro: 'calculator.lead',
  page: '/playground/calculator',
  embed: '/embed/llm-calculator',
  ready: true,
  lessonEmbeddable: true,
  knobs: CALCULATOR_KNOBS,
  extraKeys: [],
  extraLocks: [],
  presets: [],
  parse: parseCalculatorParams,
  serialize: (p) => serializeCalculatorParams(p as CalculatorParams),
  trains: false,
};
