import { parseTfmParams, serializeTfmParams, TFM_KNOBS, type TfmParams } from './params';
import { RUN_KNOBS, type RunOptions } from '@/lib/params/run-knobs';
import { withRun, type WidgetEntry } from '@/lib/widgets/entry';

/** The widget's registry line (lib/widgets/registry.ts lists it): a page imports only its own. */
export const TFM_WIDGET: WidgetEntry = {
  id: 'tiny-transformer',
  title: 'widgets.transformer.title',
  lead: 'widgets.transformer.lead',
  intro: 'widgets.transformer.lead',
  page: '/playground/transformer',
  embed: '/embed/tiny-transformer',
  ready: true,
  lessonEmbeddable: true,
  knobs: TFM_KNOBS,
  extraKeys: RUN_KNOBS.map((k) => k.key),
  extraLocks: [],
  presets: [],
  parse: (search, t) => {
    const { params, run, notices } = parseTfmParams(search, t);
    return { params: { ...params, ...run }, notices };
  },
  serialize: (p) => withRun(serializeTfmParams(p as TfmParams), p as RunOptions),
  trains: true,
};
