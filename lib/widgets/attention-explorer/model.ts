import { createRandom, entropy, matmul, scaledDotProductAttention, transpose, type Matrix } from '@/lib/math';
import { D_MODEL, embedTokens, withPadding } from './tokens';

/** Everything the explorer computes from: the validated widget state. */
export interface ExplorerInput {
  /** the sentence's tokens (without padding) */
  tokens: readonly string[];
  /** padding positions appended after the sentence */
  pad: number;
  /** width of each head's queries, keys and values, d_k = d_v */
  dk: number;
  heads: number;
  /** divide the scores by √d_k */
  scale: boolean;
  /** temperature τ: the scores are divided by it before the softmax */
  temp: number;
  causal: boolean;
  /** padding keys get −∞ (weight 0) */
  padmask: boolean;
  seed: number;
}

/** Seeded projection weights: per head W^Q, W^K, W^V (D_MODEL × d_k), and W^O (H·d_k × D_MODEL). */
export interface Projections {
  wq: Matrix[];
  wk: Matrix[];
  wv: Matrix[];
  wo: Matrix;
}

/** One head's numbers: dot products q·k, the scores fed to the softmax (−∞ where masked), weights, output. */
export interface HeadResult {
  q: Matrix;
  k: Matrix;
  v: Matrix;
  dots: Matrix;
  scores: Matrix;
  weights: Matrix;
  output: Matrix;
}

export interface ExplorerResult {
  tokens: string[];
  isPad: boolean[];
  x: Matrix;
  mask: boolean[][];
  /** the factor every q·k is multiplied by: (1/√d_k if scaling) / τ */
  factor: number;
  heads: HeadResult[];
  /** Concat(head_1 … head_H) · W^O, T × D_MODEL */
  output: Matrix;
  /** mean over heads and the sentence's query rows of the row's largest weight */
  maxWeight: number;
  /** mean over heads and the sentence's query rows of the row's entropy, in nats */
  entropy: number;
}

// seeds < 2^20 and (head, matrix) < 8 · 4, so the stream's seed stays a safe integer
const SEED_SPAN = 2 ** 20;
const MATRIX_Q = 0;
const MATRIX_K = 1;
const MATRIX_V = 2;
const MATRIX_O = 3;
export const MAX_DK = 512;
export const MAX_HEADS = 8;

/**
 * `count` vectors of D_MODEL standard normal draws, one seeded stream per (seed, head, matrix), as
 * the columns (`asColumns`: a D_MODEL × count matrix) or the rows of a matrix. Vector c never
 * depends on `count`.
 */
function draws(seed: number, head: number, matrix: number, count: number, asColumns: boolean): Matrix {
  const random = createRandom((head * 4 + matrix) * SEED_SPAN + seed);
  const out: Matrix = asColumns
    ? Array.from({ length: D_MODEL }, () => new Array<number>(count))
    : Array.from({ length: count }, () => new Array<number>(D_MODEL));
  for (let c = 0; c < count; c++) {
    for (let r = 0; r < D_MODEL; r++) {
      const value = random.normal();
      if (asColumns) out[r][c] = value;
      else out[c][r] = value;
    }
  }
  return out;
}

/** The unit-normal draws behind the projections, per head: W^Q, W^K, W^V as D_MODEL × d_k, W^O's rows as d_k × D_MODEL. */
export interface RawProjections {
  dk: number;
  q: Matrix[];
  k: Matrix[];
  v: Matrix[];
  o: Matrix[];
}

/** Seeded standard normal draws for `heads` heads of width `dk` (cache them at MAX_DK and slice). */
export function rawProjections(seed: number, heads: number, dk: number): RawProjections {
  const range = Array.from({ length: heads }, (_, h) => h);
  return {
    dk,
    q: range.map((h) => draws(seed, h, MATRIX_Q, dk, true)),
    k: range.map((h) => draws(seed, h, MATRIX_K, dk, true)),
    v: range.map((h) => draws(seed, h, MATRIX_V, dk, true)),
    o: range.map((h) => draws(seed, h, MATRIX_O, dk, false)),
  };
}

/**
 * The projections of width `dk` ≤ raw.dk: the first `dk` columns (W^O: rows) of each head's draws,
 * scaled to N(0, 1/D_MODEL) for W^Q, W^K, W^V and N(0, 1/(H·d_k)) for W^O. With LayerNorm'd inputs
 * (mean square 1) every component of q and k then has mean 0 and variance 1 over the random
 * weights — the assumption of Vaswani et al.'s footnote, under which Var(q·k) = d_k.
 */
export function sliceProjections(raw: RawProjections, dk: number): Projections {
  if (!Number.isInteger(dk) || dk < 1 || dk > raw.dk) throw new RangeError(`dk must be an integer in [1, ${raw.dk}], got ${dk}`);
  const inStd = 1 / Math.sqrt(D_MODEL);
  const outStd = 1 / Math.sqrt(raw.q.length * dk);
  const columns = (m: Matrix) => m.map((row) => row.slice(0, dk).map((v) => v * inStd));
  return {
    wq: raw.q.map(columns),
    wk: raw.k.map(columns),
    wv: raw.v.map(columns),
    wo: raw.o.flatMap((m) => m.slice(0, dk).map((row) => row.map((v) => v * outStd))),
  };
}

/** Seeded projections for `heads` heads of width `dk` (see `sliceProjections`); raising d_k appends columns. */
export function projections(seed: number, heads: number, dk: number): Projections {
  return sliceProjections(rawProjections(seed, heads, dk), dk);
}

/** Which keys each query may see: `mask[i][j]` is false for future keys (causal) and masked padding. */
export function attentionMask(isPad: readonly boolean[], causal: boolean, padmask: boolean): boolean[][] {
  return isPad.map((_, i) => isPad.map((pad, j) => !(causal && j > i) && !(padmask && pad)));
}

/** The factor each q·k is multiplied by before the softmax: (1/√d_k when scaling) / τ. */
export function scoreFactor(dk: number, scale: boolean, temp: number): number {
  return (scale ? 1 / Math.sqrt(dk) : 1) / temp;
}

/** Mean largest weight and mean entropy (nats) over the rows of `weights` whose query is not padding. */
export function rowStats(weights: readonly Matrix[], isPad: readonly boolean[]): { maxWeight: number; entropy: number } {
  let max = 0;
  let h = 0;
  let rows = 0;
  for (const w of weights) {
    w.forEach((row, i) => {
      if (isPad[i]) return;
      max += Math.max(...row);
      h += entropy(row);
      rows++;
    });
  }
  return { maxWeight: max / rows, entropy: h / rows };
}

/**
 * The explorer's forward pass: x → per head q = xW^Q, k = xW^K, v = xW^V → softmax(q·k · factor) v
 * → Concat(heads)·W^O. Each head's weights and output come from lib/math's
 * `scaledDotProductAttention`, fed q·(factor·√d_k) so that its 1/√d_k becomes the factor chosen
 * here (scaling off and temperature τ).
 *
 * $$a_{ij} = \mathrm{softmax}_j\Big(\frac{q_i\cdot k_j}{s\,\tau}\Big),\qquad s = \sqrt{d_k}\ \text{(scaled) or } 1$$
 */
export function computeExplorer(input: ExplorerInput, weights: Projections = projections(input.seed, input.heads, input.dk)): ExplorerResult {
  const { tokens, isPad } = withPadding(input.tokens, input.pad);
  const x = embedTokens(tokens, input.seed);
  const mask = attentionMask(isPad, input.causal, input.padmask);
  const factor = scoreFactor(input.dk, input.scale, input.temp);
  const heads = weights.wq.map((wq, h): HeadResult => {
    const q = matmul(x, wq);
    const k = matmul(x, weights.wk[h]);
    const v = matmul(x, weights.wv[h]);
    const dots = matmul(q, transpose(k));
    const scores = dots.map((row, i) => row.map((d, j) => (mask[i][j] ? d * factor : -Infinity)));
    const c = factor * Math.sqrt(input.dk);
    const { weights: a, output } = scaledDotProductAttention(
      q.map((row) => row.map((val) => val * c)),
      k,
      v,
      mask,
    );
    return { q, k, v, dots, scores, weights: a, output };
  });
  const concat = x.map((_, t) => heads.flatMap((head) => head.output[t]));
  const stats = rowStats(
    heads.map((h) => h.weights),
    isPad,
  );
  return { tokens, isPad, x, mask, factor, heads, output: matmul(concat, weights.wo), ...stats };
}
