import { ENSEMBLE_KNOBS, parseEnsembleParams, serializeEnsembleParams, type EnsembleParams } from './params';
import type { WidgetEntry } from '@/lib/widgets/entry';

/** The widget's registry line (lib/widgets/registry.ts lists it): a page imports only its own. */
export const ENSEMBLE_WIDGET: WidgetEntry = {
  id: 'ensemble-lab',
  title: 'widgets.ensembles.title',
  lead: 'widgets.ensembles.lead',
  intro: 'widgets.ensembles.lead',
  page: '/playground/ensembles',
  embed: '/embed/ensemble-lab',
  ready: true,
  lessonEmbeddable: true,
  knobs: ENSEMBLE_KNOBS,
  extraKeys: [],
  extraLocks: [],
  presets: [],
  parse: parseEnsembleParams,
  serialize: (p) => serializeEnsembleParams(p as EnsembleParams),
  trains: false,
};
