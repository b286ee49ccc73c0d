'use client';

import { useMemo, useState } from 'react';
import { createEnsembleClient } from '@/lib/widgets/ensemble-lab/client';
import { ENSEMBLE_UNITS } from '@/lib/widgets/ensemble-lab/options';
import type { EnsembleCommand, EnsembleConfig, EnsembleEvent, EnsembleResult, EnsembleStage } from '@/lib/widgets/ensemble-lab/protocol';
import type { RunStatus } from '@/lib/train/run-intent';
import { jobStatus } from '@/lib/train/job-status';
import { useRunClient } from '@/components/widgets/shared/use-run-client';

export type EnsembleStatus = 'training' | 'ready' | 'error';

/** The latest result with the config it was trained on, and the run's progress. */
export interface EnsembleTrainerState {
  status: EnsembleStatus;
  stage: EnsembleStage;
  share: number;
  result: { config: EnsembleConfig; data: EnsembleResult } | null;
  error: string | null;
}

/**
 * Owns the worker (through the run runtime); retrains (debounced) whenever the training config
 * changes. The lab is a job with no play button, curves or plateau stop: every configure trains to
 * ENSEMBLE_UNITS, so it builds on useRunClient rather than the playgrounds' useWorkerRun.
 */
export function useEnsembleTrainer(config: EnsembleConfig): EnsembleTrainerState {
  // members and combiner change only the view: the same training knobs in a new object train nothing
  const key = JSON.stringify(config);
  const training = useMemo(() => JSON.parse(key) as EnsembleConfig, [key]);
  const [status, setStatus] = useState<RunStatus>('idle');
  const [progress, setProgress] = useState<{ stage: EnsembleStage; share: number }>({ stage: 'members', share: 0 });
  const [problem, setProblem] = useState<string | null>(null);
  // a failed wasm backend restarts the run on cpu: its notice says so where an error would show
  const [notice, setNotice] = useState<string | null>(null);
  // The result comes in one snapshot only; it stays on screen while the next run trains.
  const [result, setResult] = useState<EnsembleTrainerState['result']>(null);
  const send = useRunClient<EnsembleCommand, EnsembleEvent>(training, {
    createClient: createEnsembleClient,
    event(event) {
      switch (event.type) {
        case 'ready':
          setNotice(event.notice ?? null);
          break;
        case 'snapshot':
          setProgress({ stage: event.stage, share: event.share });
          if (event.result) setResult({ config: event.config, data: event.result });
          setStatus(jobStatus(event, ENSEMBLE_UNITS));
          break;
        case 'diverged':
          setStatus('diverged');
          setProblem(event.message);
          break;
        case 'error':
          setStatus((s) => (s === 'training' ? 'error' : s));
          setProblem(event.message);
          break;
      }
    },
    configure() {
      setProblem(null);
      send({ type: 'configure', config: training });
      send({ type: 'start', until: ENSEMBLE_UNITS });
    },
  });
  return {
    status: status === 'done' ? 'ready' : status === 'error' || status === 'diverged' ? 'error' : 'training',
    ...progress,
    result,
    error: problem ?? notice,
  };
}
