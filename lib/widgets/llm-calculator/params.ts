import { MODEL_CONFIG_IDS } from '@/lib/math';
import type { Knob, KnobParams, Translate } from '@/lib/params/knobs';
import { parseKnobs, serializeKnobs } from '@/lib/params/knobs';
import { GPU_IDS } from './gpus';

/** Bytes per element of each storage type the calculator offers. */
export const DTYPE_BYTES = { fp32: 4, bf16: 2, fp8: 1 } as const;

/** Every knob of the LLM calculator; URL names are part of the embed contract. */
export const CALCULATOR_KNOBS = [
  { kind: 'enum', key: 'model', label: 'Model', labelKey: 'knob.model', options: MODEL_CONFIG_IDS, default: 'mixtral-8x7b' },
  { kind: 'enum', key: 'attention', label: 'K/V heads', labelKey: 'knob.kvHeads', options: ['released', 'mha', 'mqa'], default: 'released' },
  { kind: 'int', key: 'context', label: 'Context (cached tokens per sequence)', labelKey: 'knob.contextCached', min: 1, max: 1_048_576, default: 4096 },
  { kind: 'int', key: 'batch', label: 'Batch (sequences decoded together)', labelKey: 'knob.batchDecoded', min: 1, max: 4096, default: 1 },
  { kind: 'enum', key: 'dtype', label: 'Weights and cache stored as', labelKey: 'knob.dtype', options: ['fp32', 'bf16', 'fp8'], default: 'bf16' },
  { kind: 'enum', key: 'adam', label: 'Adam training state', labelKey: 'knob.adam', options: ['mixed', 'fp32', 'bf16'], default: 'mixed' },
  { kind: 'number', key: 'train', label: 'Training tokens (trillions)', labelKey: 'knob.trainTokens', min: 0.1, max: 100, default: 2, scale: 'log' },
  { kind: 'enum', key: 'gpu', label: 'Accelerator (roofline)', labelKey: 'knob.gpu', options: GPU_IDS, default: 'h100-sxm' },
] as const satisfies readonly Knob[];

export type CalculatorParams = KnobParams<typeof CALCULATOR_KNOBS>;

/** The powers of two a slider steps through, plus the current value when a URL set another one. */
export function sliderValues(lo: number, hi: number, current: number): number[] {
  const values: number[] = [];
  for (let v = lo; v <= hi; v *= 2) values.push(v);
  return [...new Set([...values, current])].sort((a, b) => a - b);
}

/** URL search params → validated calculator parameters and notices (bad values clamped or defaulted). */
export function parseCalculatorParams(search: URLSearchParams, t?: Translate): { params: CalculatorParams; notices: string[] } {
  const { values, notices } = parseKnobs(CALCULATOR_KNOBS, search, t);
  return { params: values, notices };
}

/** Calculator parameters → the shortest URL query that reproduces them. */
export function serializeCalculatorParams(params: CalculatorParams): string {
  return serializeKnobs(CALCULATOR_KNOBS, params).toString();
}
