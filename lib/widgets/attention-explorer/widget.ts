import { ATTENTION_KNOBS, ATTENTION_PRESETS, parseAttentionParams, serializeAttentionParams, type AttentionParams } from './params';
import type { WidgetEntry } from '@/lib/widgets/entry';

/** The widget's registry line (lib/widgets/registry.ts lists it): a page imports only its own. */
export const ATTENTION_WIDGET: WidgetEntry = {
  id: 'attention-explorer',
  title: 'widgets.attention.title',
  lead: 'widgets.attention.lead',
  intro: 'attention.lead',
  page: '/playground/attention',
  embed: '/embed/attention-explorer',
  ready: true,
  lessonEmbeddable: true,
  knobs: ATTENTION_KNOBS,
  extraKeys: ['text'],
  extraLocks: ['preset', 'text'],
  presets: ATTENTION_PRESETS,
  parse: parseAttentionParams,
  serialize: (p) => serializeAttentionParams(p as AttentionParams),
  trains: false,
};
