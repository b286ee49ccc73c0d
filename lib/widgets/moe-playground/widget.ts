import { MOE_KNOBS, MOE_PRESETS, parseMoeParams, serializeMoeParams, type MoeParams } from './params';
import { RUN_KNOBS, type RunOptions } from '@/lib/params/run-knobs';
import { withRun, type WidgetEntry } from '@/lib/widgets/entry';

/** The widget's registry line (lib/widgets/registry.ts lists it): a page imports only its own. */
export const MOE_WIDGET: WidgetEntry = {
  id: 'moe-playground',
  title: 'moe.title',
  lead: 'moe.lead',
  intro: 'moe.lead',
  page: '/playground/moe',
  embed: '/embed/moe-playground',
  ready: true,
  lessonEmbeddable: true,
  knobs: MOE_KNOBS,
  extraKeys: RUN_KNOBS.map((k) => k.key),
  extraLocks: ['preset'],
  presets: MOE_PRESETS,
  parse: (search, t) => {
    const { params, run, notices } = parseMoeParams(search, t);
    return { params: { ...params, ...run }, notices };
  },
  serialize: (p) => withRun(serializeMoeParams(p as MoeParams), p as RunOptions),
  trains: true,
};
