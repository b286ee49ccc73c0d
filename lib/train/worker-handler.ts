import { chooseBackend, currentBackend, fallBackToCpu } from './backend';
import { snapshotTransferables, trainConfigSchema, type BackendFigure, type TrainCommand, type TrainConfig, type TrainEvent, type TrainSnapshot } from './protocol';
import { createTrainer, type Trainer } from './trainer';
import { createScheduler } from './schedule';

/** Train in chunks of about this many ms, then yield so queued messages are handled. */
export const CHUNK_MS = 30;
/** Post a snapshot about this often while training (5 per second: live, and light on the page). */
export const SNAPSHOT_MS = 200;
/** …but spend at most 1 / SNAPSHOT_SHARE of the time on snapshots (grids are costly on slow cpus). */
export const SNAPSHOT_SHARE = 4;

/** What the handler needs from its host (the worker scope, or a test). */
export interface WorkerHandlerOptions {
  post(event: TrainEvent, transfer: Transferable[]): void;
  /** Picks and switches the tfjs backend for a config (default: measure with `chooseBackend`). */
  chooseBackend?(config: TrainConfig): Promise<{ backend: string; calibration: BackendFigure[] }>;
  /** The active tfjs backend and a switch to cpu, for recovering when webgl fails mid-run. */
  backend?: { current(): string; fallBackToCpu(): Promise<void> };
  /** Runs `fn` soon, after pending messages (default `createScheduler()`). */
  schedule?(fn: () => void): void;
  now?(): number;
  chunkMs?: number;
  snapshotMs?: number;
}

/** Handles `TrainCommand`s one at a time; returns a promise per command for tests. */
export interface WorkerHandler {
  handle(command: TrainCommand): Promise<void>;
}

/** A rough measure of the work per step, to recalibrate only when the model size changes a lot. */
function workSize(config: TrainConfig): number {
  return config.batch * config.experts * (config.hidden + 1);
}

/** Which models' metrics are not finite. */
function divergedModels(s: TrainSnapshot): Array<'moe' | 'dense'> {
  const models: Array<'moe' | 'dense'> = [];
  if (![s.loss, s.auxLoss, s.zLoss].every(Number.isFinite)) models.push('moe');
  if (!Number.isFinite(s.dense.loss)) models.push('dense');
  return models;
}

/** Creates the worker's message handler: one run at a time, trained in chunks between messages. */
export function createWorkerHandler(options: WorkerHandlerOptions): WorkerHandler {
  const choose = options.chooseBackend ?? ((config: TrainConfig) => chooseBackend(config));
  const backend = options.backend ?? { current: currentBackend, fallBackToCpu };
  const schedule = options.schedule ?? createScheduler();
  const now = options.now ?? (() => performance.now());
  const chunkMs = options.chunkMs ?? CHUNK_MS;
  const snapshotMs = options.snapshotMs ?? SNAPSHOT_MS;

  let runId = -1;
  // The newest runId a configure/reset has asked for, set on arrival (before queued work runs),
  // so commands of superseded runs still in the queue are skipped (a slider drag sends many).
  let latestRunId = -1;
  let config: TrainConfig | null = null;
  let calibratedWork: number | null = null;
  let trainer: Trainer | null = null;
  let running = false;
  // Once a run diverged, its weights are useless: every later command re-posts this event.
  let diverged: TrainEvent | null = null;
  let until = 0;
  // Bumped whenever the loop must stop, so a tick scheduled earlier never resumes a newer run.
  let loopToken = 0;
  let lastSnapshotAt = 0;
  let snapshotInterval = snapshotMs;
  // The step of the last snapshot posted: a run's first trained chunk is posted at once, so
  // the learner sees the model move within ~30 ms of pressing play, not after a full interval.
  let postedStep = 0;
  let stepsSinceSnapshot = 0;
  let queue: Promise<void> = Promise.resolve();

  const stop = () => {
    running = false;
    loopToken++;
  };

  /** Posts a snapshot, or `diverged` (and stops) when a loss blew up. Returns false on divergence. */
  function emit(): boolean {
    if (!trainer) return false;
    const t = now();
    const seconds = (t - lastSnapshotAt) / 1000;
    const stepsPerSecond = stepsSinceSnapshot > 0 && seconds > 0 ? stepsSinceSnapshot / seconds : 0;
    const blownUp = trainer.divergence();
    const snap = trainer.snapshot();
    lastSnapshotAt = t;
    stepsSinceSnapshot = 0;
    const models = [...new Set([...blownUp, ...divergedModels(snap)])];
    if (models.length > 0) {
      stop();
      const message = `The training loss blew up (NaN, infinite or over 20× a uniform guess) by step ${snap.step}; try a smaller learning rate.`;
      diverged = { type: 'diverged', runId, step: snap.step, models, message };
      options.post(diverged, []);
      return false;
    }
    options.post({ type: 'snapshot', runId, ...snap, running, stepsPerSecond }, snapshotTransferables(snap));
    postedStep = snap.step;
    snapshotInterval = Math.max(snapshotMs, SNAPSHOT_SHARE * (now() - t));
    return true;
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
    const reason = error instanceof Error ? error.message : String(error);
    trainer?.dispose();
    trainer = null;
    await backend.fallBackToCpu();
    const notice = `The ${failed} backend failed (${reason.slice(0, 120)}); training restarted on cpu from step 0.`;
    options.post({ type: 'ready', runId, backend: 'cpu', calibration: [], notice }, []);
    calibratedWork = workSize(config);
    await rebuild(config);
  }

  function fail(error: unknown): void {
    options.post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) }, []);
  }

  /** Replaces the current trainer with a fresh one at step 0 and posts its snapshot. */
  async function rebuild(next: TrainConfig): Promise<void> {
    trainer?.dispose();
    trainer = null;
    const work = workSize(next);
    if (calibratedWork === null || work > 4 * calibratedWork || 4 * work < calibratedWork) {
      const { backend, calibration } = await choose(next);
      calibratedWork = work;
      options.post({ type: 'ready', runId, backend, calibration }, []);
    }
    config = next;
    trainer = createTrainer(next);
    diverged = null;
    until = 0;
    lastSnapshotAt = now();
    stepsSinceSnapshot = 0;
    emit();
  }

  async function process(command: TrainCommand): Promise<void> {
    const isNewRun = command.type === 'configure' || command.type === 'reset';
    if (command.runId < latestRunId || (!isNewRun && command.runId !== runId)) return;
    switch (command.type) {
      case 'configure': {
        runId = command.runId;
        stop();
        const parsed = trainConfigSchema.safeParse(command.config);
        if (!parsed.success) {
          trainer?.dispose();
          trainer = null;
          config = null;
          fail(new Error(`Invalid config: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`));
          return;
        }
        await rebuild(parsed.data);
        return;
      }
      case 'reset':
        runId = command.runId;
        stop();
        if (!config) return fail(new Error('reset before configure'));
        await rebuild(config);
        return;
      case 'start':
        if (diverged) return options.post(diverged, []);
        if (!trainer) return fail(new Error('start before configure'));
        until = command.until ?? 0;
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
        if (diverged) return options.post(diverged, []);
        if (!trainer) return fail(new Error('step before configure'));
        lastSnapshotAt = now();
        const steps = Math.max(1, Math.floor(command.steps ?? 1));
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
