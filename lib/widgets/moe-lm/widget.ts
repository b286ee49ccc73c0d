import { LM_KNOBS, LM_PRESETS, parseLmParams, serializeLmParams, type LmParams } from './params';
import { RUN_KNOBS, type RunOptions } from '@/lib/params/run-knobs';
import { withRun, type WidgetEntry } from '@/lib/widgets/entry';

/** The widget's registry line (lib/widgets/registry.ts lists it): a page imports only its own. */
export const MOE_LM_WIDGET: WidgetEntry = {
  id: 'moe-lm',
  title: 'widgets.lm.title',
  lead: 'widgets.lm.lead',
  intro: 'widgets.lm.intro',
  page: '/playground/moe-lm',
  embed: '/embed/moe-lm',
  ready: true,
  lessonEmbeddable: true,
  knobs: LM_KNOBS,
  extraKeys: ['text', ...RUN_KNOBS.map((k) => k.key)],
  extraLocks: ['preset', 'text'],
  presets: LM_PRESETS,
  parse: (search, t) => {
    const { params, run, notices } = parseLmParams(search, t);
    return { params: { ...params, ...run }, notices };
  },
  serialize: (p) => withRun(serializeLmParams(p as LmParams), p as RunOptions),
  trains: true,
};
