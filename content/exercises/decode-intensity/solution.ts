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
  const bytes = c.bytesPerElement * (c.dIn * c.dOut + c.batch * c.dIn + c.batch * c.dOut);
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
