import { TASK_NAMES } from '@/lib/widgets/tiny-transformer/tasks';
import { t as english } from '@/lib/i18n';
import type { Knob, KnobParams, Translate } from '@/lib/params/knobs';
import { parseKnobs, serializeKnobs, seedKnob } from '@/lib/params/knobs';
import { parseRun, type RunOptions } from '@/lib/params/run-knobs';

/** Every knob of the Tiny Transformer; URL names are part of the embed contract. */
export const TFM_KNOBS = [
  { kind: 'enum', key: 'task', label: 'Task', labelKey: 'knob.task', options: TASK_NAMES, default: 'reverse' },
  { kind: 'int', key: 'length', label: 'Digits per sequence', labelKey: 'knob.digits', min: 3, max: 8, default: 6 },
  { kind: 'int', key: 'layers', label: 'Layers', labelKey: 'knob.layers', min: 1, max: 2, default: 1 },
  { kind: 'int', key: 'heads', label: 'Heads', labelKey: 'knob.heads', min: 1, max: 4, default: 2 },
  { kind: 'int', key: 'dModel', label: 'd_model', labelKey: 'knob.dModel', min: 8, max: 64, default: 32, step: 8 },
  { kind: 'number', key: 'lr', label: 'Learning rate', labelKey: 'knob.lr', min: 1e-4, max: 1, default: 0.01, scale: 'log' },
  seedKnob('Seed'),
] as const satisfies readonly Knob[];

/**
 * With the default knobs (reverse, 6 digits, 1 layer, 2 heads, d_model 32, lr 0.01, seed 1) the
 * model passes 90% token accuracy within this many steps (measured; e2e/tiny-transformer.spec.ts).
 */
export const REVERSE_STEPS_DOCUMENTED = 100;

/** The widget's parameters, as its knob table declares them. */
export type TfmParams = KnobParams<typeof TFM_KNOBS>;

const HEADS = TFM_KNOBS.find((k) => k.key === 'heads')!;

/** The head counts d_model allows (divisors of it within the Heads knob's range), ascending: the Heads control steps over these only. */
export function validHeads(dModel: number): number[] {
  const all = Array.from({ length: HEADS.max - HEADS.min + 1 }, (_, i) => HEADS.min + i);
  return all.filter((h) => dModel % h === 0);
}

/** Enforces the rules between knobs: d_model a multiple of 8, heads dividing d_model; notices say what changed. */
export function reconcileTfm(values: TfmParams, t: Translate = english): { params: TfmParams; notices: string[] } {
  const params = { ...values };
  const notices: string[] = [];
  if (params.dModel % 8 !== 0) {
    const next = Math.min(64, Math.max(8, Math.round(params.dModel / 8) * 8));
    notices.push(t('tfm.notice.dModel', { value: params.dModel, next }));
    params.dModel = next;
  }
  const allowed = validHeads(params.dModel);
  if (!allowed.includes(params.heads)) {
    // 3 heads cannot split a width that is a multiple of 8 but not of 3: fall to the next divisor below.
    const h = allowed.filter((a) => a < params.heads).pop() ?? allowed[0];
    notices.push(t('tfm.notice.heads', { heads: params.heads, dModel: params.dModel, next: h }));
    params.heads = h;
  }
  return { params, notices };
}

/** URL search params → validated parameters, run options and notices. */
export function parse(search: URLSearchParams, t: Translate = english): { params: TfmParams; run: RunOptions; notices: string[] } {
  const model = parseKnobs(TFM_KNOBS, search, t);
  const { run, notices: runNotices } = parseRun(search, t);
  const { params, notices } = reconcileTfm(model.values, t);
  return { params, run, notices: [...model.notices, ...notices, ...runNotices] };
}

/** Parameters → the shortest URL query that reproduces them. */
export function serialize(params: TfmParams): string {
  return serializeKnobs(TFM_KNOBS, params).toString();
}

export { parse as parseTfmParams, serialize as serializeTfmParams };
