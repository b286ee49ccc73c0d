import { prepareText } from '@/lib/data/char-vocab';
import { candidateBackends, chooseBackend, isSoftwareRenderer, switchBackend, webGlRenderer } from '@/lib/train/backend';
import { createRunHandler, NoticeError, zodIssues, type RunHandler, type RunHandlerOptions, type RunModel } from '@/lib/train/run-handler';
import { loadedCorpus, siteAssets, type LmAssets, type LoadedCorpus } from './assets';
import { createLmRun, isCheckpointId, type CheckpointBytes, type LmRun } from './lm-run';
import type { CheckpointId } from './params';
import type { BackendFigure } from '@/lib/train/run-protocol';
import { generateSchema, lmConfigSchema, type DivergedModels, type GenerationEvent, type LmCommand, type LmConfig, type LmEvent, type LmSnapshot } from './protocol';

type OwnCommand = Extract<LmCommand, { type: 'text' | 'generate' }>;

/** A rough measure of the work per step, to measure the backends again only when the model size changes a lot. */
function workSize(config: LmConfig): number {
  return config.batch * config.context * config.layers * config.dModel * (config.k + 1);
}

/**
 * The backends are timed on the run's model with this many sequences a step: at the full batch a
 * step of MoE + dense takes about a second on a slow CPU, more than the measurement's warm-up limit,
 * and the ranking is the model's, not the batch's.
 */
const CALIBRATION_BATCH = 4;

/**
 * What to time: wasm, webgl and webgpu where they exist. tfjs's plain-JS cpu backend was 2.7×
 * slower than wasm for this model in Node (MoE + dense step of the smallest model: 288 against
 * 108 ms), and timing it first would delay the learner's first coloured text by seconds; it stays
 * the fallback.
 */
async function calibrationCandidates(): Promise<string[]> {
  const all = await candidateBackends();
  return all.includes('wasm') ? all.filter((b) => b !== 'cpu') : all;
}

export interface LmHandlerOptions extends RunHandlerOptions<LmConfig, LmSnapshot, DivergedModels> {
  /** Where the corpus and checkpoints come from (default: the site's files). */
  assets?: LmAssets;
}

/**
 * The MoE Language Model worker's message handler (see run-handler.ts for the protocol). Before
 * a configure reaches the run loop, the corpus and the configure's checkpoint are fetched (once
 * each: the first configure of the worker is what "the widget starts" costs); commands keep their
 * order behind it. The run itself is lm-run.ts.
 */
export function createLmHandler(options: LmHandlerOptions): RunHandler<LmCommand> {
  const assets = options.assets ?? siteAssets;
  let loaded: LoadedCorpus | null = null;
  let corpusError: string | null = null;
  const checkpoints = new Map<CheckpointId, CheckpointBytes>();
  // the learner's text, kept across runs (a knob change rebuilds the run, not the text)
  let text: string | null = null;
  const post = options.post as (event: LmEvent, transfer: Transferable[]) => void;

  async function prepare(command: LmCommand): Promise<void> {
    if (command.type !== 'configure') return;
    if (command.text !== undefined) text = command.text;
    const id = (command.config as { checkpoint?: unknown } | null)?.checkpoint;
    // the checkpoint downloads while the corpus is fetched and parsed (the first configure waits for both)
    // a checkpoint that fails stays failed for this worker: its runs train from scratch with a notice
    const bytes =
      isCheckpointId(id) && !checkpoints.has(id) ? assets.checkpoint(id).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))) : null;
    if (!loaded) {
      try {
        loaded = loadedCorpus(await assets.corpus());
        corpusError = null;
      } catch (error) {
        // this configure fails in create(); the next one tries again
        corpusError = error instanceof Error ? error.message : String(error);
      }
    }
    if (bytes && isCheckpointId(id)) checkpoints.set(id, await bytes);
  }

  const model: RunModel<LmConfig, LmRun, LmSnapshot, DivergedModels, OwnCommand> = {
    schema: lmConfigSchema,
    create(config) {
      if (!loaded) throw new NoticeError('lm.error.corpus', { error: corpusError ?? 'unknown error' });
      const run = createLmRun(config, loaded, checkpoints);
      run.setText(text);
      return run;
    },
    snapshot: (run) => ({ ...run.snapshot(), running: false, stepsPerSecond: 0 }),
    firstSnapshot(run) {
      const first = run.firstSnapshot();
      return first ? { ...first, running: false, stepsPerSecond: 0 } : null;
    },
    transfer: () => [],
    divergence(run, s) {
      const models = new Set(run.divergence());
      if (s.heldoutBpc !== null && !Number.isFinite(s.heldoutBpc)) models.add('moe');
      if (s.denseHeldoutBpc !== null && !Number.isFinite(s.denseHeldoutBpc)) models.add('dense');
      if (models.size === 0) return null;
      const message = `The training loss blew up (NaN, infinite or over 4× a uniform guess) by step ${s.step}; try a smaller learning rate.`;
      return { message, models: (['moe', 'dense'] as const).filter((m) => models.has(m)) };
    },
    async chooseBackend(config) {
      // With one backend worth timing (wasm, where webgl is absent or a software renderer and
      // webgpu has no hardware adapter), timing it would only delay the first coloured text (its
      // warm-up alone is over a second on a slow CPU): it is used untimed.
      const candidates = await calibrationCandidates();
      const renderer = candidates.includes('webgl') ? webGlRenderer() : null;
      const timed = candidates.filter((b) => b !== 'webgl' || (renderer !== null && !isSoftwareRenderer(renderer)));
      if (timed.length === 1 && (await switchBackend(timed[0]))) {
        const calibration = candidates.map((b): BackendFigure =>
          b === timed[0]
            ? { backend: b, stepsPerSecond: 0, error: 'the only backend to time here, used untimed', untimed: 'only-backend' }
            : { backend: b, stepsPerSecond: 0, error: `software renderer (${(renderer ?? '').slice(0, 60)}), not timed`, untimed: 'software-renderer' },
        );
        return { backend: timed[0], calibration };
      }
      const chosen = await chooseBackend(
        () => {
          if (!loaded) throw new Error('no corpus');
          return createLmRun({ ...config, batch: CALIBRATION_BATCH }, loaded, checkpoints);
        },
        { candidates },
      );
      // On a slow, loaded machine every warm-up can overrun the limit and score 0; cpu is then the worst pick, not a safe one.
      const anyTimed = chosen.calibration.some((c) => c.stepsPerSecond > 0);
      if (!anyTimed && chosen.calibration.some((c) => c.backend === 'wasm') && (await switchBackend('wasm'))) return { backend: 'wasm', calibration: chosen.calibration };
      return chosen;
    },
    recalibrate: (measured, next) => workSize(next) > 4 * workSize(measured) || 4 * workSize(next) < workSize(measured),
    command(command, run) {
      if (command.type === 'text') {
        text = command.text;
        run.trainer?.setText(text);
        // while training the next regular snapshot shows it; otherwise answer now
        if (!run.running && run.trainer && !run.diverged) run.emit();
        return;
      }
      const lm = run.trainer?.lm;
      if (!lm || !loaded || run.diverged) return run.fail(new NoticeError('lm.error.noModel'));
      const parsed = generateSchema.safeParse(command);
      if (!parsed.success) return run.fail(new NoticeError('lm.error.invalidGeneration', { issues: zodIssues(parsed.error) }));
      const request = parsed.data;
      const begin = performance.now();
      const prompt = prepareText(loaded.vocab, request.prompt);
      const out = lm.generate(prompt.ids, request.count, { temperature: request.temperature, topK: request.topK, topP: request.topP }, request.seed);
      const ids = [...prompt.ids, ...out];
      const generated = out.map((id) => loaded!.vocab.chars[id]);
      const event: GenerationEvent = {
        type: 'generation',
        runId: command.runId,
        chars: [...prompt.chars, ...generated],
        ids,
        routes: lm.route(ids),
        promptLength: prompt.chars.length,
        text: generated.join(''),
        ms: performance.now() - begin,
      };
      post(event, []);
    },
  };

  const inner = createRunHandler(model, options) as RunHandler<LmCommand>;
  let order: Promise<void> = Promise.resolve();
  return {
    handle(command) {
      // Each command enters the run loop's queue in arrival order, a configure once its files are here.
      const ready = order.then(() => prepare(command));
      const done = ready.then(() => inner.handle(command));
      order = ready.then(
        () => undefined,
        () => undefined,
      );
      return done;
    },
  };
}
