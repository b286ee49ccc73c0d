import * as tf from '@tensorflow/tfjs';
import { crossEntropyIdsWithGradient } from './backprop';
import type { SelfAttentionTrace } from './causal-attention';
import { moeLmLossTerms, routedShape, scatterAddRows, traceMoeLm, type MoeFfnTrace, type MoeLm, type MoeLmBlock, type MoeLmLoss, type MoeLmLossOptions } from './moe-lm';
import { jitterFactor } from './moe-lm-router';
import type { LayerNormTrace } from './tiny-transformer';

/**
 * The loss terms of `moeLmLoss` and the gradient of their total for each of `model.variables`, in
 * that order, derived by hand: one forward pass (`traceMoeLm`, the same code as `moeLmForward`)
 * that keeps what the backward pass reads, then the backward pass with no gradient tape.
 *
 * Why by hand: at the widget's defaults a step through `tf.variableGrads` ran ~1,900 kernels, ~520
 * of them `Identity` (the tape clones every tensor it saves, and tfjs-wasm's Identity copies the
 * data), and the matMuls were only 20–30 % of the time. This pass runs no copies, reads each
 * saved tensor once, and multiplies untransposed operands only (tfjs-wasm multiplies transposed
 * ones 5–15× slower, see linear.ts). `moe-lm-gradients.test.ts` proves it equals
 * `tf.variableGrads(() => moeLmLoss(…).total)` for every option.
 *
 * Backward, tokens n = batch·T, rows of every matrix are tokens (x·W convention):
 * - Cross-entropy + unembedding Z = F·U + c: dZ = (softmax(Z) − onehot)/n, dU = Fᵀ·dZ, dc = Σ dZ, dF = dZ·Uᵀ.
 * - LayerNorm y = γ ⊙ x̂ + β, x̂ = (x − μ)·r, r = 1/√(σ² + ε): dγ = Σ dy ⊙ x̂, dβ = Σ dy, and with
 *   g = dy ⊙ γ, dx = r · (g − mean(g) − x̂ ⊙ mean(g ⊙ x̂)) (means over the row).
 * - Residual h' = h + f(LN(h)): dh = dh' + LN-backward(f-backward(dh')).
 * - FFN E(x) = ReLU(x·W1 + b1)·W2 + b2: dW2 = Hᵀ·dY, db2 = Σ dY, dA = dY·W2ᵀ ⊙ [H > 0], dW1 = xᵀ·dA,
 *   db1 = Σ dA, dx = dA·W1ᵀ. 'all' dispatch: W2's input is H ⊙ spread(G) and b2 enters as G·B2, so
 *   dB2 = Gᵀ·dY, dA carries ⊙ spread(G), and dG = (dY·W2ᵀ ⊙ H)·spreadᵀ + dY·B2ᵀ. 'gather' dispatch:
 *   expert e's output at token t is g_te·E_e(x_t) for its own tokens only, so dg_te = Σ_c dY_tc·E_e(x_t)_c,
 *   its dY rows are gathered by `rows` (dY ⊙ g_e at its tokens), and its dx goes back to token
 *   positions by the same inverse-index gather the forward used (`at`: a token appears at most
 *   once per expert, so the scatter-add is a gather; no UnsortedSegmentSum).
 * - Gates: capacity G = W ⊙ kept (dW = dG ⊙ kept); Mixtral and aux-free renormalise W = S/ΣS over
 *   the selected S = score ⊙ mask, so dS = (dW − Σ dW ⊙ W)/ΣS; Switch uses W = p ⊙ mask. The
 *   top-K mask has no gradient (the choice is discrete): dscore = dS ⊙ mask.
 * - Balancing loss λ·(1/L)·N·Σ_e f_e·P_e (f counts the choices, a constant; P = mean of probs):
 *   dprobs += λ·N·f/(L·n) for every token. Softmax router: dz = p ⊙ (dp − Σ dp ⊙ p). Aux-free:
 *   probs = s/Σs, so ds += (dprobs − Σ dprobs ⊙ probs)/Σs, and s = σ(z): dz = ds ⊙ s ⊙ (1 − s).
 * - z-loss c_z·(1/L)·mean_t lse(z_t)²: dz += 2·c_z·lse·softmax(z)/(L·n).
 * - Router z = x̃·W_g, x̃ = x ⊙ m (jitter noise m = 1 − ε + 2εu, else m = 1): dW_g = x̃ᵀ·dz, dx += (dz·W_gᵀ) ⊙ m.
 * - Attention, per head, S = Q·Kᵀ/√d_k + M, P = softmax(S), O = P·V, out = concat(O)·W^O:
 *   dW^O = concat(O)ᵀ·dout, dO = dout·W^Oᵀ, dP = dO·Vᵀ, dV = Pᵀ·dO, dS = P ⊙ (dP − Σ dP ⊙ P)/√d_k,
 *   dQ = dS·K, dK = dSᵀ·Q; dW_q = xᵀ·dQ (likewise K, V), dx = dQ·W_qᵀ + dK·W_kᵀ + dV·W_vᵀ.
 * - Embeddings h₀ = E[ids] + P[0..T−1]: dP rows 0..T−1 = Σ over the batch of dh₀ (zero beyond T),
 *   dE = scatter-add of the rows of dh₀ by id, on the CPU side as embedTokens's gradient.
 */
export function moeLmGradients(model: MoeLm, tokens: tf.Tensor2D, targets: tf.Tensor2D, options: MoeLmLossOptions): { terms: MoeLmLoss; grads: tf.Tensor[] } {
  return tf.tidy(() => {
    const { vocabSize: V, dModel: d, context, layers: L } = model.config;
    const [batch, length] = tokens.shape;
    const n = batch * length;
    const routed = routedShape(model.config).experts > 1;
    const trace = traceMoeLm(model, tokens, options);
    const grads = new Map<tf.Variable, tf.Tensor>();
    const put = (v: tf.Variable, g: tf.Tensor) => grads.set(v, g);

    // The loss terms, as moeLmLoss adds them up.
    const { loss: crossEntropy, dLogits } = crossEntropyIdsWithGradient(trace.logits, targets.reshape([-1]) as tf.Tensor1D);
    // logsumexp of each layer's router logits: the z-loss (as routing.ts routerZLoss) and its gradient
    const lse = routed ? trace.layers.map((r) => tf.logSumExp(r.logits, 1, true) as tf.Tensor2D) : [];
    const terms = moeLmLossTerms(crossEntropy, trace.layers, routed ? lse.map((s) => s.square().mean() as tf.Scalar) : null, options);

    // Unembedding and the final LayerNorm.
    put(model.unembed, matMulTA(trace.finalFlat, dLogits));
    put(model.unembedBias, columnSum(dLogits));
    let dH = layerNormBackward(dLogits.matMul(model.unembed.transpose()) as tf.Tensor2D, trace.final, model.lnFinalGain, model.lnFinalBias, put);

    // The blocks, last first.
    for (let l = L - 1; l >= 0; l--) {
      const b = model.blocks[l];
      const t = trace.blocks[l];
      const coefficients = { lambda: options.lambda / L, zLoss: options.zLoss / L, tokens: n, jitter: options.jitter ? { epsilon: options.jitter.epsilon, uniform: options.jitter.uniform[l] } : null };
      const dFfnInput = ffnBackward(model, b, t.ffn, t.ffnInput, dH, routed ? lse[l] : null, coefficients, put);
      dH = dH.add(layerNormBackward(dFfnInput, t.ln2, b.ln2Gain, b.ln2Bias, put));
      const dNormed = attentionBackward(b, t.attention, t.ln1.y.reshape([n, d]) as tf.Tensor2D, dH, model.config.heads, put);
      dH = dH.add(layerNormBackward(dNormed, t.ln1, b.ln1Gain, b.ln1Bias, put));
    }

    // The embeddings.
    const dPositions = columnSum(dH.reshape([batch, length * d]) as tf.Tensor2D).reshape([length, d]) as tf.Tensor2D;
    put(model.positionEmbedding, length < context ? tf.pad(dPositions, [[0, context - length], [0, 0]]) : dPositions);
    put(model.tokenEmbedding, scatterAddRows(trace.ids, dH, V));

    const ordered = model.variables.map((v) => {
      const g = grads.get(v);
      if (!g) throw new Error(`no gradient for ${v.name}`);
      return g;
    });
    return { terms, grads: ordered };
  });
}

type Put = (v: tf.Variable, g: tf.Tensor) => void;

/**
 * aᵀ·b [p, q] for a [n, p], b [n, q], with transposes materialised (tfjs-wasm multiplies a
 * transposed operand far slower): aᵀ first, or (bᵀ·a)ᵀ where that transposes fewer elements
 * (n·q + p·q against n·p: the [1024, 512] hidden layer of 'all' dispatch against [1024, 64]).
 */
const matMulTA = (a: tf.Tensor2D, b: tf.Tensor2D) => {
  const [n, p] = a.shape;
  const q = b.shape[1];
  return (n * q + p * q < n * p ? b.transpose().matMul(a).transpose() : a.transpose().matMul(b)) as tf.Tensor2D;
};
/** a·bᵀ likewise. */
const matMulTB = (a: tf.Tensor2D, b: tf.Tensor2D | tf.Variable) => a.matMul(b.transpose() as tf.Tensor2D) as tf.Tensor2D;
/**
 * Σ over the rows of m [rows, cols] as ones[1, rows]·m: tfjs-wasm sums over axis 0 by transposing
 * first, 30–80 ms for the [1024, 2000] logits' gradient against ~2 ms for the matMul.
 */
const columnSum = (m: tf.Tensor2D, keepDims = false) => {
  const sums = tf.ones([1, m.shape[0]]).matMul(m) as tf.Tensor2D;
  return keepDims ? sums : (sums.reshape([m.shape[1]]) as tf.Tensor1D);
};
/** ReLU's gradient read off its output: dy where the unit is active. */
const reluBackward = (out: tf.Tensor2D, dy: tf.Tensor2D) => dy.mul(tf.step(out)) as tf.Tensor2D;

/** Gradient at the input of a LayerNorm over the last axis (see traceLayerNorm), as tokens [n, d]; puts dγ and dβ. */
function layerNormBackward(dy: tf.Tensor2D, trace: LayerNormTrace<tf.Tensor>, gain: tf.Variable, bias: tf.Variable, put: Put): tf.Tensor2D {
  const [n, d] = dy.shape;
  const normalized = trace.normalized.reshape([n, d]);
  put(gain, columnSum(dy.mul(normalized)));
  put(bias, columnSum(dy));
  const g = dy.mul(gain);
  return g.sub(g.mean(1, true)).sub(normalized.mul(g.mul(normalized).mean(1, true))).mul(trace.rstd.reshape([n, 1])) as tf.Tensor2D;
}

/** Gradient at the attention's input x [n, d] (LayerNorm 1's output) from dout [n, d]; puts dW_q, dW_k, dW_v, dW^O. */
function attentionBackward(b: MoeLmBlock, t: SelfAttentionTrace, x: tf.Tensor2D, dOut: tf.Tensor2D, heads: number, put: Put): tf.Tensor2D {
  const [batch, , length, headDim] = t.q.shape;
  const [n, d] = x.shape;
  const swap = (m: tf.Tensor4D) => m.transpose([0, 1, 3, 2]) as tf.Tensor4D;
  const split = (m: tf.Tensor) => m.reshape([batch, length, heads, headDim]).transpose([0, 2, 1, 3]) as tf.Tensor4D;
  const merge = (m: tf.Tensor4D) => m.transpose([0, 2, 1, 3]).reshape([n, d]) as tf.Tensor2D;
  put(b.wo, matMulTA(t.heads, dOut));
  const dHeads = split(matMulTB(dOut, b.wo));
  const dWeights = tf.matMul(dHeads, swap(t.v));
  const dV = merge(tf.matMul(swap(t.weights), dHeads) as tf.Tensor4D);
  const dScores = t.weights.mul(dWeights.sub(dWeights.mul(t.weights).sum(-1, true))).mul(1 / Math.sqrt(headDim)) as tf.Tensor4D;
  const dQ = merge(tf.matMul(dScores, t.k) as tf.Tensor4D);
  const dK = merge(tf.matMul(swap(dScores), t.q) as tf.Tensor4D);
  const xT = x.transpose() as tf.Tensor2D;
  put(b.wq, xT.matMul(dQ));
  put(b.wk, xT.matMul(dK));
  put(b.wv, xT.matMul(dV));
  return tf.addN([matMulTB(dQ, b.wq), matMulTB(dK, b.wk), matMulTB(dV, b.wv)]) as tf.Tensor2D;
}

/**
 * Gradient at the input of an ungated FFN ReLU(x·W1 + b1)·W2 + b2 (the dense model's, the shared
 * expert's) from dY, with xT = xᵀ; puts dW1, db1, dW2, db2 (db2 in b2's own shape: [1, d] for the
 * dense model, whose b2 is one expert's row, [d] for the shared expert).
 */
function plainFfnBackward(f: { w1: tf.Variable; b1: tf.Variable; w2: tf.Variable; b2: tf.Variable }, xT: tf.Tensor2D, hidden: tf.Tensor2D, dY: tf.Tensor2D, put: Put): tf.Tensor2D {
  const dPre = reluBackward(hidden, matMulTB(dY, f.w2));
  put(f.w2, matMulTA(hidden, dY));
  put(f.b2, columnSum(dY, f.b2.shape.length === 2));
  put(f.w1, xT.matMul(dPre));
  put(f.b1, columnSum(dPre));
  return matMulTB(dPre, f.w1);
}

interface RouterCoefficients {
  /** λ/L and c_z/L: each layer's share of the balancing loss and the z-loss. */
  lambda: number;
  zLoss: number;
  tokens: number;
  jitter: { epsilon: number; uniform: tf.Tensor2D } | null;
}

/** Gradient at the FFN's input x [n, d] from dY [n, d], router included; puts the FFN's (and router's, shared expert's) gradients. */
function ffnBackward(model: MoeLm, b: MoeLmBlock, t: MoeFfnTrace, x: tf.Tensor2D, dY: tf.Tensor2D, lse: tf.Tensor2D | null, c: RouterCoefficients, put: Put): tf.Tensor2D {
  const parts: tf.Tensor2D[] = [];
  const xT = x.transpose() as tf.Tensor2D;
  let dCombine: tf.Tensor2D | null = null;
  if (!t.routerInput || !model.spread) {
    // The dense model: one FFN, no gate.
    parts.push(plainFfnBackward(b, xT, t.hidden as tf.Tensor2D, dY, put));
  } else if (t.gathered) {
    const { experts: E, width: w } = routedShape(model.config);
    const [n, d] = dY.shape;
    const gates = tf.split(t.routing.combine, E, 1);
    const w1 = tf.split(b.w1, E, 1) as tf.Tensor2D[];
    const w2 = tf.split(b.w2, E, 0) as tf.Tensor2D[];
    const zeroRow = tf.zeros([1, d]);
    // each expert's slice of the gradients; an expert with no tokens gets zeros
    const slices = () => Array.from({ length: E }, (): tf.Tensor | null => null);
    const [dW1, dB1, dW2, dB2, dGates] = [slices(), slices(), slices(), slices(), slices()];
    for (const g of t.gathered) {
      const e = g.expert;
      dGates[e] = dY.mul(g.output).sum(1, true);
      const dOut = tf.gather(dY.mul(gates[e]), g.rows) as tf.Tensor2D;
      const dPre = reluBackward(g.hidden, matMulTB(dOut, w2[e]));
      dW2[e] = matMulTA(g.hidden, dOut);
      dB2[e] = columnSum(dOut, true);
      dW1[e] = matMulTA(g.input, dPre);
      dB1[e] = columnSum(dPre);
      parts.push(tf.gather(tf.concat([matMulTB(dPre, w1[e]), zeroRow]), g.at) as tf.Tensor2D);
    }
    const filled = (list: Array<tf.Tensor | null>, shape: number[]) => list.map((g) => g ?? tf.zeros(shape));
    put(b.w1, tf.concat(filled(dW1, [d, w]), 1));
    put(b.b1, tf.concat(filled(dB1, [w]), 0));
    put(b.w2, tf.concat(filled(dW2, [w, d]), 0));
    put(b.b2, tf.concat(filled(dB2, [1, d]), 0));
    dCombine = tf.concat(filled(dGates, [n, 1]), 1) as tf.Tensor2D;
  } else {
    // 'all': every expert on every token, W2's input H ⊙ spread(G), b2 entering as G·B2.
    const hidden = t.hidden as tf.Tensor2D;
    const combine = t.routing.combine;
    const dScaled = matMulTB(dY, b.w2);
    const dPre = reluBackward(hidden, dScaled.mul(t.spreadGates as tf.Tensor2D));
    put(b.w2, matMulTA(t.scaled as tf.Tensor2D, dY));
    put(b.b2, matMulTA(combine, dY));
    put(b.w1, xT.matMul(dPre));
    put(b.b1, columnSum(dPre));
    parts.push(matMulTB(dPre, b.w1));
    dCombine = dScaled.mul(hidden).matMul(model.spread.transpose()).add(matMulTB(dY, b.b2)) as tf.Tensor2D;
  }
  if (b.shared && t.sharedHidden) parts.push(plainFfnBackward(b.shared, xT, t.sharedHidden, dY, put));
  if (dCombine && t.routerInput && b.router && lse) parts.push(routerBackward(model, b.router, t, dCombine, lse, c, put));
  return (parts.length === 1 ? parts[0] : tf.addN(parts)) as tf.Tensor2D;
}

/** From the gradient at the applied gates (combine) back through capacity, renormalisation, the router's scores, the balancing and z-losses and jitter to the FFN's input; puts dW_g. */
function routerBackward(model: MoeLm, router: tf.Variable, t: MoeFfnTrace, dCombine: tf.Tensor2D, lse: tf.Tensor2D, c: RouterCoefficients, put: Put): tf.Tensor2D {
  const r = t.routing;
  const kind = model.config.router;
  const E = r.probs.shape[1];
  const dWeights = r.kept === r.mask ? dCombine : dCombine.mul(r.kept);
  // aux-free gates and chooses by the sigmoid affinities s; the others by the softmax p (= probs)
  const scores = kind === 'aux-free' ? (tf.sigmoid(r.logits) as tf.Tensor2D) : r.probs;
  let dScores: tf.Tensor2D;
  if (kind === 'switch') dScores = dWeights.mul(r.mask);
  else {
    const selectedSum = scores.mul(r.mask).sum(1, true);
    dScores = dWeights.sub(dWeights.mul(r.weights).sum(1, true)).div(selectedSum).mul(r.mask) as tf.Tensor2D;
  }
  // the balancing loss's gradient at probs: λ·N·f/n, the same for every token
  const dProbs = c.lambda > 0 ? (r.mask.mean(0, true).mul((c.lambda * E) / c.tokens) as tf.Tensor2D) : null;
  let dLogits: tf.Tensor2D;
  if (kind === 'aux-free') {
    let dS = dScores;
    if (dProbs) dS = dS.add(dProbs.sub(r.probs.mul(dProbs).sum(1, true)).div(scores.sum(1, true))) as tf.Tensor2D;
    dLogits = dS.mul(scores.mul(tf.scalar(1).sub(scores))) as tf.Tensor2D;
  } else {
    const dP = dProbs ? (dScores.add(dProbs) as tf.Tensor2D) : dScores;
    dLogits = r.probs.mul(dP.sub(dP.mul(r.probs).sum(1, true))) as tf.Tensor2D;
  }
  if (c.zLoss > 0) {
    const softmax = kind === 'aux-free' ? tf.softmax(r.logits) : r.probs;
    dLogits = dLogits.add(softmax.mul(lse.mul((2 * c.zLoss) / c.tokens))) as tf.Tensor2D;
  }
  const routerInput = t.routerInput as tf.Tensor2D;
  put(router, matMulTA(routerInput, dLogits));
  const dInput = matMulTB(dLogits, router);
  return c.jitter ? (dInput.mul(jitterFactor(c.jitter.uniform, c.jitter.epsilon)) as tf.Tensor2D) : dInput;
}
