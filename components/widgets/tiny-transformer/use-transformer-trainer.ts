'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { TfmParams } from '@/lib/widgets/tiny-transformer/params';
import type { RunOptions } from '@/lib/params/run-knobs';
import { createTransformerClient } from '@/lib/widgets/tiny-transformer/client';
import type { TransformerCommand, TransformerSnapshot } from '@/lib/widgets/tiny-transformer/protocol';
import { useWorkerRun } from '@/components/widgets/shared/use-worker-run';

/** One point of the curves. */
export interface TfmHistoryPoint {
  step: number;
  loss: number;
  accuracy: number;
  sequenceAccuracy: number;
}

const point = (s: TransformerSnapshot): TfmHistoryPoint => ({ step: s.step, loss: s.loss, accuracy: s.accuracy, sequenceAccuracy: s.sequenceAccuracy });

/**
 * The Tiny Transformer's training worker: status (with `done` at `until` and `error`), curves,
 * the latest snapshot, and `showExample` for the learner's digits (also sent with each configure).
 */
export function useTransformerTrainer(params: TfmParams, run: RunOptions, example: number[]) {
  const exampleRef = useRef(example);
  useEffect(() => {
    exampleRef.current = example;
  }, [example]);
  const trainer = useWorkerRun<TfmParams, TransformerSnapshot, TfmHistoryPoint, TransformerCommand>(params, run, {
    createClient: createTransformerClient,
    point,
    configureExtra: () => ({ example: exampleRef.current }),
    finalStatuses: true,
  });
  const { send } = trainer;
  const showExample = useCallback((digits: number[]) => send({ type: 'example', digits }), [send]);
  return { ...trainer, showExample };
}
