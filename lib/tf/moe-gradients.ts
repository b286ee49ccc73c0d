import * as tf from '@tensorflow/tfjs';
import { activationBackward, crossEntropyWithGradient } from './backprop';
import { withOnes } from './init';
import type { MoeClassifier, MoeLossTerms } from './moe-classifier';
import { traceMoeForward } from './moe-layer';
import { loadBalancingLoss } from './routing';

/**
 * The loss terms of `moeClassifierLoss` and the gradient of their total for each of
 * `model.variables`, in that order, derived by hand.
 *
 * Why by hand: at the playground's size (64 points, 8 experts of 16 units) a tfjs kernel costs
 * ~10 µs of bookkeeping whatever its size, and the gradient tape adds a copy of every tensor it
 * saves plus ~3 kernels of backward per forward kernel. A step through `tf.variableGrads` ran
 * ~160 kernels for the MoE; this backward pass runs ~40 and no copies. `moe-gradients.test.ts`
 * proves it equals `tf.variableGrads(moeClassifierLoss)` for every option.
 *
 * Backward, with dO = (softmax(O) − y)/T at the class logits O = S·W2 + G·B2, S = φ(A) ⊙ spread(G):
 * dW2 = Sᵀ·dO, dB2 = Gᵀ·dO, dA = φ′ ⊙ (dO·W2ᵀ ⊙ spread(G)), dW1 = [x,1]ᵀ·dA,
 * dG = (dO·W2ᵀ ⊙ φ(A))·spreadᵀ + dO·B2ᵀ; through capacity (×kept), renormalisation
 * (dS = (dW − Σ dW⊙W)/Σ S) and the top-K mask (×mask; the choice itself has no gradient) to dp,
 * plus λ·N·f/T from the balancing loss; softmax: dH = p ⊙ (dp − Σ dp⊙p), plus
 * c_z·2·lse·p/T from the z-loss; dW_g = [x,1]ᵀ·dH (and the noise and embedding chains below).
 */
export function moeClassifierGradients(
  model: MoeClassifier,
  x: tf.Tensor2D,
  labels: tf.Tensor2D,
  epsilon?: tf.Tensor2D,
): { terms: MoeLossTerms; grads: tf.Tensor[] } {
  return tf.tidy(() => {
    const { lambda, zLossCoef, capacityFactor } = model.config;
    const layer = model.layer;
    const { numExperts, activation } = layer.config;
    const tokens = x.shape[0];
    const xOnes = model.embed ? withOnes(x) : null;
    const input = xOnes && model.embed ? (tf.tanh(xOnes.matMul(model.embed)) as tf.Tensor2D) : x;
    const f = traceMoeForward(layer, input, { epsilon, capacityFactor });
    const { loss: crossEntropy, dLogits: dOut } = crossEntropyWithGradient(f.output, labels);

    // The experts.
    const dW2 = f.scaled.matMul(dOut, true, false);
    const dB2 = f.combineWeights.matMul(dOut, true, false);
    const dScaled = dOut.matMul(layer.w2, false, true) as tf.Tensor2D;
    const dPre = activationBackward(f.hidden, dScaled.mul(f.spreadWeights) as tf.Tensor2D, activation);
    const dW1 = f.inputOnes.matMul(dPre, true, false);
    const dCombine = dScaled.mul(f.hidden).matMul(layer.spread, false, true).add(dOut.matMul(layer.b2, false, true)) as tf.Tensor2D;

    // The gate, back to the router probabilities.
    let dWeights = capacityFactor > 0 ? dCombine.mul(f.keptMask) : dCombine;
    if (f.selectedSum) dWeights = dWeights.sub(dWeights.mul(f.weights).sum(1, true)).div(f.selectedSum);
    let dProbs = dWeights.mul(f.selectionMask);
    let aux = tf.scalar(0);
    if (lambda > 0) {
      aux = loadBalancingLoss(f.probs, f.selectionMask);
      dProbs = dProbs.add(f.selectionMask.mean(0).mul((lambda * numExperts) / tokens));
    }
    let dLogits = f.probs.mul(dProbs.sub(dProbs.mul(f.probs).sum(1, true))) as tf.Tensor2D;
    let zLoss = tf.scalar(0);
    if (zLossCoef > 0) {
      const lse = tf.logSumExp(f.logits, 1, true);
      zLoss = lse.square().mean() as tf.Scalar;
      dLogits = dLogits.add(f.probs.mul(lse.mul((2 * zLossCoef) / tokens)));
    }

    // The router, the noise weights (H = xW_g + ε ⊙ softplus(xW_noise)) and the embedding.
    const dRouter = f.inputOnes.matMul(dLogits, true, false);
    const dNoiseLogits = f.noiseLogits && epsilon ? (dLogits.mul(epsilon).mul(tf.sigmoid(f.noiseLogits)) as tf.Tensor2D) : null;
    const dNoise = layer.noise ? (dNoiseLogits ? input.matMul(dNoiseLogits, true, false) : tf.zerosLike(layer.noise)) : null;
    let dEmbed: tf.Tensor | null = null;
    if (xOnes && model.embed) {
      const inputDim = input.shape[1];
      // The router and W1 both read [input, 1]: their bias rows get no share of dInput.
      let dInput = dLogits.matMul(layer.router, false, true).add(dPre.matMul(layer.w1, false, true)).slice([0, 0], [-1, inputDim]) as tf.Tensor2D;
      if (dNoiseLogits && layer.noise) dInput = dInput.add(dNoiseLogits.matMul(layer.noise, false, true));
      dEmbed = xOnes.matMul(dInput.mul(tf.scalar(1).sub(input.square())), true, false);
    }

    let total = crossEntropy;
    if (lambda > 0) total = total.add(aux.mul(lambda));
    if (zLossCoef > 0) total = total.add(zLoss.mul(zLossCoef));
    const grads = [dEmbed, dRouter, dNoise, dW1, dW2, dB2].filter((g): g is tf.Tensor => g !== null);
    return { terms: { total, crossEntropy, aux, zLoss }, grads };
  });
}
