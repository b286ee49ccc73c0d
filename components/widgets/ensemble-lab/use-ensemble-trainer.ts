'use client';

import { useEffect, useRef, useState } from 'react';
import { createEnsembleClient, type EnsembleClient } from '@/lib/widgets/ensemble-lab/client';
import type { EnsembleConfig, EnsembleEvent, EnsembleResult } from '@/lib/widgets/ensemble-lab/protocol';

export type EnsembleStatus = 'training' | 'ready' | 'error';

/** The latest result with the config it was trained on, and the run's progress. */
export interface EnsembleTrainerState {
  status: EnsembleStatus;
  stage: Extract<EnsembleEvent, { type: 'progress' }>['stage'];
  share: number;
  result: { config: EnsembleConfig; data: EnsembleResult } | null;
  error: string | null;
}

/** Owns the worker; retrains (debounced) whenever the training config changes. */
export function useEnsembleTrainer(config: EnsembleConfig): EnsembleTrainerState {
  const client = useRef<EnsembleClient | null>(null);
  const pending = useRef<EnsembleConfig>(config);
  const [state, setState] = useState<EnsembleTrainerState>({ status: 'training', stage: 'members', share: 0, result: null, error: null });

  useEffect(() => {
    const c = createEnsembleClient();
    client.current = c;
    const off = c.subscribe((event) => {
      if (event.type === 'progress') setState((s) => ({ ...s, status: 'training', stage: event.stage, share: event.share }));
      else if (event.type === 'error') setState((s) => ({ ...s, status: 'error', error: event.message }));
      else {
        const { type: _type, runId: _runId, ...data } = event;
        setState({ status: 'ready', stage: 'combining', share: 1, result: { config: pending.current, data }, error: null });
      }
    });
    return () => {
      off();
      c.terminate();
      client.current = null;
    };
  }, []);

  const key = JSON.stringify(config);
  useEffect(() => {
    const next = JSON.parse(key) as EnsembleConfig;
    // a slider drag changes the config many times: train once it settles
    const timer = setTimeout(() => {
      pending.current = next;
      setState((s) => ({ ...s, status: 'training', stage: 'members', share: 0, error: null }));
      client.current?.train(next);
    }, 200);
    return () => clearTimeout(timer);
  }, [key]);

  return state;
}
