import * as tf from '@tensorflow/tfjs';
import { denseForward, type DenseClassifier } from '@/lib/tf/dense-classifier';
import { moeClassifierForward, type MoeClassifier } from '@/lib/tf/moe-classifier';
import { loadBalancingLoss, routerZLoss } from '@/lib/tf/routing';
import type { ModelView } from './protocol';

/** Fixed tensors an evaluation reads: the training set and the grid of cell centres. */
export interface EvalData {
  /** [points, 2] */
  x: tf.Tensor2D;
  /** [points] int32 class ids */
  labels: tf.Tensor1D;
  /** [points, C] one-hot */
  oneHot: tf.Tensor2D;
  /** [gridSize², 2] */
  grid: tf.Tensor2D;
}

/** Mean cross-entropy and accuracy of class logits against the training labels, as a [2] tensor. */
function lossAndAccuracy(classLogits: tf.Tensor2D, data: EvalData): tf.Tensor1D {
  const ce = tf.losses.softmaxCrossEntropy(data.oneHot, classLogits);
  const accuracy = classLogits.argMax(1).equal(data.labels).cast('float32').mean();
  return tf.stack([ce, accuracy]) as tf.Tensor1D;
}

/** Predicted class and its probability per grid cell. */
function gridView(classLogits: tf.Tensor2D): { classGrid: Uint8Array; confidence: Float32Array } {
  const [classes, confidence] = tf.tidy((): [tf.Tensor1D, tf.Tensor1D] => {
    const probs = tf.softmax(classLogits);
    return [probs.argMax(1) as tf.Tensor1D, probs.max(1) as tf.Tensor1D];
  });
  const classGrid = Uint8Array.from(classes.dataSync());
  const conf = new Float32Array(confidence.dataSync());
  classes.dispose();
  confidence.dispose();
  return { classGrid, confidence: conf };
}

/** The MoE's metrics on the training set (capacity applied in dataset order, no noise) and its maps. */
export function evaluateMoe(
  model: MoeClassifier,
  data: EvalData,
): ModelView & { auxLoss: number; zLoss: number; load: number[]; dropped: number; expertGrid: Uint8Array } {
  const { k, capacityFactor } = model.config;
  const [scalars, load] = tf.tidy((): [tf.Tensor1D, tf.Tensor1D] => {
    const { classLogits, moe } = moeClassifierForward(model, data.x, { capacityFactor });
    const kept = moe.keptMask.sum().div(moe.keptMask.shape[0] * k);
    const stats = tf.concat([
      lossAndAccuracy(classLogits, data),
      tf.stack([loadBalancingLoss(moe.probs, moe.selectionMask), routerZLoss(moe.logits), tf.scalar(1).sub(kept)]),
    ]);
    return [stats as tf.Tensor1D, moe.selectionMask.mean(0).div(k) as tf.Tensor1D];
  });
  const [loss, accuracy, auxLoss, zLoss, dropped] = Array.from(scalars.dataSync());
  const loadShares = Array.from(load.dataSync());
  scalars.dispose();
  load.dispose();

  const [gridLogits, top1] = tf.tidy((): [tf.Tensor2D, tf.Tensor1D] => {
    const { classLogits, moe } = moeClassifierForward(model, data.grid);
    return [classLogits, moe.topIndices.slice([0, 0], [-1, 1]).reshape([-1]) as tf.Tensor1D];
  });
  const expertGrid = Uint8Array.from(top1.dataSync());
  top1.dispose();
  const view = gridView(gridLogits);
  gridLogits.dispose();
  return { loss, accuracy, auxLoss, zLoss, dropped, load: loadShares, expertGrid, ...view };
}

/** The dense baseline's metrics on the training set and its decision map. */
export function evaluateDense(model: DenseClassifier, data: EvalData): ModelView {
  const scalars = tf.tidy(() => lossAndAccuracy(denseForward(model, data.x), data));
  const [loss, accuracy] = Array.from(scalars.dataSync());
  scalars.dispose();
  const gridLogits = denseForward(model, data.grid);
  const view = gridView(gridLogits);
  gridLogits.dispose();
  return { loss, accuracy, ...view };
}
