import type { ModelShape } from '@/lib/math';

/** The integer fields of a model shape the calculator lets a learner edit. */
export type CalculatorKey = 'layers' | 'dModel' | 'expertHidden' | 'experts' | 'sharedExperts' | 'topK' | 'vocab' | 'denseLayers' | 'denseHidden' | 'moeEvery';

/** Each editable field, declared once: it drives the inputs and their clamping. */
export const CALCULATOR_FIELDS: ReadonlyArray<{ key: CalculatorKey; min: number; max: number }> = [
  { key: 'layers', min: 1, max: 200 },
  { key: 'dModel', min: 1, max: 65_536 },
  { key: 'expertHidden', min: 1, max: 262_144 },
  { key: 'experts', min: 1, max: 4096 },
  { key: 'sharedExperts', min: 0, max: 64 },
  { key: 'topK', min: 1, max: 4096 },
  { key: 'vocab', min: 1, max: 1_000_000 },
  { key: 'denseLayers', min: 0, max: 200 },
  { key: 'denseHidden', min: 1, max: 262_144 },
  { key: 'moeEvery', min: 1, max: 8 },
];

/**
 * Sets one field from what the learner typed: rounded and clamped to its range, then the rules
 * between fields (K ≤ N, dense layers ≤ layers, cross-attention ≤ layers). Unparsable input
 * leaves the shape unchanged.
 */
export function editShape(shape: ModelShape, key: CalculatorKey, raw: string): ModelShape {
  const field = CALCULATOR_FIELDS.find((f) => f.key === key);
  const x = Number(raw);
  if (!field || raw.trim() === '' || !Number.isFinite(x)) return shape;
  const next = { ...shape, [key]: Math.min(field.max, Math.max(field.min, Math.round(x))) };
  next.topK = Math.min(next.topK, next.experts);
  next.denseLayers = Math.min(next.denseLayers, next.layers);
  next.crossAttentionLayers = Math.min(next.crossAttentionLayers, next.layers);
  return next;
}
