import * as tf from '@tensorflow/tfjs';
import type { ActivationName } from './activation-names';

/**
 * Mean softmax cross-entropy of `logits` [tokens, C] against one-hot `labels` (the value of
 * `tf.losses.softmaxCrossEntropy`) and its gradient with respect to the logits, (softmax − y) / tokens.
 */
export function crossEntropyWithGradient(logits: tf.Tensor2D, labels: tf.Tensor2D): { loss: tf.Scalar; dLogits: tf.Tensor2D } {
  return tf.tidy(() => {
    const tokens = logits.shape[0];
    const logProbs = tf.logSoftmax(logits);
    const loss = logProbs.mul(labels).sum().mul(-1 / tokens) as tf.Scalar;
    const dLogits = logProbs.exp().sub(labels).mul(1 / tokens) as tf.Tensor2D;
    return { loss, dLogits };
  });
}

/**
 * The gradient at an activation's input from the gradient at its output `dOut`, read off the
 * output `out` itself: ReLU passes it where out > 0 (as tf.relu's gradient), tanh scales it by 1 − out².
 */
export function activationBackward(out: tf.Tensor2D, dOut: tf.Tensor2D, name: ActivationName): tf.Tensor2D {
  return tf.tidy(() => (name === 'relu' ? dOut.mul(tf.step(out)) : dOut.mul(tf.scalar(1).sub(out.square()))) as tf.Tensor2D);
}
