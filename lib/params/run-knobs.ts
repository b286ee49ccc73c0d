import type { Knob, KnobParams, Translate } from './knobs';
import { parseKnobs, serializeKnobs } from './knobs';

/**
 * The tfjs backends a learner may ask for; `auto` measures them and takes the fastest. `webgpu`
 * starts only in the MoE Language Model, in a browser with WebGPU; elsewhere a link asking for it
 * gets the fastest of the others with a notice, as a missing webgl does.
 */
export const BACKEND_CHOICES = ['auto', 'wasm', 'cpu', 'webgl', 'webgpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];

/**
 * How a trained widget runs, rather than what it trains: the same three in every trained widget.
 * `backend=cpu` makes a URL reproduce a run exactly (cpu is deterministic everywhere; wasm, webgl
 * and webgpu may round differently on other machines).
 */
export const RUN_KNOBS = [
  { kind: 'bool', key: 'autoplay', label: 'Train on load', labelKey: 'knob.autoplay', default: false },
  { kind: 'int', key: 'until', label: 'Pause at step', labelKey: 'knob.until', min: 0, max: 1_000_000, default: 0 },
  { kind: 'enum', key: 'backend', label: 'Backend', labelKey: 'knob.backend', options: BACKEND_CHOICES, default: 'auto' },
] as const satisfies readonly Knob[];

/** A trained widget's run options, as RUN_KNOBS declares them. */
export type RunOptions = KnobParams<typeof RUN_KNOBS>;

/** The run options of a URL, with notices for bad values. */
export function parseRun(search: URLSearchParams, t?: Translate): { run: RunOptions; notices: string[] } {
  const { values, notices } = parseKnobs(RUN_KNOBS, search, t);
  return { run: values, notices };
}

/** The run options as URL params, defaults left out. */
export function serializeRun(run: RunOptions): URLSearchParams {
  return serializeKnobs(RUN_KNOBS, run);
}
