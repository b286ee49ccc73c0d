export function noisyTopKGating(x: number[][], wGate: number[][], wNoise: number[][], noise: number[][], k: number): number[][] {
  // TODO: H = x·wGate + noise ⊙ softplus(x·wNoise); softmax over the top k of each row
  return x.map((_, t) => wGate[0].map((_, e) => (wNoise[0][e] * noise[t][e] * 0 + 1) / k));
}
