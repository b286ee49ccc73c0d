import * as tf from '@tensorflow/tfjs';
import { prepareText, type PreparedText } from '@/lib/data/char-vocab';
import type { MoeLmConfig } from '@/lib/tf/moe-lm';
import type { LoadedCorpus } from './assets';
import { SHIPPED_SHAPE } from './checkpoints';
import { CHECKPOINT_IDS, type CheckpointId } from './params';
import { LM_SHAPE_KEYS, LOAD_HISTORY, type CheckpointState, type LmConfig, type LmModelInfo, type LmSnapshot, type LoadRow, type TextRouting } from './protocol';
import { createLmTrainer, divergenceLoss, trainerFromCheckpoint, type LmTrainer, type LmTrainOptions, type StepStats } from './trainer';

const LN2 = Math.log(2);

/** The training options the run's knobs set (a checkpoint's model trains on with these). */
export function trainOptions(config: LmConfig, withDense: boolean): LmTrainOptions {
  return {
    lr: config.lr,
    batch: config.batch,
    seed: config.seed,
    lambda: config.lambda,
    zLoss: config.zloss,
    capacityFactor: config.capacity,
    jitter: config.jitter,
    biasSpeed: config.gamma,
    withDense,
  };
}

/** A fresh model's shape from the knobs: 4 heads (every allowed width gives heads of ≥ 8), experts as wide as the model like the shipped ones. */
export function shapeFromKnobs(config: LmConfig, vocabSize: number): MoeLmConfig {
  return {
    vocabSize,
    context: config.context,
    layers: config.layers,
    dModel: config.dModel,
    heads: SHIPPED_SHAPE.heads,
    expertHidden: config.dModel,
    numExperts: config.experts,
    k: config.k,
    // the dense model (N = 1) has nothing to split
    granularity: config.experts === 1 ? 1 : config.granularity,
    sharedExpert: config.shared,
    router: config.router,
  };
}

/** The model's shape as the knobs name it, to compare with what a checkpoint fixes. */
function knobsOf(c: MoeLmConfig): Pick<LmConfig, (typeof LM_SHAPE_KEYS)[number]> {
  return { layers: c.layers, dModel: c.dModel, context: c.context, experts: c.numExperts, k: c.k, router: c.router, shared: c.sharedExpert, granularity: c.granularity };
}

/** What a checkpoint's bytes are, once fetched: the file, or why it could not be had. */
export type CheckpointBytes = ArrayBuffer | Error;

/** One run as the run loop sees it: the trainer and what the snapshots accumulate. */
export interface LmRun {
  readonly lm: LmTrainer;
  readonly checkpoint: CheckpointState;
  readonly steps: number;
  step(count?: number): void;
  sync(): void;
  dispose(): void;
  /** Models whose training loss blew up since the last call (and clears the record). */
  divergence(): Array<'moe' | 'dense'>;
  setText(text: string | null): void;
  snapshot(): Omit<LmSnapshot, 'running' | 'stepsPerSecond'>;
  /**
   * The routing-only snapshot of a checkpoint run at its first step: the learner's text routed,
   * no held-out figures, load or sources (null from scratch, without a text, or after a step).
   * One routing forward of the text, so the first colour does not wait for the evaluation.
   */
  firstSnapshot(): Omit<LmSnapshot, 'running' | 'stepsPerSecond'> | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Loads the checkpoint into a trainer, or says why not (another corpus, a broken file …). The
 * file is decoded once: its metadata says whether the model is the dense baseline, which is its
 * own baseline and trains without a second dense model beside it.
 */
function fromCheckpoint(id: CheckpointId, bytes: CheckpointBytes | undefined, corpus: LoadedCorpus, config: LmConfig): { lm: LmTrainer } | { error: string } {
  if (bytes === undefined) return { error: 'not fetched' };
  if (bytes instanceof Error) return { error: bytes.message };
  try {
    const { trainer } = trainerFromCheckpoint(bytes, corpus.ids, (meta) => {
      if (meta.corpusHash !== corpus.hash) throw new Error(`it was trained on another corpus (${meta.corpusHash}, this one is ${corpus.hash})`);
      return trainOptions(config, meta.config.numExperts > 1);
    });
    return { lm: trainer };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** How the knobs differ from the shape a checkpoint fixes, as one notice (none when they agree). */
function shapeNotice(id: CheckpointId, config: LmConfig, model: MoeLmConfig): Pick<CheckpointState, 'notice' | 'noticeMessage'> {
  const fixed = knobsOf(model);
  const differ = LM_SHAPE_KEYS.filter((key) => config[key] !== fixed[key]);
  if (differ.length === 0) return {};
  const vars = { id, differ: differ.map((key) => `${key} ${String(fixed[key])}`).join(', ') };
  return { notice: `The ${id} checkpoint fixes the model's shape (${vars.differ}); choose "scratch" to train another shape.`, noticeMessage: { key: 'lm.notice.checkpointShape', vars } };
}

/** Builds the run of `config`: from its checkpoint when it loads, else from scratch with a notice. */
export function createLmRun(config: LmConfig, corpus: LoadedCorpus, checkpoints: ReadonlyMap<CheckpointId, CheckpointBytes>): LmRun {
  let lm: LmTrainer | null = null;
  let checkpoint: CheckpointState = { requested: config.checkpoint, loaded: null };
  if (config.checkpoint !== 'scratch') {
    const id = config.checkpoint as CheckpointId;
    const got = fromCheckpoint(id, checkpoints.get(id), corpus, config);
    if ('lm' in got) {
      lm = got.lm;
      checkpoint = { requested: id, loaded: id, ...shapeNotice(id, config, lm.config) };
    } else {
      const vars = { id, error: got.error.slice(0, 160) };
      checkpoint = { requested: id, loaded: null, notice: `The ${id} checkpoint could not be loaded (${vars.error}); training from scratch instead.`, noticeMessage: { key: 'lm.notice.checkpointFailed', vars } };
    }
  }
  if (!lm) lm = createLmTrainer(shapeFromKnobs(config, corpus.vocab.chars.length), trainOptions(config, config.experts > 1), corpus.ids);
  return lmRun(lm, checkpoint, corpus);
}

function lmRun(lm: LmTrainer, checkpoint: CheckpointState, corpus: LoadedCorpus): LmRun {
  const limit = divergenceLoss(lm.config.vocabSize) / LN2;
  let last: StepStats | null = null;
  let blownUp = new Set<'moe' | 'dense'>();
  let history: LoadRow[] = [];
  let text: PreparedText | null = null;
  // the sources' routing changes only with a step (a text edit's snapshot reuses it)
  let sources: { steps: number; rows: LmSnapshot['sources'] } | null = null;
  const info: LmModelInfo = {
    ...knobsOf(lm.config),
    params: lm.params,
    denseParams: lm.denseParams,
  };

  // the text's routing changes only with a step or a new text: a checkpoint's two first snapshots route it once
  let routed: { steps: number; text: PreparedText; routing: TextRouting } | null = null;
  function routeText(): TextRouting | null {
    if (!text) return null;
    if (routed?.steps !== lm.steps || routed.text !== text) {
      routed = { steps: lm.steps, text, routing: { chars: text.chars, ids: Array.from(text.ids), routes: lm.route(text.ids), unknown: text.unknown, notices: text.notices } };
    }
    return routed.routing;
  }

  return {
    lm,
    checkpoint,
    get steps() {
      return lm.steps;
    },
    step(count = 1) {
      last = lm.step(count);
      if (!(last.trainBpc < limit)) blownUp.add('moe');
      if (last.denseTrainBpc !== null && !(last.denseTrainBpc < limit)) blownUp.add('dense');
    },
    sync: () => lm.sync(),
    dispose: () => lm.dispose(),
    divergence() {
      const models = [...blownUp];
      blownUp = new Set();
      return models;
    },
    setText(raw) {
      text = raw === null ? null : prepareText(corpus.vocab, raw);
    },
    firstSnapshot() {
      if (checkpoint.loaded === null || !text || last !== null) return null;
      return {
        step: lm.steps,
        heldoutBpc: null,
        denseHeldoutBpc: null,
        trainBpc: null,
        denseTrainBpc: null,
        unigramBits: corpus.unigramBits,
        load: [],
        dropped: null,
        loadHistory: history,
        text: routeText(),
        sources: [],
        checkpoint,
        model: info,
        tensors: tf.memory().numTensors,
      };
    },
    snapshot() {
      const ev = lm.evaluate();
      const row = { step: lm.steps, load: ev.load };
      history = [...history.filter((r) => r.step < row.step), row];
      // thin the older rows evenly so a long run keeps a bounded heatmap
      if (history.length > LOAD_HISTORY) history = history.filter((_, i) => i % 2 === 0 || i === history.length - 1);
      if (sources?.steps !== lm.steps) {
        const rows = corpus.samples.map((s) => {
          const routes = lm.route(s.ids);
          return { source: s.source, chars: s.chars, experts: Array.from({ length: lm.config.layers }, (_, l) => routes.map((r) => r[l].expert)) };
        });
        sources = { steps: lm.steps, rows };
      }
      return {
        step: lm.steps,
        heldoutBpc: ev.heldoutBpc,
        denseHeldoutBpc: ev.denseHeldoutBpc,
        trainBpc: last?.trainBpc ?? null,
        denseTrainBpc: last?.denseTrainBpc ?? null,
        unigramBits: corpus.unigramBits,
        load: ev.load,
        dropped: last ? last.dropped : null,
        loadHistory: history,
        text: routeText(),
        sources: sources.rows,
        checkpoint,
        model: info,
        tensors: tf.memory().numTensors,
      };
    },
  };
}

export const isCheckpointId = (id: unknown): id is CheckpointId => (CHECKPOINT_IDS as readonly unknown[]).includes(id);
