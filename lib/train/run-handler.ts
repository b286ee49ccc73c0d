import { t, type MessageKey } from '@/lib/i18n';
import type { z } from 'zod';
import { currentBackend, fallBackToCpu, switchBackend } from './backend';
import type { BackendFigure, NoticeMessage, RequestedBackend, RunCommand, RunEvent, RunSnapshot } from './run-protocol';
import { findPlateau, keepForPlateau, type Plateau, type ProgressPoint } from './plateau';
import { createScheduler } from './schedule';

export type { RequestedBackend, RunCommand, RunEvent, RunSnapshot } from './run-protocol';

/**
 * The worker side of every trained widget (MoE Playground, Tiny Transformer, Ensembles Lab): one
 * run at a time, trained in ~30 ms chunks between messages, with snapshots a few times a second. A
 * run that is a job (the Ensembles Lab's) is a trainer whose steps are units of work, run to `until`.
 *
 * Flow: `configure` (a new runId and a config) measures the tfjs backends when the model asks for
 * it (`recalibrate`), posts `ready`, builds the trainer and posts a step-0 `snapshot`. `start`
 * trains until `pause`, divergence, step `until` or (with `autoStop`) a plateau; `step` trains a given number of steps and posts
 * one snapshot; `reset` rebuilds the run at step 0; `dispose` frees every tensor. Every message
 * carries a runId: commands of an older run are skipped (a slider drag sends many configures).
 * A run that diverged stops with `diverged` and answers later commands with it again; a failure
 * on a GPU backend restarts the run on cpu with a notice.
 */

/** Train in chunks of about this many ms, then yield so queued messages are handled. */
export const CHUNK_MS = 30;
/** Post a snapshot about this often while training (5 per second: live, and light on the page). */
export const SNAPSHOT_MS = 200;
/** …but spend at most 1 / SNAPSHOT_SHARE of the time on snapshots (grids are costly on slow cpus). */
export const SNAPSHOT_SHARE = 4;

/** What the loop needs from a trainer. */
export interface RunTrainer {
  readonly steps: number;
  step(count?: number): void;
  /** Waits until queued backend work is done (webgl runs asynchronously). */
  sync(): void;
  dispose(): void;
}

/** One widget's model, as the loop sees it. */
export interface RunModel<Config, Trainer extends RunTrainer, S extends RunSnapshot, D extends object, Extra extends { type: string; runId: number }> {
  schema: z.ZodType<Config>;
  /** Sees each valid `configure` before its trainer is built (the Tiny Transformer reads the learner's example). */
  configure?(command: { config: unknown }, config: Config): void;
  create(config: Config): Trainer;
  snapshot(trainer: Trainer): S;
  /**
   * A cheaper snapshot posted right after a run is built, before the full one (the MoE LM's routed
   * text before its held-out figures); null or absent: only the full one.
   */
  firstSnapshot?(trainer: Trainer): S | null;
  /** The buffers of a snapshot's typed arrays, moved to the page rather than copied. */
  transfer(snapshot: S): Transferable[];
  /** The loss and accuracy a plateau is judged on (lib/train/plateau.ts); without it a run never stops by itself. */
  progress?(snapshot: S, config: Config): ProgressPoint;
  /** Why the run diverged by this snapshot (since the previous one), or null; resets the trainer's record. */
  divergence(trainer: Trainer, snapshot: S): ({ message: string } & D) | null;
  /** Measures the backends on `config`, switches tfjs to the fastest and returns the figures. */
  chooseBackend(config: Config): Promise<{ backend: string; calibration: BackendFigure[] }>;
  /** Whether `next` must be measured again, `measured` being the config measured last. */
  recalibrate(measured: Config, next: Config): boolean;
  /** Handles a widget's own commands (the Tiny Transformer's `example`). */
  command?(command: Extra, run: RunState<Config, Trainer>): void;
}

/** What a widget's own command may read and do. */
export interface RunState<Config, Trainer> {
  readonly config: Config | null;
  readonly trainer: Trainer | null;
  readonly running: boolean;
  readonly diverged: boolean;
  emit(): void;
  fail(error: unknown): void;
}

/** What the handler needs from its host (the worker scope, or a test). */
export interface RunHandlerOptions<Config, S, D> {
  post(event: RunEvent<S, D>, transfer: Transferable[]): void;
  /** Picks and switches the tfjs backend for a config (default: the model's measurement). */
  chooseBackend?(config: Config): Promise<{ backend: string; calibration: BackendFigure[] }>;
  /** The active tfjs backend, a switch to a requested one, and to cpu when webgl fails mid-run. */
  backend?: { current(): string; use(name: string): Promise<boolean>; fallBackToCpu(): Promise<void> };
  /** Runs `fn` soon, after pending messages (default `createScheduler()`). */
  schedule?(fn: () => void): void;
  now?(): number;
  chunkMs?: number;
  snapshotMs?: number;
}

/** Handles commands one at a time; `handle` returns a promise per command for tests. */
export interface RunHandler<Command> {
  handle(command: Command): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An error the learner may see: its message is the English, `noticeMessage` the catalog key the page shows in its language. */
export class NoticeError extends Error {
  readonly noticeMessage: NoticeMessage;
  constructor(key: MessageKey, vars: Record<string, string | number> = {}) {
    super(t(key, vars));
    this.noticeMessage = { key, vars };
  }
}

/** The issues of a failed zod parse, as one line. */
export const zodIssues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');

/** Creates the message handler of a widget's training worker. */
export function createRunHandler<Config, Trainer extends RunTrainer, S extends RunSnapshot, D extends object, Extra extends { type: string; runId: number } = never>(
  model: RunModel<Config, Trainer, S, D, Extra>,
  options: RunHandlerOptions<Config, S, D>,
): RunHandler<RunCommand<unknown> | Extra> {
  const choose = options.chooseBackend ?? ((config: Config) => model.chooseBackend(config));
  const backend = options.backend ?? { current: currentBackend, use: (name: string) => switchBackend(name), fallBackToCpu };
  const schedule = options.schedule ?? createScheduler();
  const now = options.now ?? (() => performance.now());
  const chunkMs = options.chunkMs ?? CHUNK_MS;
  const snapshotMs = options.snapshotMs ?? SNAPSHOT_MS;
  const post = options.post;

  let runId = -1;
  // The newest runId a configure/reset has asked for, set on arrival (before queued work runs),
  // so commands of superseded runs still in the queue are skipped.
  let latestRunId = -1;
  let config: Config | null = null;
  // The config the backends were last measured on; null when none was, or a requested backend is in use.
  let measured: Config | null = null;
  // The backend the current run asks for, and the one a previous run switched to on request.
  let requested: RequestedBackend | undefined;
  let switchedTo: RequestedBackend | undefined;
  let trainer: Trainer | null = null;
  let running = false;
  // Once a run diverged, its weights are useless: every later command re-posts this event.
  let diverged: RunEvent<S, D> | null = null;
  let until = 0;
  // Whether the run stops by itself at a plateau, and its snapshots' final stretch at the target.
  let autoStop = false;
  let plateau: ProgressPoint[] = [];
  // Bumped whenever the loop must stop, so a tick scheduled earlier never resumes a newer run.
  let loopToken = 0;
  let lastSnapshotAt = 0;
  let snapshotInterval = snapshotMs;
  let stepsSinceSnapshot = 0;
  // The step of the last snapshot posted: a run's first trained chunk is posted at once, so
  // the learner sees the model move within ~30 ms of pressing play, not after a full interval.
  let postedStep = 0;
  let queue: Promise<void> = Promise.resolve();

  const stop = () => {
    running = false;
    loopToken++;
  };
  const fail = (error: unknown) => post({ type: 'error', runId, message: messageOf(error), ...(error instanceof NoticeError ? { noticeMessage: error.noticeMessage } : {}) }, []);

  /** Posts a snapshot, or `diverged` (and stops) when the run blew up. Returns false on divergence. */
  function emit(): boolean {
    if (!trainer) return false;
    const t = now();
    const seconds = (t - lastSnapshotAt) / 1000;
    const stepsPerSecond = stepsSinceSnapshot > 0 && seconds > 0 ? stepsSinceSnapshot / seconds : 0;
    const snap = model.snapshot(trainer);
    const blownUp = model.divergence(trainer, snap);
    lastSnapshotAt = t;
    stepsSinceSnapshot = 0;
    if (blownUp) {
      stop();
      diverged = { type: 'diverged', runId, step: snap.step, ...blownUp } as RunEvent<S, D>;
      post(diverged, []);
      return false;
    }
    const found = running ? plateauAt(snap) : null;
    if (found) stop();
    post({ type: 'snapshot', runId, ...snap, running, stepsPerSecond, ...(found ? { plateau: found } : {}) }, model.transfer(snap));
    postedStep = snap.step;
    snapshotInterval = Math.max(snapshotMs, SNAPSHOT_SHARE * (now() - t));
    return true;
  }

  /** Adds a training snapshot to the plateau's record; the plateau it ends, if any, ends auto-stop for this start. */
  function plateauAt(snap: S): Plateau | null {
    if (!autoStop || !model.progress || !config) return null;
    plateau = keepForPlateau(plateau, model.progress(snap, config));
    // a link's `until` names its own stopping step: no plateau stop before it
    const found = until > snap.step ? null : findPlateau(plateau);
    if (found) {
      autoStop = false;
      plateau = [];
    }
    return found;
  }

  const reachedUntil = () => until > 0 && trainer !== null && trainer.steps >= until;

  function tick(token: number): void {
    if (token !== loopToken || !running || !trainer) return;
    try {
      const start = now();
      while (now() - start < chunkMs && !reachedUntil()) {
        trainer.step(1);
        stepsSinceSnapshot++;
      }
      // webgl queues work asynchronously: wait for it so a chunk really lasts about chunkMs.
      trainer.sync();
      if (reachedUntil()) running = false;
      if ((!running || postedStep === 0 || now() - lastSnapshotAt >= snapshotInterval) && !emit()) return;
      if (running) schedule(() => tick(token));
    } catch (error) {
      stop();
      queue = queue.then(() => recover(error));
    }
  }

  /**
   * A failure on a GPU backend (a lost WebGL context, a shader that will not compile) restarts
   * the run on cpu with a notice instead of leaving the learner with a dead widget.
   */
  async function recover(error: unknown): Promise<void> {
    const failed = backend.current();
    if (failed === 'cpu' || !config) return fail(error);
    trainer?.dispose();
    trainer = null;
    await backend.fallBackToCpu();
    const noticeVars = { failed, error: messageOf(error).slice(0, 120) };
    const notice = t('train.notice.failed', noticeVars);
    post({ type: 'ready', runId, backend: 'cpu', calibration: [], notice, noticeMessage: { key: 'train.notice.failed', vars: noticeVars } }, []);
    // The run goes on on cpu, even if the URL asked for the backend that failed.
    measured = config;
    requested = undefined;
    switchedTo = undefined;
    await rebuild(config);
  }

  /** Uses the requested backend, or measures them when there is none (or it cannot start here). */
  async function pickBackend(next: Config): Promise<void> {
    if (requested) {
      if (switchedTo === requested) return;
      if (await backend.use(requested)) {
        switchedTo = requested;
        measured = null;
        return post({ type: 'ready', runId, backend: requested, calibration: [], requested: true }, []);
      }
    } else if (switchedTo === undefined && measured !== null && !model.recalibrate(measured, next)) return;
    const { backend: name, calibration } = await choose(next);
    // webgpu says why it could not start: only one widget offers it, and only where the browser has an adapter.
    const noticeKey = requested === 'webgpu' ? ('train.notice.cannotStartWebgpu' as const) : ('train.notice.cannotStart' as const);
    const noticeMessage = requested ? { key: noticeKey, vars: { requested, name } } : undefined;
    const notice = noticeMessage ? t(noticeMessage.key, noticeMessage.vars) : undefined;
    switchedTo = undefined;
    measured = next;
    post({ type: 'ready', runId, backend: name, calibration, ...(notice ? { notice, noticeMessage } : {}) }, []);
  }

  /** Replaces the current trainer with a fresh one at step 0 and posts its snapshot. */
  async function rebuild(next: Config): Promise<void> {
    trainer?.dispose();
    trainer = null;
    await pickBackend(next);
    config = next;
    trainer = model.create(next);
    diverged = null;
    until = 0;
    autoStop = false;
    plateau = [];
    lastSnapshotAt = now();
    stepsSinceSnapshot = 0;
    const first = model.firstSnapshot?.(trainer) ?? null;
    if (first) post({ type: 'snapshot', runId, ...first, running, stepsPerSecond: 0 }, model.transfer(first));
    emit();
  }

  const state: RunState<Config, Trainer> = {
    get config() {
      return config;
    },
    get trainer() {
      return trainer;
    },
    get running() {
      return running;
    },
    get diverged() {
      return diverged !== null;
    },
    emit: () => void emit(),
    fail,
  };

  async function process(command: RunCommand<unknown> | Extra): Promise<void> {
    const isNewRun = command.type === 'configure' || command.type === 'reset';
    if (command.runId < latestRunId || (!isNewRun && command.runId !== runId)) return;
    const common = command as RunCommand<unknown>;
    switch (common.type) {
      case 'configure': {
        runId = common.runId;
        stop();
        const parsed = model.schema.safeParse(common.config);
        if (!parsed.success) {
          trainer?.dispose();
          trainer = null;
          config = null;
          return fail(new NoticeError('train.error.invalidConfig', { issues: zodIssues(parsed.error) }));
        }
        model.configure?.(common, parsed.data);
        requested = common.backend;
        return rebuild(parsed.data);
      }
      case 'reset':
        runId = common.runId;
        stop();
        if (!config) return fail(new Error('reset before configure'));
        return rebuild(config);
      case 'start':
        if (diverged) return post(diverged, []);
        if (!trainer) return fail(new Error('start before configure'));
        until = common.until ?? 0;
        autoStop = common.autoStop === true;
        if (!autoStop) plateau = [];
        if (running) return;
        if (reachedUntil()) return void emit();
        running = true;
        loopToken++;
        lastSnapshotAt = now();
        stepsSinceSnapshot = 0;
        schedule(((token) => () => tick(token))(loopToken));
        return;
      case 'pause':
        stop();
        if (trainer && !diverged) emit();
        return;
      case 'step': {
        stop();
        if (diverged) return post(diverged, []);
        if (!trainer) return fail(new Error('step before configure'));
        lastSnapshotAt = now();
        const steps = Math.max(1, Math.floor(common.steps ?? 1));
        trainer.step(steps);
        stepsSinceSnapshot = steps;
        emit();
        return;
      }
      case 'dispose':
        stop();
        trainer?.dispose();
        trainer = null;
        return;
      default:
        return model.command?.(command as Extra, state);
    }
  }

  return {
    handle(command) {
      if ((command.type === 'configure' || command.type === 'reset') && command.runId > latestRunId) latestRunId = command.runId;
      // One command at a time: a configure that awaits calibration finishes before the next runs.
      queue = queue.then(() => process(command)).catch(fail);
      return queue;
    },
  };
}
