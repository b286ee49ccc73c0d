import { DATASET_NAMES } from '@/lib/data/datasets';
import { t as english } from '@/lib/i18n';
import type { Knob, KnobParams, Translate } from '@/lib/params/knobs';
import { parseKnobs, serializeKnobs, seedKnob } from '@/lib/params/knobs';
import { parseRun, type RunOptions } from '@/lib/params/run-knobs';

/** Every knob of the MoE Playground: URL names are part of the embed contract (docs/embedding.md). */
export const MOE_KNOBS = [
  { kind: 'enum', key: 'dataset', label: 'Dataset', labelKey: 'knob.dataset', options: DATASET_NAMES, default: 'spiral' },
  { kind: 'int', key: 'experts', label: 'Experts N', labelKey: 'knob.experts', min: 1, max: 16, default: 8 },
  { kind: 'int', key: 'k', label: 'Top-K', labelKey: 'knob.topK', min: 1, max: 16, default: 2 },
  { kind: 'number', key: 'lambda', label: 'Balancing weight λ', labelKey: 'knob.lambda', min: 1e-4, max: 1, default: 0.01, scale: 'log', zero: true },
  { kind: 'number', key: 'capacity', label: 'Capacity factor', labelKey: 'knob.capacity', min: 0.5, max: 4, default: 0, scale: 'linear', zero: true, step: 0.25 },
  { kind: 'bool', key: 'noise', label: 'Noisy gating', labelKey: 'knob.noisyGating', default: false },
  { kind: 'bool', key: 'renorm', label: 'Renormalise top-K', labelKey: 'knob.renorm', default: true },
  { kind: 'number', key: 'zloss', label: 'Router z-loss weight', labelKey: 'knob.zloss', min: 1e-4, max: 0.1, default: 0, scale: 'log', zero: true },
  { kind: 'int', key: 'hidden', label: 'Expert hidden size', labelKey: 'knob.expertHidden', min: 2, max: 32, default: 16 },
  { kind: 'number', key: 'lr', label: 'Learning rate', labelKey: 'knob.lr', min: 1e-4, max: 10, default: 0.03, scale: 'log' },
  { kind: 'int', key: 'batch', label: 'Batch size', labelKey: 'knob.batchSize', min: 8, max: 256, default: 64 },
  seedKnob('Seed'),
] as const satisfies readonly Knob[];

/** The playground's parameters, as its knob table declares them. */
export type MoeParams = KnobParams<typeof MOE_KNOBS>;

/** Enforces rules between knobs (K ≤ N), with a notice when a value changes. */
export function reconcileMoe(values: MoeParams, t: Translate = english): { params: MoeParams; notices: string[] } {
  const params = { ...values };
  const notices: string[] = [];
  if (params.k > params.experts) {
    notices.push(t('moe.notice.k', { k: params.k, n: params.experts }));
    params.k = params.experts;
  }
  return { params, notices };
}

/** URL search params → validated playground parameters, run options and notices. */
export function parseMoeParams(search: URLSearchParams, t: Translate = english): { params: MoeParams; run: RunOptions; notices: string[] } {
  const model = parseKnobs(MOE_KNOBS, search, t);
  const { run, notices: runNotices } = parseRun(search, t);
  const { params, notices } = reconcileMoe(model.values, t);
  return { params, run, notices: [...model.notices, ...notices, ...runNotices] };
}

/** Playground parameters → the shortest URL query that reproduces them. */
export function serializeMoeParams(params: MoeParams): string {
  return serializeKnobs(MOE_KNOBS, params).toString();
}

export type MoePresetId = 'collapse' | 'balanced' | 'switch' | 'tight-capacity' | 'dense';

/** Presets that each tell one story about routing; their labels and stories live in the catalog (moe.preset.<id> and .story). */
export const MOE_PRESETS: ReadonlyArray<{ id: MoePresetId; values: Partial<MoeParams> }> = [
  {
    id: 'collapse',
    values: { experts: 8, k: 1, lambda: 0, capacity: 0, noise: false, renorm: false },
  },
  {
    id: 'balanced',
    values: { experts: 8, k: 1, lambda: 0.1, capacity: 0, noise: false, renorm: false },
  },
  {
    id: 'switch',
    values: { experts: 8, k: 1, lambda: 0.1, capacity: 1.25, renorm: false },
  },
  {
    id: 'tight-capacity',
    values: { experts: 8, k: 2, lambda: 0.01, capacity: 1 },
  },
  {
    id: 'dense',
    values: { experts: 4, k: 4, lambda: 0, capacity: 0, renorm: true },
  },
];
