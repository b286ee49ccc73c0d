/**
 * When a live model has nothing left to show: its accuracy has sat at 100 % for a whole window of
 * steps and its loss improved by less than ε over that window. The page then pauses the run and
 * says so (issue 21: models trained on for 16,000 steps after reaching 100 %, draining a phone).
 * A run with `until` never stops here: the link asked for its own stopping step.
 */

/** One measurement of a run (a snapshot), as the detector reads it. */
export interface ProgressPoint {
  step: number;
  /** The training loss the widget reports (nats). */
  loss: number;
  /** Accuracy in [0, 1] on the widget's fixed measurement set. */
  accuracy: number;
}

export interface PlateauOptions {
  /** Steps the accuracy must stay at the target (and the loss be flat) before the run stops. */
  window: number;
  /** Largest loss improvement over the window (nats) that still counts as flat. */
  epsilon: number;
  /** Accuracy that counts as "everything right" (1 = 100 %). */
  target: number;
}

/** 1,000 steps: a few seconds at the speeds measured here, ~1 s on a fast phone. */
export const PLATEAU: PlateauOptions = { window: 1000, epsilon: 0.01, target: 1 };

/** A plateau found: accuracy at target for `steps` steps, and the loss change over the window. */
export interface Plateau {
  /** Steps (up to the last point) the accuracy has stayed at the target. */
  steps: number;
  /** How much the loss fell over the last `window` steps (negative if it rose). */
  improvement: number;
}

/**
 * Whether the points (ascending by step, one run) end on a plateau: every point of the last
 * `window` steps at `target` accuracy, and loss(start of window) − loss(last) < ε.
 */
export function findPlateau(points: readonly ProgressPoint[], options: PlateauOptions = PLATEAU): Plateau | null {
  const last = points.at(-1);
  if (!last || last.accuracy < options.target) return null;
  // the first point of the final stretch at the target
  let first = points.length - 1;
  while (first > 0 && points[first - 1].accuracy >= options.target) first--;
  const steps = last.step - points[first].step;
  if (steps < options.window) return null;
  // the latest point at least a window before the last one lies inside the stretch (steps ≥ window)
  let start = points.length - 1;
  while (start > first && last.step - points[start].step < options.window) start--;
  const improvement = points[start].loss - last.loss;
  return improvement < options.epsilon ? { steps, improvement } : null;
}

/**
 * The history `findPlateau` needs once `point` is added: a point below the target ends any stretch
 * before it, so only the final stretch at the target (and nothing older) is kept.
 */
export function keepForPlateau(points: readonly ProgressPoint[], point: ProgressPoint, options: PlateauOptions = PLATEAU): ProgressPoint[] {
  const next = [...points.filter((p) => p.step < point.step), point];
  let first = next.length - 1;
  while (first > 0 && next[first - 1].accuracy >= options.target) first--;
  return next.slice(first);
}
