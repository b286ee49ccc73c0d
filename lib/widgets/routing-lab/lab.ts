import type { Matrix } from '@/lib/math';
import { simulateBiasBalancing, type BalancingStep } from './balancing';
import { routeSequence, type RoutingMode, type RoutingResult } from './route';
import { positionTokens, tokenize, toyLogits } from './tokens';

/** The lab's settings, as the URL holds them (lib/widgets/routing-lab/params.ts validates them). */
export interface LabInput {
  source: 'sentence' | 'random';
  text: string;
  tokens: number;
  experts: number;
  k: number;
  mode: RoutingMode;
  renorm: boolean;
  capacity: number;
  p: number;
  shared: number;
  noise: boolean;
  skew: number;
  gamma: number;
  steps: number;
  seed: number;
}

/** Everything the lab shows: tokens, logits, the routing pass and the bias-balancing history. */
export interface Lab {
  tokens: string[];
  logits: Matrix;
  result: RoutingResult;
  /** states 0 … steps of auxiliary-loss-free balancing (top-K routing only) */
  balancing: BalancingStep[] | null;
}

/** The token sequence: the sentence's words, or t1 … tT with random logits. */
export function labTokens(input: Pick<LabInput, 'source' | 'text' | 'tokens'>): string[] {
  return input.source === 'random' ? positionTokens(input.tokens) : tokenize(input.text);
}

/** Computes the whole lab from its settings; every number comes from lib/math. */
export function computeRoutingLab(input: LabInput): Lab {
  const tokens = labTokens(input);
  const logits = toyLogits(tokens, input.experts, input.seed, input.skew);
  const routing = {
    logits,
    mode: input.mode,
    k: input.k,
    renormalize: input.renorm,
    capacityFactor: input.capacity,
    threshold: input.p,
    shared: input.shared,
    noise: input.noise,
    seed: input.seed,
    bias: null,
  };
  const unbiased = routeSequence(routing);
  if (input.mode !== 'top-k') return { tokens, logits, result: unbiased, balancing: null };
  const balancing = simulateBiasBalancing(unbiased.probs, input.k, input.renorm, input.gamma, input.steps);
  const bias = balancing[balancing.length - 1].bias;
  const result = input.steps === 0 ? unbiased : routeSequence({ ...routing, bias });
  return { tokens, logits, result, balancing };
}
