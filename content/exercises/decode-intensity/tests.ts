import { matmulIntensity, rooflineTime } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

interface Config {
  batch: number;
  dIn: number;
  dOut: number;
  bytesPerElement: number;
  peakFlops: number;
  bandwidth: number;
}

function expected(c: Config) {
  const m = matmulIntensity(c.batch, c.dIn, c.dOut, c.bytesPerElement);
  const r = rooflineTime(m.flops, m.bytes, c.peakFlops, c.bandwidth);
  return { flops: m.flops, bytes: m.bytes, intensity: m.intensity, ridge: r.ridge, seconds: r.seconds, bound: r.bound };
}

// H100 SXM figures as the LLM calculator lists them (datasheet: 989 TFLOP/s dense bf16, 3.35 TB/s)
const h100 = { peakFlops: 989e12, bandwidth: 3.35e12 };
const cases: [Config, boolean, string][] = [
  [{ batch: 1, dIn: 4, dOut: 2, bytesPerElement: 2, peakFlops: 100, bandwidth: 10 }, false, 'a toy layer: count every byte by hand'],
  [{ batch: 1, dIn: 8192, dOut: 8192, bytesPerElement: 2, ...h100 }, false, 'batch 1 in bf16: about 1 FLOP per byte'],
  [{ batch: 64, dIn: 8192, dOut: 28672, bytesPerElement: 2, ...h100 }, true, 'batch 64: still below the ridge'],
  [{ batch: 4096, dIn: 8192, dOut: 8192, bytesPerElement: 2, ...h100 }, true, 'batch 4096 (prefill-sized): compute-bound'],
  [{ batch: 8, dIn: 4096, dOut: 14336, bytesPerElement: 1, ...h100 }, true, 'int8 weights and activations'],
  [{ batch: 3, dIn: 5, dOut: 7, bytesPerElement: 4, peakFlops: 50, bandwidth: 1000 }, true, 'a low ridge (0.05 FLOP/B): compute-bound at batch 3'],
];

export const tests: ExerciseTest[] = cases.map(([c, hidden, note]) => ({ call: 'decodeMatmul', args: [c], expected: expected(c), tolerance: 1e-9, hidden, note }));
