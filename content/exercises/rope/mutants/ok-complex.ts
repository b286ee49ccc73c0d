// Correct: each pair as a complex number a + ib multiplied by e^{i m θ}; the score through the offset alone, Re Σ q_i conj(k_i) e^{i(m−n)θ_i}.
function frequencies(d: number, base: number): number[] {
  return Array.from({ length: d / 2 }, (_, i) => Math.exp((-2 * i * Math.log(base)) / d));
}

export function ropeRotate(x: number[], position: number, base: number): number[] {
  const out: number[] = [];
  frequencies(x.length, base).forEach((theta, i) => {
    const [re, im] = [x[2 * i], x[2 * i + 1]];
    const [wr, wi] = [Math.cos(position * theta), Math.sin(position * theta)];
    out.push(re * wr - im * wi, re * wi + im * wr);
  });
  return out;
}

export function ropeScore(q: number[], m: number, k: number[], n: number, base: number): number {
  let score = 0;
  frequencies(q.length, base).forEach((theta, i) => {
    // q_i · conj(k_i) = (q0 k0 + q1 k1) + i (q1 k0 − q0 k1)
    const re = q[2 * i] * k[2 * i] + q[2 * i + 1] * k[2 * i + 1];
    const im = q[2 * i + 1] * k[2 * i] - q[2 * i] * k[2 * i + 1];
    const phi = (m - n) * theta;
    score += re * Math.cos(phi) - im * Math.sin(phi);
  });
  return score;
}
