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

/** Where the arrow keys move the focus in the routed text: ←/→ one character, ↑/↓ one line (same column, clamped), Home/End the ends. */
export function moveFocus(chars: readonly string[], index: number, key: string): number | null {
  const n = chars.length;
  if (n === 0) return null;
  const lineStart = (i: number) => {
    let s = i;
    while (s > 0 && chars[s - 1] !== '\n') s--;
    return s;
  };
  // the last index of the line starting at s (its newline, or the text's end)
  const lineEnd = (s: number) => {
    let e = s;
    while (e < n - 1 && chars[e] !== '\n') e++;
    return e;
  };
  switch (key) {
    case 'ArrowRight':
      return Math.min(n - 1, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    case 'ArrowUp': {
      const s = lineStart(index);
      if (s === 0) return index;
      const prev = lineStart(s - 1);
      return Math.min(prev + (index - s), s - 1);
    }
    case 'ArrowDown': {
      const s = lineStart(index);
      const e = lineEnd(s);
      if (e >= n - 1) return index;
      const next = e + 1;
      return Math.min(next + (index - s), lineEnd(next));
    }
    default:
      return null;
  }
}

/**
 * The text cut where a line may wrap: after each space or line break, and around each CJK
 * character (Chinese has no spaces), so a word stays in one piece and a line of Chinese still wraps.
 */
export function wrapRuns(chars: readonly string[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  chars.forEach((c, i) => {
    const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}，。、；：？！「」『』（）《》]$/u.test(c);
    if (cjk) flush();
    run.push(i);
    if (cjk || c === ' ' || c === '\n' || c === '\t' || c === '\u3000') flush();
  });
  flush();
  return runs;
}
