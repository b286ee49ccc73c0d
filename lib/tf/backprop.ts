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

/**
 * Mean softmax cross-entropy of `logits` [tokens, C] against class ids `targets` [tokens]: the
 * value and gradient of `tf.losses.softmaxCrossEntropy` on one-hot labels, −mean log p_target and
 * (softmax − y) / tokens, with one softmax kernel for both. tfjs's own loss runs logSumExp and
 * its tape (about a dozen [tokens, C] kernels); at the language model's [1024, 2000] that was a
 * third of a training step on tfjs-wasm. A target probability that underflows (a logit gap past
 * ~87 nats, far beyond any loss a run survives) reads as an infinite loss.
 */
export function softmaxCrossEntropyIds(logits: tf.Tensor2D, targets: tf.Tensor1D): tf.Scalar {
  const [tokens, classes] = logits.shape;
  const loss = tf.customGrad((...inputs: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [x, ids, save] = inputs as [tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
    const probs = tf.softmax(x) as tf.Tensor2D;
    save([probs, ids]);
    return {
      value: meanTargetNll(probs, ids),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
        const [p, t] = saved as [tf.Tensor2D, tf.Tensor1D];
        const labels = tf.oneHot(t, classes);
        return [p.sub(labels).mul((dy as tf.Scalar).div(tokens)), tf.zerosLike(t)];
      },
    };
  });
  return loss(logits, targets.cast('int32')) as tf.Scalar;
}

/** −mean log p_target of softmax probabilities [tokens, C], each row's target picked from the flat probabilities at row·C + id. */
function meanTargetNll(probs: tf.Tensor2D, ids: tf.Tensor1D): tf.Scalar {
  const [tokens, classes] = probs.shape;
  const flatIds = tf.range(0, tokens * classes, classes, 'int32').add(ids) as tf.Tensor1D;
  return tf.gather(probs.reshape([-1]), flatIds).log().mean().neg() as tf.Scalar;
}

/** softmaxCrossEntropyIds's value and its gradient at the logits, (softmax − y)/tokens, for a backward pass written by hand. */
export function crossEntropyIdsWithGradient(logits: tf.Tensor2D, targets: tf.Tensor1D): { loss: tf.Scalar; dLogits: tf.Tensor2D } {
  return tf.tidy(() => {
    const [tokens, classes] = logits.shape;
    const ids = targets.cast('int32') as tf.Tensor1D;
    const probs = tf.softmax(logits) as tf.Tensor2D;
    return { loss: meanTargetNll(probs, ids), dLogits: probs.sub(tf.oneHot(ids, classes)).mul(1 / tokens) as tf.Tensor2D };
  });
}
