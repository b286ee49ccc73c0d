import { checkIndexLists, checkInteger, checkPositive } from './validate';

// capacityFactor · tokens · k / numExperts is often an integer that floating point misses by an
// ulp (1.1 · 100 / 10 = 11.000000000000002); snap to it so ceil matches the real-number formula.
const SNAP_TOLERANCE = 1e-9;

/**
 * Expert capacity: the most assignments one expert accepts per batch,
 * for `tokens` tokens, `numExperts` experts, top-`k` routing and a capacity factor.
 *
 * $$C = \Big\lceil \mathrm{CF} \cdot \frac{T \cdot k}{N} \Big\rceil$$
 *
 * Source: Fedus et al. 2021, Switch Transformers, arXiv:2101.03961, §2.2 (k = 1);
 * GShard's $C = 2N/(G\cdot E)$ per group for top-2 (Lepikhin et al. 2020, arXiv:2006.16668).
 */
export function expertCapacity(tokens: number, numExperts: number, k: number, capacityFactor: number): number {
  checkInteger(tokens, 'tokens', 1);
  checkInteger(numExperts, 'numExperts', 1);
  checkInteger(k, 'k', 1, numExperts);
  checkPositive(capacityFactor, 'capacityFactor');
  const exact = (capacityFactor * tokens * k) / numExperts;
  const nearest = Math.round(exact);
  if (Math.abs(exact - nearest) <= SNAP_TOLERANCE * Math.max(1, exact)) return nearest;
  return Math.ceil(exact);
}

/** Which routed assignments an expert keeps under a capacity limit, and how many it keeps. */
export interface Dispatch {
  /** kept[t][j]: whether token t's j-th choice was accepted (same shape as `indices`) */
  kept: boolean[][];
  /** load[e]: number of assignments expert e kept (≤ capacity) */
  load: number[];
}

/**
 * Drops assignments past each expert's capacity. Priority is slot-major: every token's 1st
 * choice in token order, then every token's 2nd choice, and so on; an assignment that finds its
 * expert full is dropped (the token skips that expert through the residual connection).
 * `indices` is tokens × k.
 *
 * $$\mathrm{kept}_{t,j} = \mathbb 1\Big[\,\#\{(t',j') \prec (t,j) : \mathrm{sel}_{t',j'} = \mathrm{sel}_{t,j}\} < C\Big],\quad
 * (t',j') \prec (t,j) \iff j' < j \,\lor\, (j' = j \land t' < t)$$
 *
 * Source: GShard Algorithm 1 (pass 1 over first choices, then pass 2 over second choices;
 * Lepikhin et al. 2020, arXiv:2006.16668, without its random second-expert dispatch) and
 * Switch's cumsum over tokens, earlier tokens win (Fedus et al. 2021, arXiv:2101.03961).
 */
export function dispatchWithCapacity(
  indices: readonly (readonly number[])[],
  numExperts: number,
  capacity: number,
): Dispatch {
  checkInteger(numExperts, 'numExperts', 1);
  checkInteger(capacity, 'capacity', 0);
  const k = Array.isArray(indices) && Array.isArray(indices[0]) ? indices[0].length : 0;
  if (k === 0) throw new RangeError('indices must be a non-empty tokens × k array with k ≥ 1');
  checkIndexLists(indices, 'indices', numExperts, k);
  const load = new Array<number>(numExperts).fill(0);
  const kept = indices.map((row) => row.map(() => false));
  for (let slot = 0; slot < k; slot++) {
    indices.forEach((row, t) => {
      const e = row[slot];
      if (load[e] < capacity) {
        load[e] += 1;
        kept[t][slot] = true;
      }
    });
  }
  return { kept, load };
}
