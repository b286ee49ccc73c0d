import type { MoeLmConfig } from '@/lib/tf/moe-lm';
import type { CheckpointId } from './params';
import type { LmTrainOptions } from './trainer';

/** Where the shipped checkpoints lie: in the repository and on the site. */
export const CHECKPOINT_DIR = 'public/models/moe-lm';
export const CHECKPOINT_URL = '/models/moe-lm';
export const checkpointFile = (id: CheckpointId) => `${id}.bin`;

/** The shape every shipped checkpoint shares (the widget's defaults); vocabSize comes from the corpus. */
export const SHIPPED_SHAPE: Omit<MoeLmConfig, 'vocabSize' | 'numExperts' | 'k' | 'router'> = {
  context: 64,
  layers: 2,
  dModel: 64,
  heads: 4,
  expertHidden: 64,
  granularity: 1,
  sharedExpert: false,
};

/** Training options of the shipped checkpoints: the widget's defaults but a higher learning rate (a few minutes of CPU per checkpoint), dense twin off. */
export const SHIPPED_TRAINING: LmTrainOptions = { lr: 0.01, batch: 16, seed: 1, lambda: 0.01, zLoss: 0.001, capacityFactor: 0, jitter: 0, biasSpeed: 0.001, withDense: false };

/** What differs between the shipped checkpoints: N 8 K 2 balanced, the same at λ = 0, aux-free bias balancing, and the dense model of the same active size. */
export const CHECKPOINT_SPECS: Record<CheckpointId, { model: Pick<MoeLmConfig, 'numExperts' | 'k' | 'router'>; training: Partial<LmTrainOptions>; dense?: boolean }> = {
  balanced: { model: { numExperts: 8, k: 2, router: 'mixtral' }, training: {} },
  collapse: { model: { numExperts: 8, k: 2, router: 'mixtral' }, training: { lambda: 0 } },
  'aux-free': { model: { numExperts: 8, k: 2, router: 'aux-free' }, training: { lambda: 0 } },
  dense: { model: { numExperts: 8, k: 2, router: 'mixtral' }, training: {}, dense: true },
};

/** One entry of public/models/moe-lm/manifest.json. */
export interface ManifestEntry {
  id: CheckpointId;
  file: string;
  bytes: number;
  config: MoeLmConfig;
  training: LmTrainOptions;
  steps: number;
  seconds: number;
  backend: string;
  params: { total: number; active: number };
  /** Held-out bits per character at save time, measured on the fixed held-out windows with the saved (int8) weights. */
  heldoutBpc: number;
  /** The corpus's unigram entropy (bits per character), the reference. */
  unigramBits: number;
  /** Per layer, share of held-out assignments per expert. */
  load: number[][];
  corpusHash: string;
}
