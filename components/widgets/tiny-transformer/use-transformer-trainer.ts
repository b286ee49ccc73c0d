'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TfmParams } from '@/lib/params/tiny-transformer';
import type { BackendFigure } from '@/lib/train/protocol';
import { createTransformerClient, type TransformerClient } from '@/lib/train/transformer-client';
import type { TransformerSnapshot } from '@/lib/train/transformer-protocol';

export type TfmStatus = 'idle' | 'training' | 'paused' | 'done' | 'diverged' | 'error';

/** One point of the curves. */
export interface TfmHistoryPoint {
  step: number;
  loss: number;
  accuracy: number;
  sequenceAccuracy: number;
}

const MAX_HISTORY = 400;

/** Owns the Tiny Transformer's worker: configures it from params, exposes status, curves and the latest snapshot. */
export function useTransformerTrainer(params: TfmParams, run: { autoplay: boolean; until: number }, example: number[]) {
  const client = useRef<TransformerClient | null>(null);
  const [status, setStatus] = useState<TfmStatus>('idle');
  const [snapshot, setSnapshot] = useState<TransformerSnapshot | null>(null);
  const [history, setHistory] = useState<TfmHistoryPoint[]>([]);
  const [backend, setBackend] = useState<{ name: string; calibration: BackendFigure[]; notice?: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const autoplay = useRef(run.autoplay);
  const until = useRef(run.until);
  const wantRunning = useRef(false);
  const latestStep = useRef(0);
  const exampleRef = useRef(example);
  useEffect(() => {
    exampleRef.current = example;
  }, [example]);

  useEffect(() => {
    const c = createTransformerClient();
    client.current = c;
    const unsubscribe = c.subscribe((event) => {
      switch (event.type) {
        case 'ready':
          setBackend((prev) => ({ name: event.backend, calibration: event.calibration.length ? event.calibration : (prev?.calibration ?? []), notice: event.notice }));
          if (event.notice) setHistory([]);
          break;
        case 'snapshot': {
          latestStep.current = event.step;
          setSnapshot(event);
          setHistory((h) => appendHistory(h, event));
          if (event.running) setStatus('training');
          else if (until.current > 0 && event.step >= until.current) setStatus('done');
          else setStatus(event.step === 0 && !wantRunning.current ? 'idle' : 'paused');
          if (!event.running) wantRunning.current = false;
          break;
        }
        case 'diverged':
          wantRunning.current = false;
          setStatus('diverged');
          setProblem(event.message);
          break;
        case 'error':
          setStatus((s) => (s === 'training' ? 'error' : s));
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
      c.send({ type: 'configure', config: params, example: exampleRef.current });
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
  const showExample = useCallback((digits: number[]) => client.current?.send({ type: 'example', digits }), []);

  return { status, snapshot, history, backend, problem, play, pause, step, reset, showExample };
}

function appendHistory(history: TfmHistoryPoint[], s: TransformerSnapshot): TfmHistoryPoint[] {
  const point = { step: s.step, loss: s.loss, accuracy: s.accuracy, sequenceAccuracy: s.sequenceAccuracy };
  const next = [...history.filter((p) => p.step < s.step), point];
  return next.length > MAX_HISTORY ? next.filter((_, i) => i % 2 === 0 || i === next.length - 1) : next;
}
