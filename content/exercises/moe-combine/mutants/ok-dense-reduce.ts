// Correct: the dense form, Σ_e w[t][e] · E_e(x_t) over every expert (zero weights add nothing), column by column.
export function moeCombine(expertOutputs: number[][][], weights: number[][]): number[][] {
  return weights.map((w, t) => expertOutputs[0][t].map((_, j) => expertOutputs.reduce((s, out, e) => s + w[e] * out[t][j], 0)));
}
