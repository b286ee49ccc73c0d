'use client';

import { useEffect } from 'react';
import type { MoeParams } from '@/lib/widgets/moe-playground/params';
import type { RunOptions } from '@/lib/params/run-knobs';
import { createTrainClient } from '@/lib/widgets/moe-playground/client';
import type { TrainCommand, TrainSnapshot } from '@/lib/widgets/moe-playground/protocol';
import { useWorkerRun } from '@/components/widgets/shared/use-worker-run';

/** One point of the curves. */
export interface HistoryPoint {
  step: number;
  loss: number;
  auxLoss: number;
  accuracy: number;
  denseLoss: number;
  denseAccuracy: number;
}

const point = (s: TrainSnapshot): HistoryPoint => ({
  step: s.step,
  loss: s.loss,
  auxLoss: s.auxLoss,
  accuracy: s.accuracy,
  denseLoss: s.dense.loss,
  denseAccuracy: s.dense.accuracy,
});

/** The MoE Playground's training worker: status (idle | training | paused | diverged), curves and the latest snapshot. */
export function useMoeTrainer(params: MoeParams, run: RunOptions) {
  useEffect(() => {
    // "The widget starts" for `npm run bench`: its first trained frame is timed from here.
    performance.mark('moe-playground:start');
  }, []);
  return useWorkerRun<MoeParams, TrainSnapshot, HistoryPoint, TrainCommand>(params, run, {
    createClient: createTrainClient,
    point,
  });
}
