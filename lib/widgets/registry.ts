import type { MessageKey } from '@/lib/i18n';

/** Every live widget: its id (embed contract), full page, embed route and whether it is built yet. */
export const WIDGETS: ReadonlyArray<{ id: string; page: string; embed: string; title: MessageKey; lead: MessageKey; ready: boolean }> = [
  { id: 'moe-playground', page: '/playground/moe', embed: '/embed/moe-playground', title: 'moe.title', lead: 'moe.lead', ready: true },
  { id: 'routing-lab', page: '/playground/routing', embed: '/embed/routing-lab', title: 'widgets.routing.title', lead: 'widgets.routing.lead', ready: true },
  { id: 'attention-explorer', page: '/playground/attention', embed: '/embed/attention-explorer', title: 'widgets.attention.title', lead: 'widgets.attention.lead', ready: true },
  { id: 'tiny-transformer', page: '/playground/transformer', embed: '/embed/tiny-transformer', title: 'widgets.transformer.title', lead: 'widgets.transformer.lead', ready: true },
  { id: 'ensemble-lab', page: '/playground/ensembles', embed: '/embed/ensemble-lab', title: 'widgets.ensembles.title', lead: 'widgets.ensembles.lead', ready: true },
];
