export interface DecodeMatmul {
  batch: number;
  dIn: number;
  dOut: number;
  bytesPerElement: number;
  peakFlops: number;
  bandwidth: number;
}

export function decodeMatmul(c: DecodeMatmul) {
  // TODO: count FLOPs and bytes, then compare compute time with memory time
  const flops = c.batch * c.dIn * c.dOut;
  return { flops, bytes: 0, intensity: 0, ridge: 0, seconds: flops / c.peakFlops, bound: 'compute' };
}
