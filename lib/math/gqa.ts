import type { Matrix } from './types';
import { scaledDotProductAttention } from './attention';
import { checkInteger, checkMatrix } from './validate';

type Heads = readonly (readonly (readonly number[])[])[];

/** Which key/value head query head `h` reads: heads are grouped in consecutive blocks of $n_h / n_{kv}$. */
export function kvHeadOf(h: number, heads: number, kvHeads: number): number {
  checkInteger(kvHeads, 'kvHeads', 1);
  checkInteger(heads, 'heads', kvHeads);
  if (heads % kvHeads !== 0) throw new RangeError(`heads (${heads}) must be a multiple of kvHeads (${kvHeads})`);
  checkInteger(h, 'h', 0, heads - 1);
  return Math.floor(h / (heads / kvHeads));
}

/**
 * Grouped-query attention of one new token (a decode step) over a KV cache: `queries` is
 * heads × d_k, `keys` kvHeads × T × d_k and `values` kvHeads × T × d_v; query head $h$ attends with
 * key/value head $\lfloor h / (n_h/n_{kv}) \rfloor$. Returns heads × d_v (before the output
 * projection). $n_{kv} = n_h$ is multi-head attention, $n_{kv} = 1$ multi-query attention.
 *
 * $$o_h = \mathrm{softmax}\Big(\frac{q_h K_{g(h)}^\top}{\sqrt{d_k}}\Big) V_{g(h)}$$
 *
 * The new token's own key and value are already in the cache, so nothing is masked. Sources:
 * Ainslie et al. 2023, GQA (arXiv:2305.13245), §2.2; Shazeer 2019, MQA (arXiv:1911.02150).
 */
export function groupedQueryAttention(queries: readonly (readonly number[])[], keys: Heads, values: Heads): Matrix {
  const { rows: heads, cols: dk } = checkMatrix(queries, 'queries');
  const kvHeads = keys.length;
  if (!Array.isArray(keys) || kvHeads === 0 || values.length !== kvHeads) {
    throw new RangeError(`keys and values must hold the same number (≥ 1) of heads, got ${keys?.length} and ${values?.length}`);
  }
  return queries.map((q, h) => {
    const g = kvHeadOf(h, heads, kvHeads);
    checkMatrix(keys[g], `keys[${g}]`, { cols: dk });
    return scaledDotProductAttention([q], keys[g], values[g]).output[0];
  });
}
