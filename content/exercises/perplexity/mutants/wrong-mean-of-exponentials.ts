// Averages the per-token perplexities e^(loss_t) instead of exponentiating the mean loss.
function logSumExp(z: number[]): number {
  const max = Math.max(...z);
  return max + Math.log(z.reduce((s, v) => s + Math.exp(v - max), 0));
}

export function perplexity(logits: number[][], targets: number[]): { nats: number; bitsPerToken: number; perplexity: number } {
  // −log softmax(z)_y = LSE(z) − z_y, never forming the probabilities
  const losses = logits.map((z, t) => logSumExp(z) - z[targets[t]]);
  const nats = losses.reduce((s, l) => s + l, 0) / targets.length;
  const ppl = losses.reduce((s, l) => s + Math.exp(l), 0) / targets.length;
  return { nats, bitsPerToken: nats / Math.LN2, perplexity: ppl };
}
