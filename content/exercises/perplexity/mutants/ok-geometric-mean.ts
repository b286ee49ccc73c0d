// Correct: perplexity as the inverse geometric mean of the target probabilities, taken in log2 space.
export function perplexity(logits: number[][], targets: number[]): { nats: number; bitsPerToken: number; perplexity: number } {
  let bits = 0;
  for (let t = 0; t < logits.length; t++) {
    const z = logits[t];
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    for (const v of z) sum += Math.exp(v - max);
    const logP = z[targets[t]] - max - Math.log(sum);
    bits -= Math.log2(Math.E) * logP;
  }
  const bitsPerToken = bits / logits.length;
  return { nats: bitsPerToken * Math.LN2, bitsPerToken, perplexity: 2 ** bitsPerToken };
}
