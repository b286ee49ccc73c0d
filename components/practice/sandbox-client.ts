import type { MessageKey } from '@/lib/i18n';
import { clip } from '@/lib/exercises/harness';
import { checkLogLine, checkReport } from '@/lib/exercises/report-schema';
import type { ExerciseTest, LogLine, SuiteReport } from '@/lib/exercises/types';

/** The static runner page; framed with sandbox="allow-scripts" only (see public/sandbox/runner.html). */
export const RUNNER_URL = '/sandbox/runner.html';
const TFJS_URL = '/sandbox/tf.min.js';
/** Extra time the page waits past the runner's own limit before it gives up on the frame. */
const WATCHDOG_GRACE_MS = 3000;
const LOAD_WATCHDOG_MS = 40000;

export interface RunRequest {
  /** the harness, transpiled (from the page's build) */
  harness: string;
  /** the learner's code, transpiled */
  code: string;
  tests: readonly ExerciseTest[];
  usesTfjs: boolean;
  timeoutMs: number;
  onLog?: (line: LogLine) => void;
  /** the page's `t` (useT): what this side says went wrong, in the page's language */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

/** What the runner frame posts; fields are `unknown` until checked (see lib/exercises/report-schema). */
type RunnerMessage =
  | { type: 'ready' }
  | { type: 'started'; runId: number }
  | { type: 'log'; runId: number; line: unknown }
  | { type: 'done'; runId: number; report: unknown }
  | { type: 'timeout'; runId: number }
  | { type: 'crash'; runId: number; message: unknown };

let tfSource: Promise<string> | null = null;
function loadTfSource(say: RunRequest['t']): Promise<string> {
  tfSource ??= fetch(TFJS_URL).then((r) => {
    if (!r.ok) throw new Error(say('practice.runner.tfjs', { status: r.status }));
    return r.text();
  });
  tfSource.catch(() => (tfSource = null));
  return tfSource;
}

function failure(status: 'timeout' | 'error' | 'stopped', tests: number, logs: LogLine[], ms: number, message?: string): SuiteReport {
  return {
    status,
    passed: 0,
    failed: tests,
    results: [],
    logs,
    ms,
    ...(message ? { error: { name: 'Error', message } } : {}),
  };
}

/**
 * Runs code in a sandboxed iframe (opaque origin, CSP without network) that hosts a fresh Web
 * Worker per run. The frame terminates the worker at the time limit; if the frame itself stops
 * answering, this side removes it and reports a timeout, so the page never waits forever.
 */
export class Sandbox {
  private frame: HTMLIFrameElement | null = null;
  private ready: Promise<void> | null = null;
  private runId = 0;
  private cancel: (() => void) | null = null;
  private stopRun: (() => void) | null = null;

  private open(say: RunRequest['t']): Promise<void> {
    if (this.ready && this.frame?.isConnected) return this.ready;
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.setAttribute('title', 'Code runner');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('tabindex', '-1');
    frame.dataset.testid = 'code-sandbox';
    frame.style.display = 'none';
    frame.src = RUNNER_URL;
    this.frame = frame;
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = window.setTimeout(() => {
        window.removeEventListener('message', onMessage);
        reject(new Error(say('practice.runner.notLoaded')));
      }, LOAD_WATCHDOG_MS);
      const onMessage = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || (event.data as RunnerMessage)?.type !== 'ready') return;
        window.clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve();
      };
      window.addEventListener('message', onMessage);
    });
    document.body.appendChild(frame);
    return this.ready;
  }

  /** Ends the run in progress at the learner's request: the frame terminates its worker and the run reports `stopped`. */
  stop() {
    this.stopRun?.();
  }

  /** Drops the frame (and whatever runs in it); the next run opens a fresh one. */
  dispose() {
    this.cancel?.();
    this.frame?.remove();
    this.frame = null;
    this.ready = null;
  }

  async run(request: RunRequest): Promise<SuiteReport> {
    this.cancel?.();
    const say = request.t;
    const runId = ++this.runId;
    const started = performance.now();
    const logs: LogLine[] = [];
    const elapsed = () => Math.round(performance.now() - started);
    const stopped = () => failure('stopped', request.tests.length, logs, elapsed());
    // Stop works while tfjs or the frame still loads, too: the race below ends the wait at once.
    let onStop: () => void = () => {};
    const stopRequested = new Promise<'stopped'>((resolve) => (onStop = () => resolve('stopped')));
    this.stopRun = () => onStop();
    try {
      const loaded = await Promise.race([Promise.all([request.usesTfjs ? loadTfSource(say) : Promise.resolve(undefined), this.open(say)]), stopRequested]);
      if (loaded === 'stopped') return stopped();
      if (runId !== this.runId) return failure('error', request.tests.length, logs, elapsed(), say('practice.runner.cancelled'));
      const [source] = loaded;
      return await new Promise<SuiteReport>((resolve) => {
        const frameWindow = this.frame?.contentWindow;
        let watchdog = window.setTimeout(() => giveUp(), LOAD_WATCHDOG_MS);
        const finish = (report: SuiteReport) => {
          window.clearTimeout(watchdog);
          window.removeEventListener('message', onMessage);
          this.cancel = null;
          this.stopRun = null;
          resolve(report);
        };
        const giveUp = () => {
          this.dispose();
          finish(failure('timeout', request.tests.length, logs, elapsed()));
        };
        const onMessage = (event: MessageEvent) => {
          const m = event.data as RunnerMessage;
          if (event.source !== frameWindow || !m || typeof m !== 'object' || !('runId' in m) || m.runId !== runId) return;
          if (m.type === 'started') {
            window.clearTimeout(watchdog);
            watchdog = window.setTimeout(() => giveUp(), request.timeoutMs + WATCHDOG_GRACE_MS);
          } else if (m.type === 'log') {
            const line = checkLogLine(m.line);
            if (!line) return;
            logs.push(line);
            request.onLog?.(line);
          } else if (m.type === 'done') {
            const checked = checkReport(m.report, request.tests.length);
            finish(checked.ok ? checked.report : failure('error', request.tests.length, logs, elapsed(), say('practice.runner.unreadable', { problem: checked.problem })));
          } else if (m.type === 'timeout') finish(failure('timeout', request.tests.length, logs, elapsed()));
          else if (m.type === 'crash') finish(failure('error', request.tests.length, logs, elapsed(), typeof m.message === 'string' ? clip(m.message) : say('practice.runner.stopped')));
        };
        this.cancel = () => finish(failure('error', request.tests.length, logs, elapsed(), say('practice.runner.cancelled')));
        this.stopRun = () => {
          frameWindow?.postMessage({ type: 'stop', runId }, '*');
          finish(stopped());
        };
        window.addEventListener('message', onMessage);
        frameWindow?.postMessage(
          {
            type: 'run',
            runId,
            harness: request.harness,
            code: request.code,
            tests: request.tests,
            timeoutMs: request.timeoutMs,
            ...(source ? { tfSource: source } : {}),
          },
          '*',
        );
      });
    } catch (error) {
      return failure('error', request.tests.length, logs, elapsed(), error instanceof Error ? error.message : String(error));
    } finally {
      if (runId === this.runId) this.stopRun = null;
    }
  }
}
