/**
 * Accelerators for the roofline comparison: dense BF16 tensor-core peak and memory bandwidth, as
 * the vendor datasheets print them (the datasheets' larger headline FLOPs assume 2:4 sparsity).
 */
export interface Gpu {
  id: (typeof GPU_IDS)[number];
  name: string;
  /** dense BF16 peak, FLOP/s */
  peakFlops: number;
  /** memory bandwidth, bytes/s */
  bandwidth: number;
  source: string;
}

export const GPU_IDS = ['h100-sxm', 'a100-sxm'] as const;

export const GPUS: readonly Gpu[] = [
  {
    id: 'h100-sxm',
    name: 'H100 SXM',
    peakFlops: 989e12,
    bandwidth: 3.35e12,
    source: 'NVIDIA H100 Tensor Core GPU datasheet (BF16 1,979 TFLOPS with sparsity, half of it dense; HBM3 3.35 TB/s)',
  },
  {
    id: 'a100-sxm',
    name: 'A100 SXM 80 GB',
    peakFlops: 312e12,
    bandwidth: 2.039e12,
    source: 'NVIDIA A100 Tensor Core GPU datasheet (BF16 312 TFLOPS dense; HBM2e 2,039 GB/s)',
  },
];

/** The accelerator with this id (the first one for an unknown id). */
export function gpu(id: string): Gpu {
  return GPUS.find((g) => g.id === id) ?? GPUS[0];
}
