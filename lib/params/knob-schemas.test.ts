import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ensembleConfigSchema } from '@/lib/widgets/ensemble-lab/protocol';
import { trainConfigSchema } from '@/lib/widgets/moe-playground/protocol';
import { transformerConfigSchema } from '@/lib/widgets/tiny-transformer/protocol';
import { ENSEMBLE_KNOBS, ENSEMBLE_TRAIN_KEYS, parseEnsembleParams } from '@/lib/widgets/ensemble-lab/params';
import { knobSchema } from './knob-schema';
import { parseKnobs, type Knob } from './knobs';
import { MOE_KNOBS, parseMoeParams } from '@/lib/widgets/moe-playground/params';
import { parseTfmParams, TFM_KNOBS } from '@/lib/widgets/tiny-transformer/params';

// The worker's message schemas are built from the knob tables: at every knob's edges the worker
// accepts exactly what the URL parser lets through (a range lives in one place).
const cases: Array<[string, z.ZodType, readonly Knob[], Record<string, unknown>]> = [
  ['MoE Playground', trainConfigSchema, MOE_KNOBS, { ...parseMoeParams(new URLSearchParams('k=1')).params }],
  ['Tiny Transformer', transformerConfigSchema, TFM_KNOBS, { ...parseTfmParams(new URLSearchParams('heads=1')).params }],
  ['Ensembles Lab', ensembleConfigSchema, ENSEMBLE_KNOBS.filter((k) => (ENSEMBLE_TRAIN_KEYS as readonly string[]).includes(k.key)), { ...parseEnsembleParams(new URLSearchParams('k=1')).params }],
];

describe.each(cases)('%s worker schema', (_, schema, knobs, base) => {
  const accepts = (key: string, value: unknown) => schema.safeParse({ ...base, [key]: value }).success;

  it('accepts the defaults', () => expect(schema.safeParse(base).success).toBe(true));

  it.each(knobs.filter((k) => k.kind === 'int' || k.kind === 'number').map((k) => [k.key, k] as const))('%s: accepts min and max, refuses just outside', (key, knob) => {
    if (knob.kind !== 'int' && knob.kind !== 'number') return;
    const step = knob.kind === 'int' ? 1 : knob.min / 2;
    // K ≤ N and heads | d_model are rules between knobs, checked elsewhere: test K and heads at 1
    const other = key === 'k' || key === 'heads';
    expect(accepts(key, knob.min)).toBe(true);
    if (!other) expect(accepts(key, knob.max)).toBe(true);
    expect(accepts(key, knob.max + (knob.kind === 'int' ? 1 : knob.max))).toBe(false);
    if (!(knob.kind === 'number' && knob.zero) && knob.min - step >= (knob.kind === 'int' ? -1 : 0) && knob.min > 0) expect(accepts(key, knob.min - step)).toBe(false);
    // the URL parser clamps what the schema refuses to a value the schema accepts
    const clamped = parseKnobs([knob], new URLSearchParams(`${key}=${knob.max * 10 + 1}`)).values[key];
    expect(clamped).toBe(knob.max);
  });
});

describe('knobSchema', () => {
  it('MoE hidden is 2–32 and batch 8–256 in the worker as in the URL', () => {
    expect(accepts('hidden', 1)).toBe(false);
    expect(accepts('hidden', 2)).toBe(true);
    expect(accepts('hidden', 32)).toBe(true);
    expect(accepts('hidden', 64)).toBe(false);
    expect(accepts('batch', 4)).toBe(false);
    expect(accepts('batch', 8)).toBe(true);
  });

  it('a knob with an off value accepts 0 and its range only', () => {
    const lambda = knobSchema(MOE_KNOBS.find((k) => k.key === 'lambda')!);
    expect([0, 1e-4, 1, 5e-5, 2, -1].map((v) => lambda.safeParse(v).success)).toEqual([true, true, true, false, false, false]);
  });

  it('an enum accepts its options only, a bool booleans only', () => {
    const dataset = knobSchema(MOE_KNOBS[0]);
    expect(dataset.safeParse('spiral').success).toBe(true);
    expect(dataset.safeParse('nope').success).toBe(false);
    const noise = knobSchema(MOE_KNOBS.find((k) => k.key === 'noise')!);
    expect([true, false, 1, 'on'].map((v) => noise.safeParse(v).success)).toEqual([true, true, false, false]);
  });
});

const moeBase = parseMoeParams(new URLSearchParams('')).params;
function accepts(key: string, value: unknown): boolean {
  return trainConfigSchema.safeParse({ ...moeBase, [key]: value }).success;
}
