import { DATASET_NAMES } from '@/lib/data/datasets';
import type { Knob, KnobParams } from '@/lib/params/knobs';
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
export function reconcileMoe(values: MoeParams): { params: MoeParams; notices: string[] } {
  const params = { ...values };
  const notices: string[] = [];
  if (params.k > params.experts) {
    notices.push(`Top-K: ${params.k} is more than the ${params.experts} experts; using K = ${params.experts}.`);
    params.k = params.experts;
  }
  return { params, notices };
}

/** URL search params → validated playground parameters, run options and notices. */
export function parseMoeParams(search: URLSearchParams): { params: MoeParams; run: RunOptions; notices: string[] } {
  const model = parseKnobs(MOE_KNOBS, search);
  const { run, notices: runNotices } = parseRun(search);
  const { params, notices } = reconcileMoe(model.values);
  return { params, run, notices: [...model.notices, ...notices, ...runNotices] };
}

/** Playground parameters → the shortest URL query that reproduces them. */
export function serializeMoeParams(params: MoeParams): string {
  return serializeKnobs(MOE_KNOBS, params).toString();
}

/** Presets that each tell one story about routing. */
export const MOE_PRESETS: ReadonlyArray<{ id: string; label: string; story: string; values: Partial<MoeParams> }> = [
  {
    id: 'collapse',
    label: 'Router collapse (λ = 0)',
    story: 'With no balancing loss the router tends to send most points to a few experts; the others starve.',
    values: { experts: 8, k: 1, lambda: 0, capacity: 0, noise: false, renorm: false },
  },
  {
    id: 'balanced',
    label: 'Balanced (λ = 0.1)',
    story:
      'Router collapse with one change: the Switch balancing loss λ·N·Σ f·P at λ = 0.1 gives every expert its share. That is ten times Switch’s 0.01: in this toy the gate scales the class scores directly, which likely makes the task loss pull on the router harder than in a Transformer; 0.01 balances only partly here.',
    values: { experts: 8, k: 1, lambda: 0.1, capacity: 0, noise: false, renorm: false },
  },
  {
    id: 'switch',
    label: 'Switch (K = 1)',
    story:
      'Switch routes each token to one expert, scales its output by the gate value p (not renormalised) and caps each expert at 1.25 times its even share (capacity factor 1.25). λ = 0.1 as in Balanced: once the load evens out, few points are dropped; with λ = 0.01 the load stays uneven here and the cap turns away points from the busiest experts.',
    values: { experts: 8, k: 1, lambda: 0.1, capacity: 1.25, renorm: false },
  },
  {
    id: 'tight-capacity',
    label: 'Tight capacity (CF 1.0)',
    story: 'Each expert takes at most CF·tokens·K/N assignments; the rest are dropped and skip the layer.',
    values: { experts: 8, k: 2, lambda: 0.01, capacity: 1 },
  },
  {
    id: 'dense',
    label: 'Dense baseline',
    story: 'Every expert is active for every point (K = N): a dense softmax mixture, the ensemble-like extreme.',
    values: { experts: 4, k: 4, lambda: 0, capacity: 0, renorm: true },
  },
];
