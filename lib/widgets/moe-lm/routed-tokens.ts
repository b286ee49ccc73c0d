/**
 * The routed text's view model, written once for the widget, its worker and the home page's
 * hero: each character of the learner's text with its routing in the layer shown.
 */
import { UNK, UNK_ID } from '@/lib/data/char-vocab';

/** One token's routing in one layer; trainer.ts's TokenRoute has this shape, so route()'s output fits. */
export interface TokenRouting {
  /** The expert with the largest gate (top-1). */
  expert: number;
  /** Each expert's routing probability. */
  probs: readonly number[];
  /** Whether capacity dropped at least one of the token's K assignments. */
  dropped: boolean;
}

/** One character as the routed text shows it. */
export interface RoutedToken {
  /** The character, or `<unk>` when the vocabulary lacks it (the model read `<unk>`, so the view says so). */
  char: string;
  unknown: boolean;
  expert: number;
  probs: readonly number[];
  dropped: boolean;
}

/**
 * The clamped text's characters and ids (PreparedText) and route(ids) (per character, per layer)
 * → the tokens of layer `layer` (0-based).
 */
export function routedTokens(chars: readonly string[], ids: ArrayLike<number>, routes: readonly (readonly TokenRouting[])[], layer: number): RoutedToken[] {
  if (chars.length !== ids.length || chars.length !== routes.length) {
    throw new RangeError(`chars (${chars.length}), ids (${ids.length}) and routes (${routes.length}) must have the same length`);
  }
  return chars.map((c, i) => {
    const route = routes[i][layer];
    if (!route) throw new RangeError(`character ${i} has no routing for layer ${layer}`);
    const unknown = ids[i] === UNK_ID;
    return { char: unknown ? UNK : c, unknown, expert: route.expert, probs: route.probs, dropped: route.dropped };
  });
}
