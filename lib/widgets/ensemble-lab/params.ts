import { COMBINERS, ENSEMBLE_METHODS, MAX_MEMBERS, type EnsembleMethod } from '@/lib/widgets/ensemble-lab/options';
import { DATASET_NAMES } from '@/lib/data/datasets';
import { t as english, type MessageKey } from '@/lib/i18n';
import type { Translate } from '@/lib/widgets/entry';
import type { Knob, KnobParams } from '@/lib/params/knobs';
import { parseKnobs, serializeKnobs, seedKnob } from '@/lib/params/knobs';

/** Every knob of the Ensembles Lab; URL names are part of the embed contract. */
export const ENSEMBLE_KNOBS = [
  { kind: 'enum', key: 'dataset', label: 'Dataset', labelKey: 'knob.dataset', options: DATASET_NAMES, default: 'moons' },
  { kind: 'number', key: 'noise', label: 'Data noise σ', labelKey: 'knob.dataNoise', min: 0, max: 0.5, default: 0.25, scale: 'linear', step: 0.05 },
  { kind: 'enum', key: 'method', label: 'Method', labelKey: 'knob.method', options: ENSEMBLE_METHODS, default: 'bagging' },
  { kind: 'int', key: 'members', label: 'Members M', labelKey: 'knob.members', min: 1, max: MAX_MEMBERS, default: 9 },
  { kind: 'enum', key: 'combiner', label: 'Combiner', labelKey: 'knob.combiner', options: COMBINERS, default: 'soft' },
  { kind: 'int', key: 'hidden', label: 'MLP hidden size', labelKey: 'knob.mlpHidden', min: 2, max: 32, default: 8 },
  { kind: 'int', key: 'depth', label: 'Tree depth (boosting)', labelKey: 'knob.treeDepth', min: 1, max: 3, default: 1 },
  { kind: 'int', key: 'experts', label: 'Experts N (MoE vs ensemble)', labelKey: 'knob.expertsVsEnsemble', min: 2, max: 8, default: 4 },
  { kind: 'int', key: 'k', label: 'Top-K (MoE)', labelKey: 'knob.topKMoe', min: 1, max: 8, default: 1 },
  seedKnob('Seed'),
] as const satisfies readonly Knob[];

/** The lab's parameters, as its knob table declares them. */
export type EnsembleParams = KnobParams<typeof ENSEMBLE_KNOBS>;

/**
 * The knobs that only some methods use, declared once: the controls disable a knob the chosen
 * method ignores and show the reason. Every knob not listed here matters for both methods (the
 * MLP hidden size too: it sizes the bagged members and the MoE's experts in the comparison).
 */
export const METHOD_KNOBS: Partial<Record<keyof EnsembleParams, { methods: readonly EnsembleMethod[]; reason: MessageKey }>> = {
  depth: { methods: ['boosting'], reason: 'ens.reason.depth' },
};

/** Whether `key` changes anything under `method`, and if not, why (the text shown under the disabled control). */
export function knobUse(key: keyof EnsembleParams, method: EnsembleMethod, t: Translate = english): { used: true } | { used: false; reason: string } {
  const only = METHOD_KNOBS[key];
  return !only || only.methods.includes(method) ? { used: true } : { used: false, reason: t(only.reason) };
}

/** Enforces K ≤ N, with a notice when K changes. */
export function reconcileEnsemble(values: EnsembleParams, t: Translate = english): { params: EnsembleParams; notices: string[] } {
  const params = { ...values };
  const notices: string[] = [];
  if (params.k > params.experts) {
    notices.push(t('ens.notice.k', { k: params.k, n: params.experts }));
    params.k = params.experts;
  }
  return { params, notices };
}

/** URL search params → validated lab parameters and notices (bad values are clamped or defaulted). */
export function parseEnsembleParams(search: URLSearchParams, t: Translate = english): { params: EnsembleParams; notices: string[] } {
  const parsed = parseKnobs(ENSEMBLE_KNOBS, search, t);
  const { params, notices } = reconcileEnsemble(parsed.values, t);
  return { params, notices: [...parsed.notices, ...notices] };
}

/** Lab parameters → the shortest URL query that reproduces them. */
export function serializeEnsembleParams(params: EnsembleParams): string {
  return serializeKnobs(ENSEMBLE_KNOBS, params).toString();
}

/** The knobs that change what the worker trains (members and combiner only change the view). */
export const ENSEMBLE_TRAIN_KEYS = ['dataset', 'hidden', 'depth', 'noise', 'seed', 'experts', 'k'] as const;
export type EnsembleTrainParams = Pick<EnsembleParams, (typeof ENSEMBLE_TRAIN_KEYS)[number]>;

/** The part of the parameters that the worker trains on. */
export function ensembleTrainConfig(p: EnsembleParams): EnsembleTrainParams {
  return { dataset: p.dataset, hidden: p.hidden, depth: p.depth, noise: p.noise, seed: p.seed, experts: p.experts, k: p.k };
}
