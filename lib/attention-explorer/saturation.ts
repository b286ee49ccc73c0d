import { matmul, softmax, type Matrix } from '@/lib/math';
import { attentionMask, MAX_DK, queryKeyProjections, rowStats, scoreFactor, type ExplorerInput } from './model';
import { embedTokens, withPadding } from './tokens';

/** The d_k values the saturation chart samples (the current d_k is added to them). */
export const DK_SWEEP = [2, 4, 8, 16, 32, 64, 96, 128, 192, 256, 320, 384, 448, 512] as const;

/** One point of the sweep: the mean largest weight and mean entropy with and without 1/√d_k. */
export interface SaturationPoint {
  dk: number;
  scaled: { maxWeight: number; entropy: number };
  unscaled: { maxWeight: number; entropy: number };
}

/**
 * How the softmax saturates as d_k grows: for each d_k of the sweep (plus `extra`), the same
 * sentence, heads, masks and temperature as the explorer, with scaling on and off. The first d_k
 * columns of the seeded projections are the ones the explorer uses at that d_k, so each point
 * equals the explorer's own statistics there.
 */
export function saturationSweep(input: Omit<ExplorerInput, 'dk' | 'scale'>, extra?: number): SaturationPoint[] {
  const dks = [...new Set([...DK_SWEEP, ...(extra === undefined ? [] : [extra])])].sort((a, b) => a - b);
  const { tokens, isPad } = withPadding(input.tokens, input.pad);
  const x = embedTokens(tokens, input.seed);
  const mask = attentionMask(isPad, input.causal, input.padmask);
  const w = queryKeyProjections(input.seed, input.heads, MAX_DK);
  const T = tokens.length;
  // dots[s][h][i][j] = q_i·k_j over the first dks[s] columns, accumulated column by column
  const dots: Matrix[][] = dks.map(() => []);
  w.wq.forEach((wq, h) => {
    const q = matmul(x, wq);
    const k = matmul(x, w.wk[h]);
    const running = Array.from({ length: T }, () => new Array<number>(T).fill(0));
    let s = 0;
    for (let c = 0; c < MAX_DK && s < dks.length; c++) {
      for (let i = 0; i < T; i++) for (let j = 0; j < T; j++) running[i][j] += q[i][c] * k[j][c];
      if (c + 1 === dks[s]) {
        dots[s][h] = running.map((row) => [...row]);
        s++;
      }
    }
  });
  const stats = (perHead: Matrix[], factor: number) =>
    rowStats(
      perHead.map((d) => d.map((row, i) => softmax(row.map((v, j) => (mask[i][j] ? v * factor : -Infinity))))),
      isPad,
    );
  return dks.map((dk, s) => ({
    dk,
    scaled: stats(dots[s], scoreFactor(dk, true, input.temp)),
    unscaled: stats(dots[s], scoreFactor(dk, false, input.temp)),
  }));
}
