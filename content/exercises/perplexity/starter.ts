export function perplexity(logits: number[][], targets: number[]): { nats: number; bitsPerToken: number; perplexity: number } {
  // TODO: mean of −log softmax(z_t)[y_t], then convert
  const nats = targets.length;
  return { nats, bitsPerToken: nats, perplexity: nats };
}
