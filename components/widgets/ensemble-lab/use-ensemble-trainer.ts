'use client';

import { useMemo, useState } from 'react';
import type { RunOptions } from '@/lib/params/run-knobs';
import { createEnsembleClient } from '@/lib/widgets/ensemble-lab/client';
import { ENSEMBLE_UNITS } from '@/lib/widgets/ensemble-lab/options';
import type { EnsembleCommand, EnsembleConfig, EnsembleResult, EnsembleSnapshot, EnsembleStage } from '@/lib/widgets/ensemble-lab/protocol';
import { useWorkerRun } from '@/components/widgets/shared/use-worker-run';

export type EnsembleStatus = 'training' | 'ready' | 'error';

/** The latest result with the config it was trained on, and the run's progress. */
export interface EnsembleTrainerState {
  status: EnsembleStatus;
  stage: EnsembleStage;
  share: number;
  result: { config: EnsembleConfig; data: EnsembleResult } | null;
  error: string | null;
}

/** Every configure trains the whole job: the lab has no play button and no URL run options. */
const RUN: RunOptions = { autoplay: true, until: ENSEMBLE_UNITS, backend: 'auto' };

/** Owns the worker (through the run runtime); retrains (debounced) whenever the training config changes. */
export function useEnsembleTrainer(config: EnsembleConfig): EnsembleTrainerState {
  // members and combiner change only the view: the same training knobs in a new object train nothing
  const key = JSON.stringify(config);
  const training = useMemo(() => JSON.parse(key) as EnsembleConfig, [key]);
  const run = useWorkerRun<EnsembleConfig, EnsembleSnapshot, { step: number }, EnsembleCommand>(training, RUN, {
    createClient: createEnsembleClient,
    finalStatuses: true,
    trainOnConfigure: true,
  });
  // The result comes in one snapshot only; it stays on screen while the next run trains.
  const [result, setResult] = useState<EnsembleTrainerState['result']>(null);
  const snapshot = run.snapshot;
  if (snapshot?.result && snapshot.result !== result?.data) setResult({ config: snapshot.config, data: snapshot.result });
  return {
    status: run.status === 'done' ? 'ready' : run.status === 'error' || run.status === 'diverged' ? 'error' : 'training',
    stage: snapshot?.stage ?? 'members',
    share: snapshot?.share ?? 0,
    result,
    // a failed wasm backend restarts the run on cpu: its notice says so where an error would show
    error: run.problem ?? run.backend?.notice ?? null,
  };
}
