'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { RunClient, Unstamped } from '@/lib/train/run-client';

/** A knob that keeps changing (a slider drag) starts a new run once it rests this long. */
const CONFIGURE_DEBOUNCE_MS = 120;

/** What a page does with its run client; read when events arrive, never to decide when effects run. */
export interface RunClientHandlers<C, E> {
  /** Creates the widget's client and worker (called once, in an effect). */
  createClient(): RunClient<C, E>;
  /** An event of the current run. */
  event(event: E): void;
  /** Sends what a new configuration needs (`configure`, and `start` when it should train). */
  configure(): void;
}

/**
 * The part of a trained widget's page that every widget shares (lib/train/run-client.ts): owns
 * the client for the page's life, hands it the current run's events, and calls `configure` for
 * the first config at once and for later ones once the knobs settle. Returns `send`.
 * use-worker-run.ts builds status, curves and the plateau stop on it; the Ensembles Lab, a job
 * with no play button, builds only what it shows.
 */
export function useRunClient<C extends { type: string }, E>(config: unknown, handlers: RunClientHandlers<C, E>) {
  const client = useRef<RunClient<C, E> | null>(null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const c = latest.current.createClient();
    client.current = c;
    const unsubscribe = c.subscribe((event) => latest.current.event(event));
    return () => {
      unsubscribe();
      c.terminate();
      client.current = null;
    };
  }, []);

  // A new configuration starts a new run (the worker drops queued work of older runs).
  const configured = useRef(false);
  useEffect(() => {
    if (!client.current) return;
    const timer = setTimeout(
      () => {
        configured.current = true;
        latest.current.configure();
      },
      configured.current ? CONFIGURE_DEBOUNCE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [config]);

  return useCallback((command: object) => client.current?.send(command as Unstamped<C>), []);
}
