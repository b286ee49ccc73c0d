import { parseRoutingParams, ROUTING_KNOBS, ROUTING_PRESETS, serializeRoutingParams, type RoutingParams } from './params';
import type { WidgetEntry } from '@/lib/widgets/entry';

/** The widget's registry line (lib/widgets/registry.ts lists it): a page imports only its own. */
export const ROUTING_WIDGET: WidgetEntry = {
  id: 'routing-lab',
  title: 'widgets.routing.title',
  lead: 'widgets.routing.lead',
  intro: 'routing.lead',
  page: '/playground/routing',
  embed: '/embed/routing-lab',
  ready: true,
  lessonEmbeddable: true,
  knobs: ROUTING_KNOBS,
  extraKeys: ['text'],
  extraLocks: ['preset', 'text', 'model'],
  presets: ROUTING_PRESETS,
  parse: parseRoutingParams,
  serialize: (p) => serializeRoutingParams(p as RoutingParams),
  trains: false,
};
