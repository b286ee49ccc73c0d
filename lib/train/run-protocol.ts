/**
 * The messages every trained widget's page and worker exchange (the run runtime's protocol):
 * run-handler.ts answers them in the worker, run-client.ts sends them from the page. Types only,
 * so a view may name them without pulling in tfjs.
 */
import type { MessageKey } from '@/lib/i18n';
import type { Plateau } from './plateau';

/** Commands every trained widget's worker understands; `C` is what `configure` carries. */
export type RunCommand<C> =
  /**
   * Starts a new run (runId must not be older than the current one); paused at step 0. `backend`
   * names the tfjs backend to use instead of measuring them (the URL's `backend=`).
   */
  | { type: 'configure'; runId: number; config: C; backend?: RequestedBackend }
  /**
   * Trains until `pause`, divergence, or step `until` (when given and > 0). With `autoStop`, also
   * until a plateau (lib/train/plateau.ts) of the model's `progress`, but not before `until`: the
   * worker stops there itself, so the snapshot that shows the plateau is the one the run stops on.
   */
  | { type: 'start'; runId: number; until?: number; autoStop?: boolean }
  | { type: 'pause'; runId: number }
  /** Trains `steps` minibatches (default 1) and posts one snapshot. */
  | { type: 'step'; runId: number; steps?: number }
  /** Rebuilds the current config at step 0 (runId may be newer than the current one). */
  | { type: 'reset'; runId: number }
  | { type: 'dispose'; runId: number };

/** A backend a configure may ask for. */
export type RequestedBackend = 'wasm' | 'cpu' | 'webgl' | 'webgpu';

/** A notice as a catalog key and its values: the page shows it in its language (`notice` is the English). */
export interface NoticeMessage {
  key: MessageKey;
  vars: Record<string, string | number>;
}

/** Events every trained widget's worker posts; `S` is its snapshot, `D` what `diverged` adds. */
export type RunEvent<S, D = object> =
  /**
   * The backend in use: measured (`calibration`), or `requested` by the configure. `notice` says
   * why it is not the one expected (WebGL failed mid-run, or the requested one cannot start here).
   */
  | { type: 'ready'; runId: number; backend: string; calibration: BackendFigure[]; requested?: boolean; notice?: string; noticeMessage?: NoticeMessage }
  /** `plateau`: the run stopped by itself on this snapshot (a start's `autoStop`). */
  | ({ type: 'snapshot'; runId: number; plateau?: Plateau } & S)
  | ({ type: 'diverged'; runId: number; step: number; message: string } & D)
  | { type: 'error'; runId: number; message: string; noticeMessage?: NoticeMessage };

/** One backend's calibration result. */
export interface BackendFigure {
  backend: string;
  /** Training steps per second of the configured model; 0 if it failed. */
  stepsPerSecond: number;
  /** Time to initialise the backend, build the model and run two warm-up steps, in ms. */
  warmupMs?: number;
  error?: string;
  /** Why it was not timed: webgl on a software renderer, or the only backend there was to time (then it is used). */
  untimed?: 'software-renderer' | 'only-backend';
}

/** A snapshot as the trainer takes it; the loop fills in `running` and `stepsPerSecond`. */
export interface RunSnapshot {
  step: number;
  running: boolean;
  stepsPerSecond: number;
}
