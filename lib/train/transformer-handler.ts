import { currentBackend, fallBackToCpu } from './backend';
import type { BackendFigure } from './protocol';
import { defaultExample, parseExample } from './sequence-tasks';
import { chooseTransformerBackend } from './transformer-backend';
import { createScheduler } from './schedule';
import { transformerConfigSchema, type TransformerCommand, type TransformerConfig, type TransformerEvent } from './transformer-protocol';
import { createTransformerTrainer, type TransformerTrainer } from './transformer-trainer';

/** Train in chunks of about this many ms, then yield so queued messages are handled. */
export const CHUNK_MS = 30;
/** Post a snapshot about this often while training. */
export const SNAPSHOT_MS = 200;

export interface TransformerHandlerOptions {
  post(event: TransformerEvent, transfer: Transferable[]): void;
  chooseBackend?(config: TransformerConfig): Promise<{ backend: string; calibration: BackendFigure[] }>;
  backend?: { current(): string; fallBackToCpu(): Promise<void> };
  schedule?(fn: () => void): void;
  now?(): number;
  chunkMs?: number;
  snapshotMs?: number;
}

/** Handles `TransformerCommand`s one at a time; `handle` returns a promise per command for tests. */
export function createTransformerHandler(options: TransformerHandlerOptions): { handle(command: TransformerCommand): Promise<void> } {
  const choose = options.chooseBackend ?? ((config: TransformerConfig) => chooseTransformerBackend(config));
  const backend = options.backend ?? { current: currentBackend, fallBackToCpu };
  const schedule = options.schedule ?? createScheduler();
  const now = options.now ?? (() => performance.now());
  const chunkMs = options.chunkMs ?? CHUNK_MS;
  const snapshotMs = options.snapshotMs ?? SNAPSHOT_MS;

  let runId = -1;
  let latestRunId = -1;
  let config: TransformerConfig | null = null;
  let calibrated = false;
  let trainer: TransformerTrainer | null = null;
  let digits: number[] = [];
  let running = false;
  let diverged: TransformerEvent | null = null;
  let until = 0;
  let loopToken = 0;
  let lastSnapshotAt = 0;
  let snapshotInterval = snapshotMs;
  let stepsSinceSnapshot = 0;
  let queue: Promise<void> = Promise.resolve();

  const stop = () => {
    running = false;
    loopToken++;
  };
  const fail = (error: unknown) => options.post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) }, []);

  /** Posts a snapshot, or `diverged` (and stops). Returns false on divergence. */
  function emit(): boolean {
    if (!trainer) return false;
    const t = now();
    const seconds = (t - lastSnapshotAt) / 1000;
    const stepsPerSecond = stepsSinceSnapshot > 0 && seconds > 0 ? stepsSinceSnapshot / seconds : 0;
    const blownUp = trainer.diverged();
    const snap = trainer.snapshot(digits);
    lastSnapshotAt = t;
    stepsSinceSnapshot = 0;
    if (blownUp || !Number.isFinite(snap.loss)) {
      stop();
      const message = `The training loss blew up (NaN, infinite or over 10× a uniform guess) by step ${snap.step}; try a smaller learning rate.`;
      diverged = { type: 'diverged', runId, step: snap.step, message };
      options.post(diverged, []);
      return false;
    }
    options.post({ type: 'snapshot', runId, ...snap, running, stepsPerSecond }, [snap.example.attention.buffer as ArrayBuffer]);
    snapshotInterval = Math.max(snapshotMs, 4 * (now() - t));
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
      trainer.sync();
      if (reachedUntil()) running = false;
      if ((!running || now() - lastSnapshotAt >= snapshotInterval) && !emit()) return;
      if (running) schedule(() => tick(token));
    } catch (error) {
      stop();
      queue = queue.then(() => recover(error));
    }
  }

  /** A failure on a GPU backend restarts the run on cpu with a notice. */
  async function recover(error: unknown): Promise<void> {
    const failed = backend.current();
    if (failed === 'cpu' || !config) return fail(error);
    const reason = error instanceof Error ? error.message : String(error);
    trainer?.dispose();
    trainer = null;
    await backend.fallBackToCpu();
    options.post({ type: 'ready', runId, backend: 'cpu', calibration: [], notice: `The ${failed} backend failed (${reason.slice(0, 120)}); training restarted on cpu from step 0.` }, []);
    await rebuild(config);
  }

  async function rebuild(next: TransformerConfig): Promise<void> {
    trainer?.dispose();
    trainer = null;
    if (!calibrated) {
      const { backend: name, calibration } = await choose(next);
      calibrated = true;
      options.post({ type: 'ready', runId, backend: name, calibration }, []);
    }
    config = next;
    if (digits.length !== next.length) digits = defaultExample(next.length);
    trainer = createTransformerTrainer(next);
    diverged = null;
    until = 0;
    lastSnapshotAt = now();
    stepsSinceSnapshot = 0;
    emit();
  }

  async function process(command: TransformerCommand): Promise<void> {
    const isNewRun = command.type === 'configure' || command.type === 'reset';
    if (command.runId < latestRunId || (!isNewRun && command.runId !== runId)) return;
    switch (command.type) {
      case 'configure': {
        runId = command.runId;
        stop();
        const parsed = transformerConfigSchema.safeParse(command.config);
        if (!parsed.success) {
          trainer?.dispose();
          trainer = null;
          config = null;
          return fail(new Error(`Invalid config: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`));
        }
        if (command.example && command.example.length === parsed.data.length) digits = [...command.example];
        return rebuild(parsed.data);
      }
      case 'reset':
        runId = command.runId;
        stop();
        if (!config) return fail(new Error('reset before configure'));
        return rebuild(config);
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
      case 'example': {
        const parsed = config ? parseExample(command.digits.join(''), config.length) : { error: 'no model yet' };
        if ('error' in parsed) return fail(new Error(`Invalid example: ${parsed.error}`));
        digits = parsed.digits;
        // While training, the next regular snapshot shows it; otherwise answer now.
        if (!running && trainer && !diverged) emit();
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
      queue = queue.then(() => process(command)).catch(fail);
      return queue;
    },
  };
}
