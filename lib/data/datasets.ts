import { createRandom, type Random } from '@/lib/math';

/** The 2-D toy datasets, in menu order. */
export const DATASET_NAMES = ['spiral', 'circles', 'xor', 'moons', 'blobs'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** Gaussian noise (standard deviation, in data units) that keeps each dataset learnable but not trivial. */
export const DEFAULT_NOISE: Record<DatasetName, number> = { spiral: 0.03, circles: 0.05, xor: 0.05, moons: 0.06, blobs: 0.05 };

/** A labelled 2-D dataset: points lie in about [−1, 1]², labels are 0 … numClasses − 1. */
export interface Dataset {
  points: number[][];
  labels: number[];
  numClasses: number;
}

type Rng = Pick<Random, 'next' | 'normal'>;

type Sampler = (rng: Rng, label: number, i: number, count: number) => [number, number];

const TAU = 2 * Math.PI;

/** Point i of `count` on class `label`'s arm of a two-arm spiral (1.75 turns, radius ≤ 0.95). */
const spiral: Sampler = (_rng, label, i, count) => {
  const t = i / count;
  const r = 0.05 + 0.9 * t;
  const angle = 1.75 * TAU * t + label * Math.PI;
  return [r * Math.sin(angle), r * Math.cos(angle)];
};

/** Class 0 fills a disk of radius 0.45, class 1 a ring from 0.65 to 0.95. */
const circles: Sampler = (rng, label) => {
  const r = label === 0 ? 0.45 * Math.sqrt(rng.next()) : 0.65 + 0.3 * rng.next();
  const angle = TAU * rng.next();
  return [r * Math.cos(angle), r * Math.sin(angle)];
};

/** Class 0 in the quadrants where x·y > 0, class 1 where x·y < 0, kept 0.05 away from the axes. */
const xor: Sampler = (rng, label, i) => {
  const a = 0.05 + 0.9 * rng.next();
  const b = 0.05 + 0.9 * rng.next();
  // Alternate the quadrant pair within a class so both quadrants get equal shares.
  const sx = i % 2 === 0 ? 1 : -1;
  const sy = label === 0 ? sx : -sx;
  return [sx * a, sy * b];
};

/** scikit-learn's two moons, centred and scaled by 0.6 into about [−0.9, 0.9] × [−0.45, 0.45]. */
const moons: Sampler = (rng, label) => {
  const angle = Math.PI * rng.next();
  const [x, y] = label === 0 ? [Math.cos(angle), Math.sin(angle)] : [1 - Math.cos(angle), 0.5 - Math.sin(angle)];
  return [0.6 * (x - 0.5), 0.6 * (y - 0.25)];
};

/** Four Gaussian blobs (σ = 0.15) centred at (±0.5, ±0.5), one class each. */
const blobs: Sampler = (rng, label) => {
  const cx = label % 2 === 0 ? -0.5 : 0.5;
  const cy = label < 2 ? -0.5 : 0.5;
  return [cx + 0.15 * rng.normal(), cy + 0.15 * rng.normal()];
};

const SAMPLERS: Record<DatasetName, { sampler: Sampler; numClasses: number }> = {
  spiral: { sampler: spiral, numClasses: 2 },
  circles: { sampler: circles, numClasses: 2 },
  xor: { sampler: xor, numClasses: 2 },
  moons: { sampler: moons, numClasses: 2 },
  blobs: { sampler: blobs, numClasses: 4 },
};

/** Number of classes of a dataset (4-blob has 4, the others 2). */
export function datasetClasses(name: DatasetName): number {
  return SAMPLERS[name].numClasses;
}

/**
 * `n` points of dataset `name` with Gaussian noise of standard deviation `noise`, fully determined
 * by `seed`. Classes are balanced (sizes differ by at most one) and the order is shuffled, so
 * "token order" (which sets capacity priority) is random rather than grouped by class.
 */
export function makeDataset(name: DatasetName, options: { n: number; noise: number; seed: number }): Dataset {
  const { n, noise, seed } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!(noise >= 0)) throw new RangeError(`noise must be ≥ 0, got ${noise}`);
  const { sampler, numClasses } = SAMPLERS[name];
  const rng = createRandom(seed);
  const points: number[][] = [];
  const labels: number[] = [];
  for (let label = 0; label < numClasses; label++) {
    const count = Math.floor(n / numClasses) + (label < n % numClasses ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const [x, y] = sampler(rng, label, i, count);
      points.push([x + noise * rng.normal(), y + noise * rng.normal()]);
      labels.push(label);
    }
  }
  // Fisher–Yates with the same seeded stream.
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [points[i], points[j]] = [points[j], points[i]];
    [labels[i], labels[j]] = [labels[j], labels[i]];
  }
  return { points, labels, numClasses };
}

/** The training set of a run: the dataset, size, noise and seed of its config. */
export function datasetForConfig(config: { dataset: DatasetName; points: number; dataNoise?: number; seed: number }): Dataset {
  return makeDataset(config.dataset, { n: config.points, noise: config.dataNoise ?? DEFAULT_NOISE[config.dataset], seed: config.seed });
}

/** Centres of a size×size grid over [−1, 1]², row-major from row 0 at y = −1; [x0, y0, x1, y1, …]. */
export function gridPoints(size: number): Float32Array {
  const out = new Float32Array(size * size * 2);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const i = (row * size + col) * 2;
      out[i] = -1 + ((col + 0.5) * 2) / size;
      out[i + 1] = -1 + ((row + 0.5) * 2) / size;
    }
  }
  return out;
}
