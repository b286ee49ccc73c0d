import * as tf from '@tensorflow/tfjs';
import { decodeCheckpoint, encodeCheckpoint, type StoredTensor } from './checkpoint';
import { createMoeLm, disposeMoeLm, type MoeLm, type MoeLmConfig } from './moe-lm';

/** What a checkpoint file must hold besides the weights: the model's shape, and whatever the caller adds. */
export interface MoeLmCheckpointMeta {
  format: 'moe-lm';
  version: 1;
  config: MoeLmConfig;
}

/** The model's weights (int8 per row for matrices) and `meta` as one file. */
export function saveMoeLm<M extends MoeLmCheckpointMeta>(model: MoeLm, meta: M): Uint8Array {
  const tensors = model.named.map(([name, v]): [string, StoredTensor] => [name, { shape: [...v.shape], data: v.dataSync() as Float32Array }]);
  return encodeCheckpoint(meta, tensors);
}

/** A new model from a file of saveMoeLm; throws an Error naming what does not fit. */
export function loadMoeLm<M extends MoeLmCheckpointMeta>(bytes: ArrayBuffer | Uint8Array): { model: MoeLm; meta: M } {
  const { meta, tensors } = decodeCheckpoint<M>(bytes);
  if (meta?.format !== 'moe-lm' || meta.version !== 1) throw new Error('not an MoE language model checkpoint (format or version)');
  // Initial values are overwritten below; a fixed source keeps creation cheap and deterministic.
  const model = createMoeLm(meta.config, { next: () => 0.5 });
  try {
    for (const [name, v] of model.named) {
      const stored: StoredTensor | undefined = tensors.get(name);
      if (!stored) throw new Error(`checkpoint lacks ${name}`);
      if (stored.shape.join('x') !== v.shape.join('x')) throw new Error(`checkpoint's ${name} is ${stored.shape.join('×')}, the model's ${v.shape.join('×')}`);
      tf.tidy(() => v.assign(tf.tensor(stored.data, v.shape)));
    }
  } catch (error) {
    disposeMoeLm(model);
    throw error;
  }
  return { model, meta };
}
