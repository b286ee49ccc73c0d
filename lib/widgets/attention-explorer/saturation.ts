import { matmul, softmax, type Matrix } from '@/lib/math';
import { attentionMask, MAX_DK, projections, rowStats, scoreFactor, type ExplorerInput, type Projections } from './model';
import { embedTokens, withPadding } from './tokens';

/** The d_k values the saturation chart samples. */
export const DK_SWEEP = [2, 4, 8, 16, 32, 64, 96, 128, 192, 256, 320, 384, 448, 512] as const;

/** One point of the sweep: the mean largest weight and mean entropy with and without 1/√d_k. */
export interface SaturationPoint {
  dk: number;
  scaled: { maxWeight: number; entropy: number };
  unscaled: { maxWeight: number; entropy: number };
}

/** The statistics of every head's rows softmax(q·k · factor), masked keys at −∞, scaled and unscaled. */
export function saturationPoint(dk: number, dots: readonly Matrix[], mask: readonly boolean[][], isPad: readonly boolean[], temp: number): SaturationPoint {
  const stats = (factor: number) =>
    rowStats(
      dots.map((d) => d.map((row, i) => softmax(row.map((v, j) => (mask[i][j] ? v * factor : -Infinity))))),
      isPad,
    );
  return { dk, scaled: stats(scoreFactor(dk, true, temp)), unscaled: stats(scoreFactor(dk, false, temp)) };
}

/**
 * How the softmax saturates as d_k grows: for each d_k of DK_SWEEP, the same sentence, heads,
 * masks and temperature as the explorer, with scaling on and off. The first d_k columns of the
 * seeded projections are the ones the explorer uses at that d_k, so each point equals the
 * explorer's own statistics there. `w`: the explorer's projections at d_k = MAX_DK, if at hand.
 */
export function saturationSweep(input: Omit<ExplorerInput, 'dk' | 'scale'>, w: Pick<Projections, 'wq' | 'wk'> = projections(input.seed, input.heads, MAX_DK)): SaturationPoint[] {
  const { tokens, isPad } = withPadding(input.tokens, input.pad);
  const x = embedTokens(tokens, input.seed);
  const mask = attentionMask(isPad, input.causal, input.padmask);
  const T = tokens.length;
  // dots[s][h][i][j] = q_i·k_j over the first DK_SWEEP[s] columns, accumulated column by column
  const dots: Matrix[][] = DK_SWEEP.map(() => []);
  w.wq.forEach((wq, h) => {
    const q = matmul(x, wq);
    const k = matmul(x, w.wk[h]);
    const running = Array.from({ length: T }, () => new Array<number>(T).fill(0));
    let s = 0;
    for (let c = 0; c < MAX_DK; c++) {
      for (let i = 0; i < T; i++) for (let j = 0; j < T; j++) running[i][j] += q[i][c] * k[j][c];
      if (c + 1 === DK_SWEEP[s]) {
        dots[s][h] = running.map((row) => [...row]);
        s++;
      }
    }
  });
  return DK_SWEEP.map((dk, s) => saturationPoint(dk, dots[s], mask, isPad, input.temp));
}

/** The sweep with `point` in its place (replacing a sampled point of the same d_k), ordered by d_k. */
export function withPoint(sweep: readonly SaturationPoint[], point: SaturationPoint): SaturationPoint[] {
  return [...sweep.filter((p) => p.dk !== point.dk), point].sort((a, b) => a.dk - b.dk);
}
