import {
  dispatchWithCapacity,
  expertCapacity,
  expertChoice,
  expertCounts,
  loadBalancingLoss,
  noisyTopKGating,
  routeTopK,
  routeTopP,
  routeWithBias,
  sharedExpertWeights,
  softmaxRows,
  createRandom,
  type Matrix,
} from '@/lib/math';

export const ROUTING_MODES = ['top-k', 'top-p', 'expert-choice'] as const;
export type RoutingMode = (typeof ROUTING_MODES)[number];

/** What the lab routes and how. */
export interface RoutingInput {
  /** clean router logits, tokens × N */
  logits: Matrix;
  mode: RoutingMode;
  k: number;
  renormalize: boolean;
  /** 0: no capacity (dropless); expert choice then uses 1 */
  capacityFactor: number;
  /** top-p threshold p */
  threshold: number;
  shared: number;
  noise: boolean;
  seed: number;
  /** selection bias of auxiliary-loss-free balancing (top-K only); null for none */
  bias: readonly number[] | null;
}

/** One token → expert assignment; `rank` is the token's choice order (expert choice: the expert's). */
export interface Assignment {
  token: number;
  expert: number;
  rank: number;
  weight: number;
  kept: boolean;
}

/** Every intermediate value of one routing pass, all computed by lib/math. */
export interface RoutingResult {
  /** noise std softplus(x·W_noise) and the noisy logits H, when noisy gating is on */
  noise: { std: Matrix; logits: Matrix } | null;
  /** the logits routing used: H with noise, else the clean ones */
  routerLogits: Matrix;
  probs: Matrix;
  /** per token, its experts: in choice order (token choice) or by expert id (expert choice) */
  indices: number[][];
  /** same shape as indices: whether the assignment survived the capacity limit */
  kept: boolean[][];
  /** gate weights, tokens × N (0 for experts not selected) */
  weights: Matrix;
  /** kept assignments per expert */
  load: number[];
  /** slots per expert (null: no capacity limit) */
  capacity: number | null;
  /** ⌈CF·T·K/N⌉ before expert choice caps it at T (equal to capacity otherwise) */
  requestedCapacity: number | null;
  /** per expert, its assignments in priority order: kept ones fill the slots, dropped ones follow */
  buffers: Assignment[][];
  dropped: number;
  /** shared-expert gates per token (all 1, DeepSeekMoE), tokens × shared */
  sharedWeights: Matrix;
  /** load-balancing loss N·Σ_slot Σ_e f·P (fixed K only) */
  balanceLoss: number | null;
}

// Shazeer et al. initialise W_noise to zero: the noise std is softplus(0) = ln 2 for every expert.
function noisyLogits(logits: Matrix, k: number, seed: number) {
  const n = logits[0].length;
  const identity = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const zeros = identity.map((row) => row.map(() => 0));
  const random = createRandom(seed);
  const g = noisyTopKGating(logits, { wGate: identity, wNoise: zeros, k, noise: () => random.normal() });
  return { std: g.noiseStd, logits: g.logits };
}

// Slot-major order, the priority dispatchWithCapacity uses: every token's 1st choice, then every 2nd …
function slotMajor(indices: number[][], kept: boolean[][], weights: Matrix, numExperts: number): Assignment[][] {
  const buffers: Assignment[][] = Array.from({ length: numExperts }, () => []);
  const width = Math.max(...indices.map((row) => row.length));
  for (let rank = 0; rank < width; rank++) {
    indices.forEach((row, token) => {
      if (rank >= row.length) return;
      const expert = row[rank];
      buffers[expert].push({ token, expert, rank, weight: weights[token][expert], kept: kept[token][rank] });
    });
  }
  return buffers;
}

/** Routes a sequence with token choice (top-K or top-p) or expert choice, with every intermediate. */
export function routeSequence(input: RoutingInput): RoutingResult {
  const { logits, mode, k } = input;
  const tokens = logits.length;
  const numExperts = logits[0].length;
  const noise = input.noise ? noisyLogits(logits, k, input.seed) : null;
  const routerLogits = noise ? noise.logits : logits;
  const probs = softmaxRows(routerLogits);
  const sharedWeights = input.shared > 0 ? sharedExpertWeights(probs, input.shared, 1).map((row) => row.slice(0, input.shared)) : probs.map(() => []);
  const base = { noise, routerLogits, probs, sharedWeights };

  if (mode === 'expert-choice') {
    const requestedCapacity = expertCapacity(tokens, numExperts, k, input.capacityFactor || 1);
    const capacity = Math.min(requestedCapacity, tokens);
    const picks = expertChoice(probs, capacity);
    const indices = probs.map((_, t) => picks.flatMap((chosen, e) => (chosen.includes(t) ? [e] : [])));
    // Zhou et al.: the gate is the affinity S[t][e] itself, not renormalised
    const weights = probs.map((p, t) => p.map((v, e) => (indices[t].includes(e) ? v : 0)));
    const buffers = picks.map((chosen, e) => chosen.map((token, rank) => ({ token, expert: e, rank, weight: probs[token][e], kept: true })));
    const kept = indices.map((row) => row.map(() => true));
    return { ...base, indices, kept, weights, load: picks.map((c) => c.length), capacity, requestedCapacity, buffers, dropped: 0, balanceLoss: null };
  }

  if (mode === 'top-p') {
    const route = routeTopP(routerLogits, input.threshold, input.renormalize);
    const kept = route.indices.map((row) => row.map(() => true));
    const load = expertCounts(route.indices, numExperts);
    const buffers = slotMajor(route.indices, kept, route.weights, numExperts);
    return { ...base, indices: route.indices, kept, weights: route.weights, load, capacity: null, requestedCapacity: null, buffers, dropped: 0, balanceLoss: null };
  }

  const plain = routeTopK(routerLogits, k, input.renormalize);
  const route = input.bias ? routeWithBias(plain.probs, input.bias, k, input.renormalize) : plain;
  const capacity = input.capacityFactor > 0 ? expertCapacity(tokens, numExperts, k, input.capacityFactor) : null;
  const dispatch =
    capacity === null
      ? { kept: route.indices.map((row) => row.map(() => true)), load: expertCounts(route.indices, numExperts) }
      : dispatchWithCapacity(route.indices, numExperts, capacity);
  const dropped = dispatch.kept.flat().filter((kept) => !kept).length;
  return {
    ...base,
    indices: route.indices,
    kept: dispatch.kept,
    weights: route.weights,
    load: dispatch.load,
    capacity,
    requestedCapacity: capacity,
    buffers: slotMajor(route.indices, dispatch.kept, route.weights, numExperts),
    dropped,
    balanceLoss: loadBalancingLoss(plain.probs, route.indices, numExperts),
  };
}
