import { checkInteger, checkPositive } from './validate';

/** FLOPs, bytes and intensity of one weight matrix applied to a batch of token vectors. */
export interface MatmulIntensity {
  flops: number;
  /** weights + input activations + output activations, each read or written once */
  bytes: number;
  /** FLOPs per byte */
  intensity: number;
}

/**
 * One $d_{in}\times d_{out}$ weight matrix applied to `batch` token vectors (a decode step of a
 * linear layer), all in `bytes` per element: $2\,B\,d_{in}d_{out}$ FLOPs (a multiply-add is 2) and
 * $b\,(d_{in}d_{out} + B\,d_{in} + B\,d_{out})$ bytes, assuming each is moved once.
 *
 * While $B \ll d$ the weights dominate the bytes and the intensity is about $2B/b$: a batch of
 * one in bf16 does about one FLOP per byte, far below a GPU's ridge point (peak FLOP/s over
 * bandwidth, a few hundred), so the step is memory-bound. Source: the roofline model, Williams,
 * Waterman & Patterson 2009 (CACM 52(4)).
 */
export function matmulIntensity(batch: number, dIn: number, dOut: number, bytes: number): MatmulIntensity {
  checkInteger(batch, 'batch', 1);
  checkInteger(dIn, 'dIn', 1);
  checkInteger(dOut, 'dOut', 1);
  checkPositive(bytes, 'bytes');
  const flops = 2 * batch * dIn * dOut;
  const moved = bytes * (dIn * dOut + batch * dIn + batch * dOut);
  return { flops, bytes: moved, intensity: flops / moved };
}
