'use client';

import { useCallback, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import type { RunClient } from '@/lib/train/run-client';
import type { RunOptions } from '@/lib/params/run-knobs';
import type { BackendFigure, NoticeMessage, RunCommand, RunEvent, RunSnapshot } from '@/lib/train/run-protocol';
import { createRunIntent, type RunStatus } from '@/lib/train/run-intent';
import { useRunClient } from './use-run-client';

export type { RunStatus } from '@/lib/train/run-intent';

/** Curves keep at most this many points: old ones are thinned evenly. */
const MAX_HISTORY = 400;

export interface WorkerRunOptions<S, P, C> {
  /** Creates the widget's client and worker (called once, in an effect). */
  createClient(): RunClient<C, RunEvent<S, object>>;
  /** One point of the curves from a snapshot: kept small so React state stays cheap (none: no curves). */
  point?(snapshot: S): P;
  /** What a configure sends besides the config (the Tiny Transformer's example digits). */
  configureExtra?(): object;
  /** Show `done` when training stops at `until` (else `paused`), and `error` when training fails. */
  finalStatuses?: boolean;
  /** Every configure trains (to `until`), whatever the learner did before: a run that is a job with no play button (the Ensembles Lab's). */
  trainOnConfigure?: boolean;
}

/** Why a run paused by itself: its accuracy sat at 100 % for `steps` steps with a flat loss. */
export interface AutoStop {
  steps: number;
}

/**
 * Owns a trained widget's worker (see lib/train/run-handler.ts): configures it from params (the
 * first time at once, then after knobs settle), autoplays, pauses at `until` or at a plateau, and uses the
 * `backend` the URL asks for, and exposes status, curves, the latest snapshot and the backend in use. React never
 * holds a tensor: only the snapshot's numbers and typed arrays.
 */
export function useWorkerRun<Config, S extends RunSnapshot, P extends { step: number }, C extends { type: string; runId: number } = RunCommand<Config>>(
  config: Config,
  run: RunOptions,
  options: WorkerRunOptions<S, P, C>,
) {
  const t = useT();
  const [status, setStatus] = useState<RunStatus>('idle');
  const [snapshot, setSnapshot] = useState<S | null>(null);
  const [history, setHistory] = useState<P[]>([]);
  const [backend, setBackend] = useState<{ name: string; calibration: BackendFigure[]; requested: boolean; notice?: string; noticeMessage?: NoticeMessage } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [stopped, setStopped] = useState<AutoStop | null>(null);
  const until = useRef(run.until);
  // Whether the current run may still stop by itself at a plateau (the worker judges it, on the
  // model's `progress`): a learner who presses Train after a plateau stop asked for more, so that
  // run trains on.
  const autoStopArmed = useRef(true);
  const requestedBackend = useRef(run.backend === 'auto' ? undefined : run.backend);
  // Whether the learner wants training, across knob changes (see lib/train/run-intent.ts).
  const intent = useRef(createRunIntent(run.autoplay, options.trainOnConfigure));
  const latestStep = useRef(0);
  const send = useRunClient<C, RunEvent<S, object>>(config, {
    // the options are read when events arrive (useRunClient keeps the latest handlers)
    createClient: options.createClient,
    event(event) {
      switch (event.type) {
        case 'ready':
          // A mid-run fallback (webgl → cpu) keeps the original measurements and adds its notice.
          setBackend((prev) => ({
            name: event.backend,
            calibration: event.calibration.length ? event.calibration : (prev?.calibration ?? []),
            requested: event.requested === true,
            notice: event.notice,
            noticeMessage: event.noticeMessage,
          }));
          if (event.notice) setHistory([]);
          break;
        case 'snapshot': {
          latestStep.current = event.step;
          setSnapshot(event);
          const point = options.point;
          if (point) setHistory((h) => appendHistory(h, point(event)));
          // the worker stopped on this snapshot by itself: its numbers are the plateau's
          if (event.plateau) {
            autoStopArmed.current = false;
            intent.current.stop();
            setStopped({ steps: event.plateau.steps });
          }
          setStatus(intent.current.snapshot(event, until.current, options.finalStatuses === true));
          break;
        }
        case 'diverged':
          intent.current.stop();
          setStatus('diverged');
          setProblem(event.message);
          break;
        case 'error':
          if (options.finalStatuses) setStatus((s) => (s === 'training' ? 'error' : s));
          // the page's language where the worker named a catalog key
          setProblem(event.noticeMessage ? t(event.noticeMessage.key, event.noticeMessage.vars) : event.message);
          break;
      }
    },
    configure() {
      setHistory([]);
      setProblem(null);
      setStopped(null);
      autoStopArmed.current = true;
      send({ type: 'configure', config, backend: requestedBackend.current, ...options.configureExtra?.() });
      if (intent.current.configured()) send({ type: 'start', until: until.current || undefined, autoStop: true });
    },
  });

  const play = useCallback(() => {
    intent.current.play();
    setStopped(null);
    setStatus('training');
    send({ type: 'start', until: until.current > latestStep.current ? until.current : undefined, autoStop: autoStopArmed.current });
  }, [send]);
  const pause = useCallback(() => {
    intent.current.stop();
    send({ type: 'pause' });
  }, [send]);
  const step = useCallback(() => send({ type: 'step', steps: 1 }), [send]);
  const reset = useCallback(() => {
    intent.current.stop();
    setHistory([]);
    setProblem(null);
    setStopped(null);
    autoStopArmed.current = true;
    setStatus('idle');
    send({ type: 'reset' });
  }, [send]);

  return { status, snapshot, history, backend, problem, stopped, play, pause, step, reset, send };
}

function appendHistory<P extends { step: number }>(history: P[], point: P): P[] {
  const next = [...history.filter((p) => p.step < point.step), point];
  // Thin old points evenly so long runs keep a bounded, readable curve.
  return next.length > MAX_HISTORY ? next.filter((_, i) => i % 2 === 0 || i === next.length - 1) : next;
}
