import * as tf from '@tensorflow/tfjs';

/** Adam's hyper-parameters; the defaults are `tf.train.adam`'s. */
export interface AdamOptions {
  learningRate: number;
  beta1?: number;
  beta2?: number;
  /** Default: the backend's epsilon (1e-7 for float32), as `tf.train.adam`. */
  epsilon?: number;
}

/** Adam over a fixed list of variables, updated as one flat vector. */
export interface FusedAdam {
  /** One Adam step; `grads[i]` is the gradient of variable i (same shape). The caller keeps `grads`. */
  applyGradients(grads: readonly tf.Tensor[]): void;
  /** One Adam step on the autodiff gradient of `loss`; returns the loss, which the caller disposes. */
  minimize(loss: () => tf.Scalar): tf.Scalar;
  /** Frees the moment estimates. */
  dispose(): void;
}

/**
 * Adam (Kingma & Ba 2015) with the same update as `tf.train.adam` —
 * m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η · m̂ / (√v̂ + ε) with m̂ = m/(1−β₁ᵗ),
 * v̂ = v/(1−β₂ᵗ) — but on all variables at once. `tf.train.adam` runs about 14 kernels per
 * variable; for the playground's tiny models (seven variables, 64-point batches) that was half
 * of all kernels of a step, and each kernel costs ~10 µs of overhead whatever its size. Here the
 * gradients are concatenated into one vector: about a dozen kernels for the update, then one
 * add per variable. Adam is element-wise, so one vector gives exactly the per-variable update
 * (`fused-adam.test.ts` checks it against `tf.train.adam`).
 */
export function createFusedAdam(variables: readonly tf.Variable[], options: AdamOptions): FusedAdam {
  const { learningRate, beta1 = 0.9, beta2 = 0.999 } = options;
  const epsilon = options.epsilon ?? tf.backend().epsilon();
  const sizes = variables.map((v) => v.size);
  const total = sizes.reduce((a, b) => a + b, 0);
  // Inside tidy the zeros are freed and the variables (which tidy does not track) keep the data.
  const firstMoment = tf.tidy(() => tf.zeros([total]).variable(false));
  const secondMoment = tf.tidy(() => tf.zeros([total]).variable(false));
  // β₁ᵗ and β₂ᵗ in float32, multiplied step by step as tf.train.adam does, so both round alike.
  let beta1Power = 1;
  let beta2Power = 1;
  let disposed = false;

  function applyGradients(grads: readonly tf.Tensor[]): void {
    if (disposed) throw new Error('optimizer is disposed');
    if (grads.length !== variables.length) throw new RangeError(`grads: expected ${variables.length} tensors, got ${grads.length}`);
    tf.tidy(() => {
      beta1Power = Math.fround(beta1Power * Math.fround(beta1));
      beta2Power = Math.fround(beta2Power * Math.fround(beta2));
      const g = tf.concat(grads.map((grad) => grad.reshape([-1])));
      const m = firstMoment.mul(beta1).add(g.mul(1 - beta1));
      const s = secondMoment.mul(beta2).add(g.square().mul(1 - beta2));
      firstMoment.assign(m);
      secondMoment.assign(s);
      const mHat = m.div(Math.fround(1 - beta1Power));
      const sHat = s.div(Math.fround(1 - beta2Power));
      const update = mHat.div(sHat.sqrt().add(epsilon)).mul(-learningRate);
      const parts = splitByHalves(update, sizes);
      variables.forEach((v, i) => v.assign(v.add(parts[i].reshape(v.shape))));
    });
  }

  return {
    applyGradients,
    minimize(loss) {
      const { value, grads } = tf.variableGrads(loss, variables as tf.Variable[]);
      // A variable the loss does not reach gets a zero gradient (tf.train.adam would skip it).
      const ordered = variables.map((v) => grads[v.name] ?? tf.zerosLike(v));
      applyGradients(ordered);
      tf.dispose(ordered);
      return value;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      firstMoment.dispose();
      secondMoment.dispose();
    },
  };
}

/**
 * tf.split(flat, sizes) by halves. tfjs-wasm's Slice copies its whole input out of the heap for
 * each part, so 50 parts of the language model's 430k-element update copied it 50 times (~85 ms a
 * step, measured); splitting in halves copies it about 2·log₂(parts) times. Same values.
 */
function splitByHalves(flat: tf.Tensor, sizes: readonly number[]): tf.Tensor[] {
  if (sizes.length <= 2) return sizes.length === 1 ? [flat] : tf.split(flat, [...sizes]);
  const half = sizes.length >> 1;
  const total = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  const [left, right] = tf.split(flat, [total(sizes.slice(0, half)), total(sizes.slice(half))]);
  return [...splitByHalves(left, sizes.slice(0, half)), ...splitByHalves(right, sizes.slice(half))];
}
