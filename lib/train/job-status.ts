import type { RunStatus } from './run-intent';

/**
 * The status a snapshot shows for a run that is a job: it trains to `until` on every configure
 * (run-intent's `trainOnConfigure` with `finalStatuses`), so a run's step-0 snapshot always has
 * its start queued behind it and a stopped run either finished at `until` or was paused. The same
 * answer as createRunIntent(…, true).snapshot, without the intent a page with a play button keeps
 * (the Ensembles Lab ships only this).
 */
export function jobStatus(s: { step: number; running: boolean }, until: number): RunStatus {
  return s.running || s.step === 0 ? 'training' : s.step >= until ? 'done' : 'paused';
}
