import type { MatrixLike } from './types';
import { crossEntropyFromLogits } from './cross-entropy';
import { perplexityFromLoss } from './decoding';
import { checkInteger, checkMatrix } from './validate';

/** Mean next-token loss of a sequence, in the three units people quote it in. */
export interface SequenceLoss {
  /** mean negative log-likelihood per token, in nats */
  nats: number;
  /** the same in bits: nats / ln 2 */
  bitsPerToken: number;
  /** $e^{\text{nats}} = 2^{\text{bits}}$: the effective number of equally likely choices per token */
  perplexity: number;
}

/**
 * Mean loss and perplexity of predicted logits (tokens × vocab) for `targets` (one token id per
 * row); `perplexity` (decoding.ts) is the same from the target probabilities.
 *
 * $$\mathrm{NLL} = -\frac1T\sum_{t=1}^{T}\log p_\theta(y_t\mid y_{<t}),\qquad \mathrm{PPL} = e^{\mathrm{NLL}} = 2^{\mathrm{NLL}/\ln 2}$$
 *
 * Each term is taken from the logits stably ($\mathrm{LSE}(z) - z_y$). Bits per token is not bits
 * per character or byte: those divide by a different count, so they compare across tokenizers and
 * this does not. Sources: as `perplexity`.
 */
export function perplexityFromLogits(logits: MatrixLike, targets: readonly number[]): SequenceLoss {
  const { rows, cols } = checkMatrix(logits, 'logits');
  if (!Array.isArray(targets) || targets.length !== rows) throw new RangeError(`targets must hold ${rows} token ids, got ${targets?.length}`);
  let total = 0;
  targets.forEach((y, t) => {
    checkInteger(y, `targets[${t}]`, 0, cols - 1);
    total += crossEntropyFromLogits(logits[t], y);
  });
  const nats = total / rows;
  return { nats, bitsPerToken: nats / Math.LN2, perplexity: perplexityFromLoss(nats) };
}
