import { allToAllBytes, expectedExpertsTouched } from './inference';
import { modelConfig } from './model-configs';
import { countParameters } from './parameters';
import { checkInteger, checkPositive } from './validate';

/**
 * Serving-side figures of an MoE: what it stores against what a token computes, how many tokens
 * each expert gets, how large a batch touches a given share of the experts, and the all-to-all
 * traffic of a whole forward pass. Uniform routing is the stated assumption throughout: real
 * routers are skewed, which touches fewer distinct experts and loads some experts more.
 */

/**
 * Average assignments one expert receives when `tokens` tokens each pick `k` of `experts`:
 * $T k / E$ — Shazeer et al. 2017 (arXiv:1701.06538, §3.1) write it $kb/n$, the "shrinking batch".
 */
export function tokensPerExpert(tokens: number, k: number, experts: number): number {
  checkInteger(tokens, 'tokens', 0);
  checkInteger(experts, 'experts', 1);
  checkInteger(k, 'k', 1, experts);
  return (tokens * k) / experts;
}

/**
 * The smallest batch whose expected distinct experts, $E\,(1-(1-k/E)^B)$, reach `fraction` of
 * all $E$: $B = \lceil \ln(1-f) / \ln(1-k/E) \rceil$ (with $k = E$ one token touches them all).
 */
export function batchForExpertCoverage(experts: number, k: number, fraction: number): number {
  checkInteger(experts, 'experts', 1);
  checkInteger(k, 'k', 1, experts);
  if (!(fraction >= 0 && fraction < 1)) throw new RangeError(`fraction must be in [0, 1), got ${fraction}`);
  if (fraction === 0) return 0;
  if (k === experts) return 1;
  let batch = Math.max(1, Math.ceil(Math.log(1 - fraction) / Math.log(1 - k / experts)));
  // the closed form can land one off where the logarithms round; settle it on the defining inequality
  while (batch > 1 && expectedExpertsTouched(experts, k, batch - 1) >= fraction * experts) batch -= 1;
  while (expectedExpertsTouched(experts, k, batch) < fraction * experts) batch += 1;
  return batch;
}

/** What a model preset stores against what one token computes, weights in `bytes` per element. */
export interface ServingFootprint {
  totalParams: number;
  activeParams: number;
  /** every weight, all experts included: what the accelerators must hold */
  weightBytes: number;
  /** the weights one token uses */
  activeWeightBytes: number;
  /** forward FLOPs per token from the weights, $2N_{active}$ without the input lookup (Kaplan et al. 2020, §2.1) */
  flopsPerToken: number;
  /** stored parameters per active parameter */
  storedPerActive: number;
  moeLayers: number;
}

/** Memory follows the total parameters, FLOPs the active ones (attention over the context left out). */
export function servingFootprint(id: string, bytes: number): ServingFootprint {
  checkPositive(bytes, 'bytes');
  const c = countParameters(modelConfig(id).shape);
  return {
    totalParams: c.total,
    activeParams: c.active,
    weightBytes: c.total * bytes,
    activeWeightBytes: c.active * bytes,
    flopsPerToken: 2 * c.activeWithoutLookup,
    storedPerActive: c.total / c.active,
    moeLayers: c.moeLayers,
  };
}

/**
 * All-to-all bytes of one forward pass of `tokens` tokens through every MoE layer of a preset:
 * per layer $2\,T k\,d\,b$ (dispatch + combine, every assignment counted; see `allToAllBytes`),
 * times the number of MoE layers. `k` defaults to the preset's routed top-k; pass a smaller one
 * for "copies that cross a boundary" (e.g. DeepSeek-V3 sends a token to at most 4 nodes).
 */
export function allToAllPerForward(id: string, tokens: number, bytes: number, k?: number): { perLayer: number; moeLayers: number; total: number } {
  const { shape } = modelConfig(id);
  const layers = countParameters(shape).moeLayers;
  const perLayer = layers > 0 ? allToAllBytes(tokens, k ?? shape.topK, shape.dModel, bytes).total : 0;
  return { perLayer, moeLayers: layers, total: perLayer * layers };
}

/**
 * The share of a teacher's quality gain over a baseline that a distilled student keeps:
 * $(q_{student} - q_{base}) / (q_{teacher} - q_{base})$, the measure Switch Transformers (§4)
 * report for distilling sparse models into dense ones. Any "higher is better" score works.
 */
export function qualityGainKept(baseline: number, teacher: number, student: number): number {
  for (const [v, name] of [[baseline, 'baseline'], [teacher, 'teacher'], [student, 'student']] as const) {
    if (!Number.isFinite(v)) throw new RangeError(`${name} must be a finite number, got ${v}`);
  }
  if (teacher === baseline) throw new RangeError('teacher and baseline are equal: there is no gain to keep');
  return (student - baseline) / (teacher - baseline);
}
