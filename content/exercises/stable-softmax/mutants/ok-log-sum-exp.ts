// Correct: exp(x_i − logsumexp(x)), with the log-sum-exp computed around the max, in plain loops.
export function softmax(x: number[]): number[] {
  let max = -Infinity;
  for (const v of x) if (v > max) max = v;
  let sum = 0;
  for (const v of x) sum += Math.exp(v - max);
  const lse = max + Math.log(sum);
  const out: number[] = [];
  for (const v of x) out.push(Math.exp(v - lse));
  return out;
}
