// Takes P_e from the renormalised top-k gates instead of the full softmax over all N experts.
function softmax(x: number[]): number[] {
  const max = Math.max(...x);
  const exps = x.map((v) => Math.exp(v - max));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}

export function loadBalancingLoss(logits: number[][], k: number): number {
  const tokens = logits.length;
  const experts = logits[0].length;
  const meanProb = new Array<number>(experts).fill(0);
  const selections = logits.map((z) => {
    const p = softmax(z);
    const selected = p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b).slice(0, k);
    const kept = selected.reduce((s, e) => s + p[e], 0);
    for (const e of selected) meanProb[e] += p[e] / kept / tokens;
    return selected;
  });
  let total = 0;
  for (const selected of selections) for (const e of selected) total += meanProb[e];
  return (experts * total) / tokens;
}
