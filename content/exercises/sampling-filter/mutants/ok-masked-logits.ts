// Correct, the way generate's logit processors do it: set filtered logits to −∞ and take a fresh softmax after each filter.
export interface SamplingOptions {
  temperature: number;
  topK: number;
  topP: number;
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => (v === -Infinity ? 0 : Math.exp(v - max)));
  const total = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / total);
}

export function samplingDistribution(logits: number[], { temperature, topK, topP }: SamplingOptions): number[] {
  let z = logits.map((v) => v / temperature);
  const order = z.map((_, i) => i).sort((a, b) => (z[a] === z[b] ? a - b : z[b] - z[a]));
  const inK = new Set(order.slice(0, topK));
  z = z.map((v, i) => (inK.has(i) ? v : -Infinity));
  const p = softmax(z);
  const inP = new Set<number>();
  let sum = 0;
  for (const i of order) {
    if (sum >= topP - 1e-12) break;
    inP.add(i);
    sum += p[i];
  }
  return softmax(z.map((v, i) => (inP.has(i) ? v : -Infinity)));
}

export function sampleToken(logits: number[], options: SamplingOptions, rng: { next(): number }): number {
  const p = samplingDistribution(logits, options);
  const u = rng.next();
  const cdf: number[] = [];
  p.forEach((v, i) => cdf.push((cdf[i - 1] ?? 0) + v));
  const i = cdf.findIndex((c, j) => p[j] > 0 && u < c);
  if (i >= 0) return i;
  let last = p.length - 1;
  while (p[last] === 0) last--;
  return last;
}
