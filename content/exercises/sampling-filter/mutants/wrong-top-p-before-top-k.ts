// Applies top-p first and top-k second: a different set whenever both cut.
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
  return p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
}

function keepOnly(p: number[], kept: number[]): number[] {
  const mass = kept.reduce((a, i) => a + p[i], 0);
  const out = p.map(() => 0);
  for (const i of kept) out[i] = p[i] / mass;
  return out;
}

export function samplingDistribution(logits: number[], { temperature, topK, topP }: SamplingOptions): number[] {
  const p = softmax(logits.map((z) => z / temperature));
  const nucleus: number[] = [];
  let cumulative = 0;
  for (const i of ranked(p)) {
    nucleus.push(i);
    cumulative += p[i];
    if (cumulative >= topP - 1e-12) break;
  }
  const afterP = keepOnly(p, nucleus);
  return keepOnly(afterP, ranked(afterP).slice(0, topK));
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
