'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { MoeParams } from '@/lib/params/moe-playground';
import { createTrainClient, type TrainClient } from '@/lib/train/client';
import type { BackendFigure, TrainSnapshot } from '@/lib/train/protocol';

export type TrainerStatus = 'idle' | 'training' | 'paused' | 'diverged';

/** One point of the curves: kept small so React state stays cheap. */
export interface HistoryPoint {
  step: number;
  loss: number;
  auxLoss: number;
  accuracy: number;
  denseLoss: number;
  denseAccuracy: number;
}

const MAX_HISTORY = 400;

/** Owns the training worker: configures it from params, exposes status, history and the latest snapshot. */
export function useMoeTrainer(params: MoeParams, run: { autoplay: boolean; until: number }) {
  const client = useRef<TrainClient | null>(null);
  const [status, setStatus] = useState<TrainerStatus>('idle');
  const [snapshot, setSnapshot] = useState<TrainSnapshot | null>(null);
  const [history, setHistory] = useState<HistoryPoint[]>([]);
  const [backend, setBackend] = useState<{ name: string; calibration: BackendFigure[]; notice?: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const autoplay = useRef(run.autoplay);
  const until = useRef(run.until);
  const wantRunning = useRef(false);
  const latestStep = useRef(0);

  useEffect(() => {
    // "The widget starts" for `npm run bench`: its first trained frame is timed from here.
    performance.mark('moe-playground:start');
    const c = createTrainClient();
    client.current = c;
    const unsubscribe = c.subscribe((event) => {
      switch (event.type) {
        case 'ready':
          // A mid-run fallback (webgl → cpu) keeps the original measurements and adds its notice.
          setBackend((prev) => ({
            name: event.backend,
            calibration: event.calibration.length ? event.calibration : (prev?.calibration ?? []),
            notice: event.notice,
          }));
          if (event.notice) setHistory([]);
          break;
        case 'snapshot': {
          latestStep.current = event.step;
          setSnapshot(event);
          setHistory((h) => appendHistory(h, event));
          setStatus(event.running ? 'training' : event.step === 0 && !wantRunning.current ? 'idle' : 'paused');
          if (!event.running) wantRunning.current = false;
          break;
        }
        case 'diverged':
          wantRunning.current = false;
          setStatus('diverged');
          setProblem(event.message);
          break;
        case 'error':
          setProblem(event.message);
          break;
      }
    });
    return () => {
      unsubscribe();
      c.terminate();
      client.current = null;
    };
  }, []);

  // A new configuration starts a new run (the worker drops queued work of older runs). The first
  // goes at once; later ones wait for a knob to settle, since a slider drag changes it many times.
  const configured = useRef(false);
  useEffect(() => {
    const c = client.current;
    if (!c) return;
    const timer = setTimeout(() => {
      configured.current = true;
      setHistory([]);
      setProblem(null);
      c.send({ type: 'configure', config: params });
      if (autoplay.current || wantRunning.current) {
        wantRunning.current = true;
        c.send({ type: 'start', until: until.current || undefined });
        autoplay.current = false;
      }
    }, configured.current ? 120 : 0);
    return () => clearTimeout(timer);
  }, [params]);

  const play = useCallback(() => {
    wantRunning.current = true;
    setStatus('training');
    client.current?.send({ type: 'start', until: until.current > latestStep.current ? until.current : undefined });
  }, []);
  const pause = useCallback(() => {
    wantRunning.current = false;
    client.current?.send({ type: 'pause' });
  }, []);
  const step = useCallback(() => client.current?.send({ type: 'step', steps: 1 }), []);
  const reset = useCallback(() => {
    wantRunning.current = false;
    setHistory([]);
    setProblem(null);
    setStatus('idle');
    client.current?.send({ type: 'reset' });
  }, []);

  return { status, snapshot, history, backend, problem, play, pause, step, reset };
}

function appendHistory(history: HistoryPoint[], s: TrainSnapshot): HistoryPoint[] {
  const point = { step: s.step, loss: s.loss, auxLoss: s.auxLoss, accuracy: s.accuracy, denseLoss: s.dense.loss, denseAccuracy: s.dense.accuracy };
  const kept = history.filter((p) => p.step < s.step);
  const next = [...kept, point];
  // Thin old points evenly so long runs keep a bounded, readable curve.
  return next.length > MAX_HISTORY ? next.filter((_, i) => i % 2 === 0 || i === next.length - 1) : next;
}
