'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RunOptions } from '@/lib/params/run-knobs';
import type { RunClient } from '@/lib/train/run-client';
import { createLmClient, type LmClient } from '@/lib/widgets/moe-lm/client';
import { LM_RUN_KEYS, type GenerateRequest, type GenerationEvent, type LmCommand, type LmRunEvent, type LmSnapshot } from '@/lib/widgets/moe-lm/protocol';
import type { LmParams } from '@/lib/widgets/moe-lm/params';
import { useWorkerRun } from '@/components/widgets/shared/use-worker-run';

/** One point of the bits-per-character curves. */
export interface LmHistoryPoint {
  step: number;
  /** null in a checkpoint run's first, routing-only snapshot (the full one at the same step replaces it). */
  heldout: number | null;
  dense: number | null;
  train: number | null;
  denseTrain: number | null;
}

const point = (s: LmSnapshot): LmHistoryPoint => ({ step: s.step, heldout: s.heldoutBpc, dense: s.denseHeldoutBpc, train: s.trainBpc, denseTrain: s.denseTrainBpc });

/** The client as the run loop sees it: every event but the answers to `generate` (which this hook reads). */
export function runEventsOf(client: LmClient): RunClient<LmCommand, LmRunEvent> {
  return {
    send: (command) => client.send(command),
    subscribe: (listener) => client.subscribe((event) => {
      if (event.type !== 'generation') listener(event);
    }),
    terminate: () => client.terminate(),
    get runId() {
      return client.runId;
    },
  };
}

/**
 * The MoE Language Model's worker: the run (useWorkerRun) from the knobs that build a model (the
 * text and the layer shown never rebuild it), the learner's text sent with each configure and on
 * its own when it changes (the page passes it once typing rests), and the answers to `generate`.
 */
export function useLmTrainer(params: LmParams, run: RunOptions) {
  useEffect(() => {
    // "The widget starts" for `npm run bench`: the first coloured text is timed from here.
    performance.mark('moe-lm:start');
  }, []);
  const [generation, setGeneration] = useState<GenerationEvent | null>(null);
  const [generating, setGenerating] = useState(false);
  const text = useRef(params.text);
  const runKey = JSON.stringify(LM_RUN_KEYS.map((key) => params[key]));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt only when a knob of the run changes (runKey)
  const config = useMemo(() => Object.fromEntries(LM_RUN_KEYS.map((key) => [key, params[key]])), [runKey]);
  const createClient = useCallback(() => {
    const client = createLmClient();
    client.subscribe((event) => {
      if (event.type === 'generation') {
        setGeneration(event);
        setGenerating(false);
      } else if (event.type === 'error') setGenerating(false);
    });
    // the run loop reads the run events; the generation answers are this hook's
    return runEventsOf(client);
  }, []);
  const trainer = useWorkerRun<object, LmSnapshot, LmHistoryPoint, LmCommand>(config, run, {
    createClient,
    point,
    configureExtra: () => ({ text: text.current }),
  });
  const { send } = trainer;
  useEffect(() => {
    if (text.current === params.text) return;
    text.current = params.text;
    send({ type: 'text', text: params.text });
  }, [params.text, send]);
  const generate = useCallback(
    (request: GenerateRequest) => {
      setGenerating(true);
      send({ type: 'generate', ...request });
    },
    [send],
  );
  return { ...trainer, generation, generating, generate };
}
