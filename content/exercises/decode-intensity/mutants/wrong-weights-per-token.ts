// Reads the weights once per sequence of the batch: the intensity never grows with the batch.
export interface DecodeMatmul {
  batch: number;
  dIn: number;
  dOut: number;
  bytesPerElement: number;
  peakFlops: number;
  bandwidth: number;
}

export function decodeMatmul(c: DecodeMatmul) {
  const flops = 2 * c.batch * c.dIn * c.dOut;
  // the weights are read once per step whatever the batch: that is why batching helps
  const bytes = c.bytesPerElement * c.batch * (c.dIn * c.dOut + c.dIn + c.dOut);
  const compute = flops / c.peakFlops;
  const memory = bytes / c.bandwidth;
  return {
    flops,
    bytes,
    intensity: flops / bytes,
    ridge: c.peakFlops / c.bandwidth,
    seconds: Math.max(compute, memory),
    bound: memory >= compute ? 'memory' : 'compute',
  };
}
